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
        .executable(name: "fjord", targets: ["fjord"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // MARK: C libraries from Debian's -dev packages (Infra/dev/install-deps.sh --build installs them)
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSnappy", path: "Sources/CSnappy", pkgConfig: "snappy", providers: [.apt(["libsnappy-dev"])]),
        .systemLibrary(name: "CLZ4", path: "Sources/CLZ4", pkgConfig: "liblz4", providers: [.apt(["liblz4-dev"])]),
        .systemLibrary(name: "CZstd", path: "Sources/CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
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

        // MARK: Layer 2: the log model (partitions, batch placements) and the segment format
        .target(
            name: "KafkaLog",
            dependencies: ["KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")]
        ),

        // MARK: Layer 2: object storage, a pure blob store (put if absent, ranged get, list, delete)
        .target(
            name: "ObjectStore",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CoreMetrics", package: "swift-metrics"),  // request and error counts
                .product(name: "NIOSSL", package: "swift-nio-ssl"),  // a private CA for the S3 endpoint (AWS_CA_BUNDLE)
                "CCRC32C",  // x-amz-checksum-crc32c
            ]
        ),

        // MARK: Layer 3: the control plane (topics, offsets, batch index, groups)
        .target(
            name: "ControlPlane",
            dependencies: [
                "KafkaProtocol", "KafkaLog", "Policy",  // Policy: the ACL bindings it stores
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),  // PBKDF2, for SCRAM credentials
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),  // the transaction timeout sweep
            ]
        ),

        // MARK: Layer 2b: policies (who is served where, who may do what); pure
        .target(
            name: "Policy",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),

        // MARK: Layer 3b: the control plane as a service, and the client agents call it with
        .target(
            name: "ControlPlaneRPC",
            dependencies: [
                "KafkaProtocol", "KafkaLog", "ControlPlane", "Policy",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ControlPlaneServer",
            dependencies: [
                "KafkaProtocol", "KafkaLog", "ControlPlane", "ControlPlaneRPC", "Policy",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Layer 4: the agent (Kafka server)
        .target(
            name: "Agent",
            dependencies: [
                "KafkaProtocol", "KafkaLog", "ObjectStore", "ControlPlane", "ControlPlaneRPC", "Policy",
                .product(name: "OrderedCollections", package: "swift-collections"),
                // The zone cache: agents of a zone read objects from each other (ZonePeers).
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),  // a client certificate's subject, as the mTLS principal
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Fjord's own minimal client (bench, demo, tests)
        .target(
            name: "FjordClient",
            dependencies: [
                "KafkaProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),

        // MARK: What a measured run costs (`fjord cost`): Prometheus samples to a monthly bill (pure)
        .target(name: "Cost"),

        // MARK: Layer 5: the command line
        .executableTarget(
            name: "fjord",
            dependencies: [
                "KafkaProtocol", "KafkaLog", "ObjectStore", "ControlPlane", "ControlPlaneRPC", "ControlPlaneServer", "Agent", "FjordClient",
                "Policy", "Cost",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Benchmarks and fuzzing (run from scripts, never from `swift test`)
        .executableTarget(
            name: "ProtocolBenchmarks",
            dependencies: [
                "KafkaProtocol", "KafkaLog", "ProtocolFuzzing", "Policy", "Agent", "ControlPlane", "ObjectStore",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/ProtocolBenchmarks"
        ),
        .target(
            name: "ProtocolFuzzing",
            dependencies: ["KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")],
            path: "Benchmarks/ProtocolFuzzing"
        ),
        .target(
            name: "SaslFuzzing",
            dependencies: [
                "ProtocolFuzzing", "Agent", "ControlPlane", "KafkaLog", "ObjectStore", "KafkaProtocol",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/SaslFuzzing"
        ),
        .executableTarget(
            name: "ProtocolFuzz",
            dependencies: ["ProtocolFuzzing", "SaslFuzzing"],
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
            name: "KafkaLogTests",
            dependencies: ["KafkaLog", "KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")]
        ),
        .testTarget(
            name: "ObjectStoreTests",
            dependencies: [
                "ObjectStore", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .testTarget(
            name: "ControlPlaneTests",
            dependencies: [
                "ControlPlane", "ControlPlaneRPC", "ControlPlaneServer", "KafkaLog", "KafkaProtocol", "Policy",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"), .product(name: "MetricsTestKit", package: "swift-metrics"),
            ]
        ),
        .testTarget(
            name: "AgentTests",
            dependencies: [
                "Agent", "ControlPlane", "KafkaLog", "ObjectStore", "KafkaProtocol", "FjordClient", "SaslFuzzing",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "CostTests", dependencies: ["Cost"]),
        .testTarget(
            name: "PolicyTests",
            dependencies: ["Policy"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KafkaProtocolGeneratorTests",
            dependencies: ["KafkaProtocolGenerator"]
        ),
    ]
)
