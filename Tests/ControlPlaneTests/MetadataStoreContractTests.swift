import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import NIOCore
import Testing

@testable import ControlPlane

/// One body of tests for every MetadataStore (SQLite now; PostgreSQL runs the same body).
enum MetadataStoreContract {
    static func header(records: Int32, producerId: Int64 = -1, epoch: Int16 = -1, sequence: Int32 = -1, maxTimestamp: Int64 = 1000) -> RecordBatchHeader {
        RecordBatchHeader(
            baseOffset: 0, batchLength: 100, partitionLeaderEpoch: -1, magic: 2, crc: 0, attributes: RecordBatchAttributes(rawValue: 0),
            lastOffsetDelta: records - 1, baseTimestamp: maxTimestamp, maxTimestamp: maxTimestamp, producerId: producerId,
            producerEpoch: epoch, baseSequence: sequence, recordCount: records)
    }

    static func segment(_ key: String, _ batches: [(TopicPartitionID, RecordBatchHeader)]) -> SegmentCommit {
        var offset = 16
        let placements = batches.map { partition, header -> BatchPlacement in
            defer { offset += 100 }
            return BatchPlacement(partition: partition, byteOffset: offset, byteLength: 100, header: header)
        }
        return SegmentCommit(objectKey: key, objectSize: offset + 100, batches: placements, createdAtMs: 1)
    }

    static func run(_ store: some MetadataStore) async throws {
        let cluster = try await store.clusterId()
        #expect(try await store.clusterId() == cluster)

        // Topics.
        let orders = try await store.createTopic(name: "orders", partitions: 2, configs: ["retention.ms": "1000"])
        await #expect(throws: ControlPlaneError.self) { try await store.createTopic(name: "orders", partitions: 1, configs: [:]) }
        let p0 = orders.partition(0)
        let p1 = orders.partition(1)
        #expect(try await store.topics().map(\.name) == ["orders"])
        #expect(
            try await store.offsets(of: [p0, p1]) == [
                p0: PartitionOffsets(logStartOffset: 0, highWatermark: 0), p1: PartitionOffsets(logStartOffset: 0, highWatermark: 0),
            ])

