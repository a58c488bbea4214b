import Foundation
import Testing

@testable import KafkaProtocolGenerator

/// The committed generated code must be exactly what the generator writes today.
@Suite struct GeneratorStalenessTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func committedOutputIsCurrent() throws {
        let shared = Self.root.appendingPathComponent("../shared/kafka-protocol")
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("fjord-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let options = Generator.Options(
            messages: shared.appendingPathComponent("messages"),
            floors: shared.appendingPathComponent("messages-4.3-subset"),
            sourceOutput: temporary.appendingPathComponent("sources"),
            testOutput: temporary.appendingPathComponent("tests")
        )
        try Generator(options: options).run()
        for (fresh, committed) in [("sources", "Sources/KafkaProtocol/Generated"), ("tests", "Tests/KafkaProtocolTests/Generated")] {
            let freshFolder = temporary.appendingPathComponent(fresh)
            let committedFolder = Self.root.appendingPathComponent(committed)
            let freshFiles = try FileManager.default.contentsOfDirectory(atPath: freshFolder.path).sorted()
            let committedFiles = try FileManager.default.contentsOfDirectory(atPath: committedFolder.path).filter { $0.hasSuffix(".swift") }.sorted()
            #expect(freshFiles == committedFiles, "file list differs in \(committed); run `swift run kafka-protocol-generator`")
            for file in freshFiles {
                let a = try String(contentsOf: freshFolder.appendingPathComponent(file), encoding: .utf8)
                let b = try? String(contentsOf: committedFolder.appendingPathComponent(file), encoding: .utf8)
                #expect(a == b, "\(committed)/\(file) is stale; run `swift run kafka-protocol-generator`")
            }
        }
    }

    @Test func versionRangesParse() throws {
        #expect(try VersionRange(parsing: "9+").condition("v", within: 0...11) == "v >= 9")
        #expect(try VersionRange(parsing: "0-3").condition("v", within: 0...11) == "v <= 3")
        #expect(try VersionRange(parsing: "none").condition("v", within: 0...11) == "false")
        #expect(try VersionRange(parsing: "2-4").condition("v", within: 0...11) == "(2...4).contains(v)")
        #expect(try VersionRange(parsing: "0+").condition("v", within: 3...11) == "true")
    }

    @Test func commentsAreStrippedOutsideStrings() {
        let text = "{ // a comment\n \"about\": \"see http://x\" // tail\n}"
        #expect(SchemaLoader.stripComments(text) == "{ \n \"about\": \"see http://x\" \n}")
    }
}
