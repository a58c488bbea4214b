import Foundation
import NIOCore
import Testing

@testable import KafkaProtocol

/// Request bytes captured from real clients (Tests/Clients/golden/capture.sh): each decodes to
/// the values the capture script sent, and re-encodes to identical bytes.
@Suite struct GoldenFixtureTests {
    struct Fixture: CustomStringConvertible, Sendable {
        var client: String
        var file: String
        var bytes: [UInt8]
        var description: String { "\(client)/\(file)" }
    }

    /// The committed fixtures, or a fresh capture when FJORD_GOLDEN_DIR names one (the test command does this).
    static let fixtures: [Fixture] = {
        let override = ProcessInfo.processInfo.environment["FJORD_GOLDEN_DIR"].map { URL(fileURLWithPath: $0) }
        guard let root = override ?? Bundle.module.url(forResource: "Fixtures/golden", withExtension: nil) else { return [] }
        let manager = FileManager.default
        var result: [Fixture] = []
        for client in (try? manager.contentsOfDirectory(atPath: root.path))?.sorted() ?? [] {
            let folder = root.appendingPathComponent(client)
            for file in (try? manager.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] where file.hasSuffix(".bin") {
                let data = (try? Data(contentsOf: folder.appendingPathComponent(file))) ?? Data()
                result.append(Fixture(client: client, file: file, bytes: Array(data)))
            }
        }
        return result
    }()

    @Test func everyClientAndApiIsCovered() {
        let clients = Set(Self.fixtures.map(\.client))
        #expect(clients == ["confluent", "kafka-python", "aiokafka", "kcat"])
        let apis = Set(Self.fixtures.map { $0.file.split(separator: "-")[1] })
        for required in ["ApiVersions", "Metadata", "Produce", "Fetch", "JoinGroup", "SyncGroup", "OffsetCommit", "InitProducerId", "CreateTopics"] {
            #expect(apis.contains(Substring(required)), "no fixture for \(required)")
        }
    }

    @Test(arguments: fixtures)
    func decodesAndReencodesExactly(fixture: Fixture) throws {
        var buffer = ByteBuffer(bytes: fixture.bytes)
        var decoder = KafkaFrameDecoder()
        let frame = try #require(try decoder.decode(buffer: &buffer))
        #expect(buffer.readableBytes == 0)
        let request = try KafkaRequestFrame(frame: frame)
        #expect(request.header.clientId == "golden-\(fixture.client)")
        guard let type = KafkaApiRegistry.requestTypes[request.apiKey] else {
            Issue.record("unknown API key \(request.apiKey)")
            return
        }
        try check(type, request: request, frame: frame, fixture: fixture)
    }

    private func check<R: KafkaRequest>(_ type: R.Type, request: KafkaRequestFrame, frame: ByteBuffer, fixture: Fixture) throws {
        let body = try request.decodeBody(as: R.self)
        #expect(try request.trailingBytes(as: R.self) == 0, "\(fixture) has trailing bytes")
        var again = ByteBuffer()
        try request.header.encode(into: &again, version: request.headerVersion)
        try body.encode(into: &again, version: request.apiVersion)
        #expect(again == frame, "\(fixture) re-encoded differently")
        try expectConventions(body, version: request.apiVersion, fixture: fixture)
    }

    /// The values drive_clients.py sent.
    private func expectConventions(_ body: some KafkaRequest, version: Int16, fixture: Fixture) throws {
        let topic = "golden-\(fixture.client)"
        let group = "golden-group-\(fixture.client)"
        switch body {
        case let produce as ProduceRequest:
            #expect(produce.topicData.map(\.name) == [topic])
            let partition = try #require(produce.topicData.first?.partitionData.first)
            #expect(partition.index == 0)
            try expectGoldenRecords(try #require(partition.records), idempotent: fixture.client != "aiokafka")
        case let create as CreateTopicsRequest:
            #expect(create.topics.map(\.name) == [topic])
            #expect(create.topics.first?.numPartitions == 3)
        case let join as JoinGroupRequest:
            #expect(join.groupId == group && join.protocolType == "consumer" && !join.protocols.isEmpty)
        case let sync as SyncGroupRequest:
            #expect(sync.groupId == group)
        case let commit as OffsetCommitRequest:
            #expect(commit.groupId == group && commit.topics.map(\.name) == [topic])
        case let fetch as FetchRequest:
            if version >= 13 {
                #expect(fetch.topics.count == 1 && fetch.topics[0].topicId != .zero)
            } else {
                #expect(fetch.topics.map(\.topic) == [topic])
            }
        case let initPid as InitProducerIdRequest:
            #expect(initPid.transactionalId == nil)
        case let metadata as MetadataRequest:
            #expect(metadata.topics == nil || metadata.topics!.allSatisfy { $0.name == topic })
        case let versions as ApiVersionsRequest where version >= 3:
            #expect(!versions.clientSoftwareName.isEmpty && !versions.clientSoftwareVersion.isEmpty)
        case let find as FindCoordinatorRequest:
            #expect(find.key == group || find.coordinatorKeys.contains(group))
        default:
            break
        }
    }

    /// Every batch decodes (checking CRC and decompressing), and its records carry the codec
    /// named in the batch attributes.
    private func expectGoldenRecords(_ records: ByteBuffer, idempotent: Bool) throws {
        var walk = RecordBatchHeaders(records)
        var batches = 0
        while let (index, header) = walk.next() {
            batches += 1
            var slice = records.getSlice(at: index, length: header.totalSize)!
            let batch = try RecordBatch(from: &slice)
            let codec = try #require(header.attributes.compression)
            #expect(batch.records.count == Int(header.recordCount))
            if idempotent { #expect(header.producerId >= 0 && header.baseSequence >= 0) }
            for record in batch.records {
                // The key names the codec the client was asked to use; the batch must really use it.
                #expect(record.key.map { String(buffer: $0) } == "golden-key-\(codec)")
                let value = Array(repeating: "golden-value-\(codec)", count: 40).joined(separator: " ")
                #expect(record.value.map { String(buffer: $0) } == value)
                #expect(record.headers == [RecordHeader(key: "golden-header", value: ByteBuffer(string: "h-\(codec)"))])
            }
        }
        #expect(walk.error == nil && batches >= 1)
    }
}