        // One segment assigns offsets across partitions atomically.
        let results = try await store.commit(segment("s1", [(p0, header(records: 3)), (p0, header(records: 2)), (p1, header(records: 4))]))
        #expect(
            results == [.appended(baseOffset: 0, logStartOffset: 0), .appended(baseOffset: 3, logStartOffset: 0), .appended(baseOffset: 0, logStartOffset: 0)])
        #expect(try await store.offsets(of: [p0])[p0]?.highWatermark == 5)

        // Lookup by offset: the batch containing the offset, then onwards within maxBytes.
        #expect(try await store.batches(in: p0, from: 4, maxBytes: 1 << 20).map(\.baseOffset) == [3])
        #expect(try await store.batches(in: p0, from: 0, maxBytes: 150).map(\.baseOffset) == [0])
        #expect(try await store.batches(in: p0, from: 0, maxBytes: 1).count == 1)  // always at least one
        #expect(try await store.batches(in: p0, from: 5, maxBytes: 1 << 20).isEmpty)
        let located = try #require(try await store.batches(in: p1, from: 0, maxBytes: 1 << 20).first)
        #expect(located.objectKey == "s1" && located.byteOffset == 216 && located.lastOffset == 3)

        // A Fetch's lookups in one call: offsets for every partition that exists, batches only
        // where the offset is readable.
        let missing = TopicPartitionID(topicId: orders.id, partition: 7)
        let reads = try await store.read(
            [
                PartitionRead(partition: p0, from: 4, maxBytes: 1 << 20), PartitionRead(partition: p1, from: 4, maxBytes: 1 << 20),
                PartitionRead(partition: missing, from: 0, maxBytes: 1 << 20),
            ], readCommitted: false)
        #expect(reads.map(\.partition) == [p0, p1])
        #expect(reads[0].offsets.highWatermark == 5 && reads[0].batches.map(\.baseOffset) == [3])
        #expect(reads[1].offsets.highWatermark == 4 && reads[1].batches.isEmpty)  // at the end: nothing new yet
        #expect(try await store.read([PartitionRead(partition: p0, from: 0, maxBytes: 150)], readCommitted: true)[0].batches.map(\.baseOffset) == [0])

        // Idempotent producers: sequences continue, retries are duplicates, zombies are fenced.
        let pid = try await store.nextProducerId()
        #expect(try await store.nextProducerId() == pid + 1)
        let first = try await store.commit(segment("s2", [(p1, header(records: 2, producerId: pid, epoch: 0, sequence: 0))]))
        #expect(first == [.appended(baseOffset: 4, logStartOffset: 0)])
        let retry = try await store.commit(
            segment(
                "s3",
                [
                    (p1, header(records: 2, producerId: pid, epoch: 0, sequence: 0)),
                    (p1, header(records: 1, producerId: pid, epoch: 0, sequence: 2)),
                    (p1, header(records: 1, producerId: pid, epoch: 0, sequence: 9)),
                ]))
        #expect(retry[0] == .duplicate(baseOffset: 4, logStartOffset: 0))
        #expect(retry[1] == .appended(baseOffset: 6, logStartOffset: 0))
        // A gap: an earlier batch did not land, so this one is refused as retriable, not persisted.
        if case .rejected(let code, _) = retry[2] { #expect(code == .kafkaStorageError) } else { Issue.record("gap accepted") }
        let bumped = try await store.commit(
            segment(
                "s4",
                [
                    (p1, header(records: 1, producerId: pid, epoch: 1, sequence: 0)),
                    (p1, header(records: 1, producerId: pid, epoch: 0, sequence: 3)),
                ]))
        #expect(bumped[0] == .appended(baseOffset: 7, logStartOffset: 0))
        if case .rejected(let code, _) = bumped[1] { #expect(code == .invalidProducerEpoch) } else { Issue.record("zombie accepted") }

        // Only the last five batches of a producer are remembered, across separate commits and
        // within one commit.
        let window = try await store.nextProducerId()
        let w0 = try await store.createTopic(name: "window", partitions: 1, configs: [:]).partition(0)
        _ = try await store.commit(segment("w1", (0..<4).map { (w0, header(records: 1, producerId: window, epoch: 0, sequence: Int32($0))) }))
        let more = try await store.commit(
            segment(
                "w2",
                (4..<7).map { (w0, header(records: 1, producerId: window, epoch: 0, sequence: Int32($0))) }
                    + [(w0, header(records: 1, producerId: window, epoch: 0, sequence: 5))]))
        guard case .appended(let sixth, _) = more[1] else {
            Issue.record("sequence 5 not appended")
            return
        }
        #expect(more[3] == .duplicate(baseOffset: sixth, logStartOffset: 0))
        let old = try await store.commit(segment("w3", [(w0, header(records: 1, producerId: window, epoch: 0, sequence: 1))]))
        if case .rejected(let code, _) = old[0] { #expect(code == .outOfOrderSequenceNumber) } else { Issue.record("forgotten batch accepted: \(old)") }
        _ = try await store.deleteTopic(name: "window")

        // A commit retried after its answer was lost (the same object key: a replica died
        // after committing, a database connection dropped) gets the first answer again and
        // appends nothing, even after the producer's later batches moved its five-batch window
        // past it. Judged afresh, its batch would be out of order, and librdkafka would then
        // count it delivered without an offset (issue 10's offset -1001).
        let lost = try await store.nextProducerId()
        let l0 = try await store.createTopic(name: "lost", partitions: 1, configs: [:]).partition(0)
        let original = segment("l0", [(l0, header(records: 2, producerId: lost, epoch: 0, sequence: 0)), (l0, header(records: 1))])
        let firstAnswer = try await store.commit(original)
        #expect(firstAnswer == [.appended(baseOffset: 0, logStartOffset: 0), .appended(baseOffset: 2, logStartOffset: 0)])
        for next in 0..<6 {
            _ = try await store.commit(segment("l\(next + 1)", [(l0, header(records: 1, producerId: lost, epoch: 0, sequence: Int32(2 + next)))]))
        }
        #expect(try await store.commit(original) == firstAnswer)
        #expect(try await store.offsets(of: [l0])[l0]?.highWatermark == 9)
        #expect(try await store.batches(in: l0, from: 0, maxBytes: 1 << 20).map(\.baseOffset) == [0, 2, 3, 4, 5, 6, 7, 8])
        _ = try await store.deleteTopic(name: "lost")

        // Unknown partitions are rejected per batch, without failing the rest.
        let ghost = TopicPartitionID(topicId: KafkaUUID.random(), partition: 0)
        let mixed = try await store.commit(segment("s5", [(ghost, header(records: 1)), (p0, header(records: 1))]))
        if case .rejected(let code, _) = mixed[0] { #expect(code == .unknownTopicOrPartition) } else { Issue.record("ghost accepted") }
        #expect(mixed[1] == .appended(baseOffset: 5, logStartOffset: 0))

        // Timestamps and log start.
        _ = try await store.commit(segment("s6", [(p0, header(records: 1, maxTimestamp: 5000))]))
        #expect(try await store.offset(forTimestamp: 4000, in: p0)?.offset == 6)
        #expect(try await store.offset(forTimestamp: 9000, in: p0) == nil)
        #expect(try await store.maxTimestamp(in: p0).map { [$0.offset, $0.timestamp] } == [6, 5000])
        #expect(try await store.maxTimestamp(in: TopicPartitionID(topicId: KafkaUUID.random(), partition: 0)) == nil)
        #expect(try await store.advanceLogStart(p0, to: 3) == 3)
        #expect(try await store.offsets(of: [p0])[p0]?.logStartOffset == 3)
        #expect(try await store.batches(in: p0, from: 0, maxBytes: 1 << 20).map(\.baseOffset) == [3, 5, 6])
        // Sizes count the batches still indexed (100 bytes each): p0 keeps three.
        let p1Batches = try await store.batches(in: p1, from: 0, maxBytes: 1 << 30).count
        #expect(try await store.logSizes(of: [p0, p1, ghost]) == [p0: 300, p1: Int64(p1Batches * 100)])

        // Partitions, configs, deletion.
        #expect(try await store.addPartitions(topic: "orders", totalCount: 3).partitionCount == 3)
        await #expect(throws: ControlPlaneError.self) { try await store.addPartitions(topic: "orders", totalCount: 2) }
        #expect(
            try await store.alterTopicConfigs(topic: "orders", changes: ["retention.ms": nil, "cleanup.policy": "delete"]).configs == [
                "cleanup.policy": "delete"
            ])
        _ = try await store.deleteTopic(name: "orders")
        #expect(try await store.topics().isEmpty)
        #expect(try await store.offsets(of: [p0]).isEmpty)
        await #expect(throws: ControlPlaneError.self) { try await store.deleteTopic(name: "orders") }

        // Group offsets.
        let tp = TopicPartitionName(topic: "orders", partition: 0)
        try await store.commitOffsets(group: "g", [tp: CommittedOffset(offset: 42, leaderEpoch: 0, metadata: "m")])
        try await store.commitOffsets(group: "g", [tp: CommittedOffset(offset: 43)])
        #expect(try await store.committedOffsets(group: "g") == [tp: CommittedOffset(offset: 43)])
        #expect(try await store.groupsWithOffsets() == ["g"])
        // Deleting some partitions' offsets keeps the others.
        let tp1 = TopicPartitionName(topic: "orders", partition: 1)
        let other = TopicPartitionName(topic: "payments", partition: 0)
        try await store.commitOffsets(group: "g", [tp1: CommittedOffset(offset: 7), other: CommittedOffset(offset: 9)])
        try await store.deleteGroupOffsets(group: "g", partitions: [tp, other, TopicPartitionName(topic: "absent", partition: 3)])
        #expect(try await store.committedOffsets(group: "g") == [tp1: CommittedOffset(offset: 7)])
        try await store.deleteGroupOffsets(group: "g", partitions: [])
        #expect(try await store.committedOffsets(group: "g").count == 1)
        try await store.deleteGroupOffsets(group: "g")
        #expect(try await store.committedOffsets(group: "g").isEmpty)
    }
}

@Suite struct MetadataStoreContractTests {
    @Test func sqliteInMemory() async throws {
        try await MetadataStoreContract.run(try SQLiteMetadataStore(path: ":memory:"))
    }

    @Test func sqliteFileSurvivesReopening() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fjord-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await MetadataStoreContract.run(try SQLiteMetadataStore(path: path))
        let topic = try await SQLiteMetadataStore(path: path).createTopic(name: "kept", partitions: 1, configs: [:])
        let reopened = try SQLiteMetadataStore(path: path)
        #expect(try await reopened.topics() == [topic])
    }
}

