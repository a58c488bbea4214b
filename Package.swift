// swift-tools-version:6.0
import PackageDescription

/// Fjord's layers, bottom up. Dependencies point one way: a module only
/// imports modules listed before it.
let package = Package(
    name: "Fjord",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "KafkaProtocol", targets: ["KafkaProtocol"]),
        .executable(name: "kafka-protocol-generator", targets: ["KafkaProtocolGenerator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // MARK: C libraries from Debian's -dev packages (see Infra/dev/install-deps.sh)
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .systemLibrary(name: "CSnappy", path: "Sources/CSnappy"),
        .systemLibrary(name: "CLZ4", path: "Sources/CLZ4"),
        .systemLibrary(name: "CZstd", path: "Sources/CZstd"),
        /// CRC32C with the SSE4.2 instruction where the CPU has it, slice-by-8 otherwise.
        .target(
            name: "CCRC32C",
            path: "Sources/CCRC32C",
            cSettings: [.unsafeFlags(["-O3"])]
        ),

        // MARK: Layer 1: the Kafka wire protocol
        .target(
            name: "KafkaProtocol",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                "CCRC32C", "CZlib", "CSnappy", "CLZ4", "CZstd",
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "KafkaProtocolGenerator",
            exclude: ["README.md"]
        ),

        // MARK: Benchmarks and fuzzing (run from scripts, never from `swift test`)
        .executableTarget(
            name: "ProtocolBenchmarks",
            dependencies: ["KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")],
            path: "Benchmarks/ProtocolBenchmarks"
        ),
        .target(
            name: "ProtocolFuzzing",
            dependencies: ["KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")],
            path: "Benchmarks/ProtocolFuzzing"
        ),
        .executableTarget(
            name: "ProtocolFuzz",
            dependencies: ["ProtocolFuzzing"],
            path: "Benchmarks/ProtocolFuzz"
        ),

        // MARK: Tests
        .testTarget(
            name: "KafkaProtocolTests",
            dependencies: [
                "KafkaProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
                "ProtocolFuzzing",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KafkaProtocolGeneratorTests",
            dependencies: ["KafkaProtocolGenerator"]
        ),
    ]
)
