import Foundation

/// Reads Kafka's JSON message definitions and writes Swift codecs. See README.md.
@main
struct KafkaProtocolGeneratorCommand {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        func value(_ flag: String, _ fallback: String) -> String {
            guard let index = arguments.firstIndex(of: flag), arguments.index(after: index) < arguments.endIndex else { return fallback }
            return arguments[arguments.index(after: index)]
        }
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = Generator.Options(
            messages: URL(fileURLWithPath: value("--messages", "../shared/kafka-protocol/messages"), relativeTo: root),
            floors: URL(fileURLWithPath: value("--floors", "../shared/kafka-protocol/messages-4.3-subset"), relativeTo: root),
            sourceOutput: URL(fileURLWithPath: value("--output", "Sources/KafkaProtocol/Generated"), relativeTo: root),
            testOutput: URL(fileURLWithPath: value("--test-output", "Tests/KafkaProtocolTests/Generated"), relativeTo: root)
        )
        do {
            let count = try Generator(options: options).run()
            print("wrote \(count) files")
        } catch {
            FileHandle.standardError.write(Data("kafka-protocol-generator: \(error)\n".utf8))
            exit(1)
        }
    }
}

/// Turns a folder of schemas into a folder of Swift files.
struct Generator {
    struct Options {
        var messages: URL
        var floors: URL
        var sourceOutput: URL
        var testOutput: URL
    }

    static let banner = "// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with\n// `swift run kafka-protocol-generator`.\n"

    let options: Options

    /// Every generated file: relative name -> contents.
    func render() throws -> (sources: [String: String], tests: [String: String]) {
        let files = try FileManager.default.contentsOfDirectory(atPath: options.messages.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        var messages: [MessageSpec] = []
        for file in files {
            let json = try SchemaLoader.load(url: options.messages.appendingPathComponent(file))
            var message = try SchemaLoader.message(from: json, file: file)
            // Of the data messages, only the consumer protocol's: brokers read members'
            // subscriptions (OffsetDelete). The rest are KRaft's own records.
            guard message.kind != .data || message.name.hasPrefix("ConsumerProtocol") else { continue }
            let floorFile = options.floors.appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: floorFile.path) {
                let floor = try SchemaLoader.message(from: try SchemaLoader.load(url: floorFile), file: file)
                message.kafka4MinimumVersion = max(floor.validVersions.lowerBound, message.validVersions.lowerBound)
            }
            messages.append(message)
        }
        var sources: [String: String] = [:]
        var tests: [String: String] = [:]
        let byName = Dictionary(uniqueKeysWithValues: messages.map { ($0.name, $0) })
        var requests: [MessageSpec] = []
        for message in messages where message.kind != .response {
            var parts = [message]
            let fileName: String
            if message.kind == .request {
                let responseName = message.name.replacingOccurrences(of: "Request", with: "Response")
                guard let response = byName[responseName] else { throw GeneratorError.schema("no \(responseName)") }
                parts.append(response)
                requests.append(message)
                fileName = String(message.name.dropLast("Request".count))
            } else {
                fileName = message.name
            }
            var source = Generator.banner + "import NIOCore\n"
            var test = Generator.banner + "import NIOCore\n@testable import KafkaProtocol\n"
            for part in parts {
                source += "\n" + (try CodecEmitter(message: part).emitTopLevel())
                test += "\n" + (try ArbitraryEmitter(message: part).emit())
            }
            sources["\(fileName).swift"] = source
            tests["\(fileName)+Arbitrary.swift"] = test
        }
        sources["KafkaApiRegistry.swift"] = registry(requests.sorted { $0.apiKey! < $1.apiKey! })
        tests["AllRequests+Arbitrary.swift"] = testRegistry(requests.sorted { $0.apiKey! < $1.apiKey! })
        return (sources, tests)
    }

    private func registry(_ requests: [MessageSpec]) -> String {
        var out = Generator.banner + "\n/// Every request type Apache Kafka defines, by API key.\n"
        out += "public enum KafkaApiRegistry {\n"
        out += "    public static let requestTypes: [Int16: any KafkaRequest.Type] = [\n"
        for request in requests { out += "        \(request.apiKey!): \(request.name).self,\n" }
        out += "    ]\n\n"
        out += "    /// The API's name, as Kafka spells it (\"Produce\"), for logs and errors.\n"
        out += "    public static func name(of apiKey: Int16) -> String {\n        switch apiKey {\n"
        for request in requests { out += "        case \(request.apiKey!): \"\(request.name.dropLast("Request".count))\"\n" }
        out += "        default: \"Unknown(\\(apiKey))\"\n        }\n    }\n}\n"
        return out
    }

    private func testRegistry(_ requests: [MessageSpec]) -> String {
        var out = Generator.banner + "@testable import KafkaProtocol\n\n"
        out += "/// Random-value builders for every request and its response, for the round-trip tests.\n"
        out += "let allArbitraryMessages: [any ArbitraryMessage.Type] = [\n"
        for request in requests {
            out += "    \(request.name).self,\n    \(request.name.replacingOccurrences(of: "Request", with: "Response")).self,\n"
        }
        out += "    RequestHeader.self,\n    ResponseHeader.self,\n]\n\n"
        for request in requests {
            out += "extension \(request.name): ArbitraryMessage {}\n"
            out += "extension \(request.name.replacingOccurrences(of: "Request", with: "Response")): ArbitraryMessage {}\n"
        }
        out += "extension RequestHeader: ArbitraryMessage {}\nextension ResponseHeader: ArbitraryMessage {}\n"
        return out
    }

    /// Writes every file, removing stale generated files. Returns how many it wrote.
    @discardableResult
    func run() throws -> Int {
        let (sources, tests) = try render()
        try write(sources, to: options.sourceOutput)
        try write(tests, to: options.testOutput)
        return sources.count + tests.count
    }

    private func write(_ files: [String: String], to folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for existing in try manager.contentsOfDirectory(atPath: folder.path) where existing.hasSuffix(".swift") && files[existing] == nil {
            try manager.removeItem(at: folder.appendingPathComponent(existing))
        }
        for (name, contents) in files {
            let url = folder.appendingPathComponent(name)
            if (try? String(contentsOf: url, encoding: .utf8)) == contents { continue }
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