@Suite(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
struct PostgresMetadataStoreTests {
    @Test func contract() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            try await MetadataStoreContract.run(store)
        }
    }

    /// Two control planes starting on an empty database: the advisory lock lets exactly one
    /// apply each migration, and both come up.
    @Test func concurrentStartsMigrateOnce() async throws {
        try await PostgresTestDatabase.with { url in
            async let first = PostgresMetadataStore(url: url)
            async let second = PostgresMetadataStore(url: url)
            let stores = try await [first, second]
            defer { for store in stores { store.shutdown() } }
            #expect(try await stores[0].clusterId() == stores[1].clusterId())
        }
    }

    /// Many concurrent commits to the same partitions (grouped into few calls) get contiguous,
    /// distinct offsets.
    @Test func concurrentCommitsGetDistinctContiguousOffsets() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url, maxCommitsInFlight: 2)
            defer { store.shutdown() }
            let topic = try await store.createTopic(name: "hot", partitions: 2, configs: [:])
            let results = try await withThrowingTaskGroup(of: [BatchCommitResult].self) { group in
                for index in 0..<200 {
                    group.addTask {
                        try await store.commit(
                            MetadataStoreContract.segment(
                                "c\(index)",
                                [
                                    (topic.partition(0), MetadataStoreContract.header(records: 2)),
                                    (topic.partition(1), MetadataStoreContract.header(records: 1)),
                                ]))
                    }
                }
                return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
            }
            let bases = results.compactMap { result -> Int64? in if case .appended(let base, _) = result { base } else { nil } }
            #expect(bases.count == 400)
            // Each segment answered [p0, p1]: p0 takes 2 offsets per segment, p1 one.
            let p0 = stride(from: 0, to: bases.count, by: 2).map { bases[$0] }
            let p1 = stride(from: 1, to: bases.count, by: 2).map { bases[$0] }
            #expect(p0.sorted() == Array(stride(from: Int64(0), to: 400, by: 2)))
            #expect(p1.sorted() == Array(Int64(0)..<200))
            let offsets = try await store.offsets(of: [topic.partition(0), topic.partition(1)])
            #expect(offsets[topic.partition(0)]?.highWatermark == 400 && offsets[topic.partition(1)]?.highWatermark == 200)
        }
    }

    /// Retried and new segments grouped into one call: the retries get their first answers,
    /// the new ones are judged and appended as usual, in one transaction.
    @Test func retriedCommitsGroupedWithNewOnes() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url, maxCommitsInFlight: 1)
            defer { store.shutdown() }
            let partition = try await store.createTopic(name: "grouped", partitions: 1, configs: [:]).partition(0)
            let pid = try await store.nextProducerId()
            func batch(_ sequence: Int32) -> (TopicPartitionID, RecordBatchHeader) {
                (partition, MetadataStoreContract.header(records: 1, producerId: pid, epoch: 0, sequence: sequence))
            }
            var answers: [String: [BatchCommitResult]] = [:]
            for index in 0..<8 { answers["r\(index)"] = try await store.commit(MetadataStoreContract.segment("r\(index)", [batch(Int32(index))])) }
            // With one call in flight, everything after the first waits and goes in one group.
            let results = try await withThrowingTaskGroup(of: (String, [BatchCommitResult]).self) { group in
                for index in 0..<8 {
                    group.addTask { ("r\(index)", try await store.commit(MetadataStoreContract.segment("r\(index)", [batch(Int32(index))]))) }
                    group.addTask {
                        (
                            "n\(index)",
                            try await store.commit(MetadataStoreContract.segment("n\(index)", [(partition, MetadataStoreContract.header(records: 1))]))
                        )
                    }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            for index in 0..<8 { #expect(results["r\(index)"] == answers["r\(index)"]) }
            let fresh = (0..<8).compactMap { index -> Int64? in
                if case .appended(let base, _) = results["n\(index)"]?.first { base } else { nil }
            }
            #expect(fresh.sorted() == Array(8..<16))
            #expect(try await store.offsets(of: [partition])[partition]?.highWatermark == 16)
        }
    }

    /// An unreachable database is named in the error, as a KAFKA_STORAGE_ERROR.
    @Test func unreachableDatabaseIsNamed() async throws {
        let url = try PostgresConnectionURL("postgres://postgres@127.0.0.1:1/nowhere")
        do {
            _ = try await PostgresMetadataStore(url: url, connectTimeout: .milliseconds(300), logger: Logger(label: "quiet") { _ in SwiftLogNoOpLogHandler() })
            Issue.record("connected to nothing")
        } catch let error as ControlPlaneError {
            #expect(error.code == .kafkaStorageError)
            #expect(error.message.contains("127.0.0.1:1"))
        }
    }
}
