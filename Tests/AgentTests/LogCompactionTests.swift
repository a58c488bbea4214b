import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import NIOCore
import ObjectStore
import Testing

@testable import Agent

@Suite struct LogCompactionTests {
    static let settings = LogCompaction.Settings(configs: ["delete.retention.ms": "1000"])

    /// A batch of (key, value) records; nil value: a tombstone.
    static func batch(_ records: [(String?, String?)], baseTimestamp: Int64 = 500, codec: CompressionCodec = .none) -> RecordBatch {
        var batch = RecordBatch()
        batch.attributes = RecordBatchAttributes(compression: codec)
        batch.baseTimestamp = baseTimestamp
        batch.maxTimestamp = baseTimestamp + Int64(records.count)
        batch.lastOffsetDelta = Int32(records.count - 1)
        batch.records = records.enumerated().map { index, record in
            Record(
                timestampDelta: Int64(index), offsetDelta: Int32(index), key: record.0.map { ByteBuffer(string: $0) },
                value: record.1.map { ByteBuffer(string: $0) })
        }
        return batch
    }

    static func latest(_ newest: [String: Int64]) -> LogCompaction.LatestOffsets {
        var latest = LogCompaction.LatestOffsets(capacity: 100)
        for (key, offset) in newest { latest.index(batch([(key, "x")]), baseOffset: offset) }
        return latest
    }

    @Test func olderValuesGoAndOffsetsStay() {
        let input = Self.batch([("a", "1"), ("b", "1"), ("a", "2"), ("c", "1")])
        let outcome = LogCompaction.clean(input, baseOffset: 10, latest: Self.latest(["a": 12, "b": 30]), settings: Self.settings, nowMs: 0)
        guard case .rewritten(let output, let removed, let horizon) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(removed == 2 && horizon == nil)
        // a@12 (the newest a) and c (not in the dirty section) stay with their own offsets.
        #expect(output.records.map(\.offsetDelta) == [2, 3])
        #expect(output.lastOffsetDelta == 3 && output.baseTimestamp == 500 && output.records.map(\.timestampDelta) == [2, 3])
        // Nothing to drop: kept as stored; everything dropped: removed.
        #expect(LogCompaction.clean(input, baseOffset: 10, latest: Self.latest([:]), settings: Self.settings, nowMs: 0) == .unchanged(horizon: nil))
        #expect(
            LogCompaction.clean(input, baseOffset: 10, latest: Self.latest(["a": 40, "b": 40, "c": 40]), settings: Self.settings, nowMs: 0)
                == .removed(records: 4))
    }

    @Test func tombstonesAreStampedThenDroppedAfterTheHorizon() throws {
        let input = Self.batch([("a", nil), ("b", "1")], baseTimestamp: 500)
        let first = LogCompaction.clean(input, baseOffset: 0, latest: Self.latest(["a": 0, "b": 1]), settings: Self.settings, nowMs: 10_000)
        guard case .rewritten(let stamped, 0, let horizon) = first else {
            Issue.record("\(first)")
            return
        }
        #expect(horizon == 11_000 && stamped.attributes.hasDeleteHorizon && stamped.baseTimestamp == 11_000)
        // Record timestamps are kept: base + delta is what it was.
        #expect(stamped.records.map { stamped.baseTimestamp + $0.timestampDelta } == [500, 501])
        // It survives an encode and decode with a valid CRC.
        var bytes = ByteBuffer()
        try stamped.encode(into: &bytes)
        let decoded = try RecordBatch(from: &bytes)
        // Before the horizon it stays as stored; after, the tombstone goes.
        #expect(LogCompaction.clean(decoded, baseOffset: 0, latest: Self.latest([:]), settings: Self.settings, nowMs: 10_999) == .unchanged(horizon: 11_000))
        let after = LogCompaction.clean(decoded, baseOffset: 0, latest: Self.latest([:]), settings: Self.settings, nowMs: 11_000)
        guard case .rewritten(let cleaned, 1, nil) = after else {
            Issue.record("\(after)")
            return
        }
        #expect(cleaned.records.map(\.offsetDelta) == [1])
        // A tombstone older than a newer value of its key goes at once.
        #expect(
            LogCompaction.clean(Self.batch([("a", nil)]), baseOffset: 0, latest: Self.latest(["a": 5]), settings: Self.settings, nowMs: 0)
                == .removed(records: 1))
    }

    @Test func controlBatchesAndKeylessRecordsStay() {
        var control = Self.batch([("a", "1")])
        control.attributes = RecordBatchAttributes(isTransactional: true, isControl: true)
        #expect(LogCompaction.clean(control, baseOffset: 0, latest: Self.latest(["a": 9]), settings: Self.settings, nowMs: 0) == .unchanged(horizon: nil))
        #expect(
            LogCompaction.clean(Self.batch([(nil, "v")]), baseOffset: 0, latest: Self.latest([:]), settings: Self.settings, nowMs: 0)
                == .unchanged(horizon: nil))
    }

    @Test func dueByRatioLagOrTombstones() {
        func candidate(clean: Int64, dirty: Int64, oldest: Int64? = 0, expiry: Int64? = nil) -> CompactionCandidate {
            CompactionCandidate(
                partition: TopicPartitionID(topicId: .zero, partition: 0), topicName: "t", configs: [:], logStartOffset: 0, highWatermark: 10,
                cleanedThrough: 0, cleanBytes: clean, dirtyBytes: dirty, oldestDirtyTimestamp: oldest, tombstoneExpiryMs: expiry)
        }
        let defaults = LogCompaction.Settings(configs: [:])
        #expect(defaults.minCleanableDirtyRatio == 0.5 && defaults.deleteRetentionMs == 86_400_000)
        #expect(LogCompaction.isDue(candidate(clean: 0, dirty: 10), settings: defaults, nowMs: 1))
        #expect(!LogCompaction.isDue(candidate(clean: 60, dirty: 40), settings: defaults, nowMs: 1))
        #expect(!LogCompaction.isDue(candidate(clean: 60, dirty: 0), settings: defaults, nowMs: 1))
        // A producer's wild timestamp does not overflow the age.
        #expect(LogCompaction.isDue(candidate(clean: 60, dirty: 40, oldest: .min), settings: defaults, nowMs: 1))
        let lagged = LogCompaction.Settings(configs: ["max.compaction.lag.ms": "100"])
        #expect(LogCompaction.isDue(candidate(clean: 60, dirty: 40, oldest: 0), settings: lagged, nowMs: 101))
        #expect(LogCompaction.isDue(candidate(clean: 60, dirty: 0, expiry: 5), settings: defaults, nowMs: 5))
    }

    @Test func theKeyMapIsBounded() {
        var latest = LogCompaction.LatestOffsets(capacity: 3)
        #expect(latest.hasRoom(for: 10))  // an empty map takes any batch
        latest.index(Self.batch([("a", "1"), ("b", "1")]), baseOffset: 0)
        #expect(latest.hasRoom(for: 1) && !latest.hasRoom(for: 2))
        #expect(latest.newest(ByteBuffer(string: "b")) == 1 && latest.newest(ByteBuffer(string: "z")) == nil)
    }

    /// A partition whose batch cannot be read is logged and skipped; the others are compacted.
    @Test func anUnreadablePartitionDoesNotHoldUpTheOthers() async throws {
        let store = try SQLiteMetadataStore(path: ":memory:")
        let objects = InMemoryObjectStore()
        for (name, corrupt) in [("broken", true), ("fine", false)] {
            let partition = try await store.createTopic(name: name, partitions: 1, configs: ["cleanup.policy": "compact"]).partition(0)
            var bytes = ByteBuffer()
            try Self.batch([("a", "1"), ("a", "2")]).encode(into: &bytes)
            var builder = SegmentBuilder()
            builder.append(bytes, to: partition)
            var (object, placements) = builder.build(createdAtMs: 1)
            if corrupt { object.setInteger(UInt8(0xFF), at: placements[0].byteOffset + 30) }  // inside the CRC'd bytes
            try await objects.putIfAbsent("data/\(name)", data: object)
            _ = try await store.commit(SegmentCommit(objectKey: "data/\(name)", objectSize: object.readableBytes, batches: placements, createdAtMs: 1))
        }
        let compactor = LogCompactor(
            objects: objects, maintenance: store, dataPrefix: "data/", configuration: LogCompactor.Configuration(), logger: Logger(label: "test"))
        let report = try await compactor.runOnce(nowMs: 1_000_000)
        #expect(report.failures == 1 && report.partitionsCompacted == 1 && report.recordsRemoved == 1)
    }

    /// The compactor end to end on the embedded store: what a reader from the start gets.
    @Test func aCompactedPartitionKeepsTheNewestValueOfEveryKey() async throws {
        let store = try SQLiteMetadataStore(path: ":memory:")
        let objects = InMemoryObjectStore()
        let topic = try await store.createTopic(name: "table", partitions: 1, configs: ["cleanup.policy": "compact", "delete.retention.ms": "0"])
        let partition = topic.partition(0)
        // 40 segments of 50 records over 20 keys; key k3 ends with a tombstone.
        var expected: [String: String] = [:]
        var sequence = 0
        for segment in 0..<40 {
            var records: [(String?, String?)] = []
            for _ in 0..<50 {
                let key = "k\(sequence % 20)"
                let value: String? = (key == "k3" && segment == 39) ? nil : "v\(sequence)"
                records.append((key, value))
                expected[key] = value
                sequence += 1
            }
            var bytes = ByteBuffer()
            try Self.batch(records, codec: segment % 2 == 0 ? .zstd : .none).encode(into: &bytes)
            var builder = SegmentBuilder()
            builder.append(bytes, to: partition)
            let (object, placements) = builder.build(createdAtMs: 1)
            try await objects.putIfAbsent("data/s\(segment)", data: object)
            _ = try await store.commit(SegmentCommit(objectKey: "data/s\(segment)", objectSize: object.readableBytes, batches: placements, createdAtMs: 1))
        }
        var configuration = LogCompactor.Configuration()
        configuration.keyCapacity = 10  // forces several passes
        configuration.targetObjectBytes = 4096
        let compactor = LogCompactor(objects: objects, maintenance: store, dataPrefix: "data/", configuration: configuration, logger: Logger(label: "test"))
        var passes = 0
        while passes < 50 {
            let report = try await compactor.runOnce(nowMs: 1_000_000 + Int64(passes))
            passes += 1
            if report.partitionsCompacted == 0 { break }
            #expect(report.conflicts == 0)
        }
        // Read the partition from the start.
        var seen: [(Int64, String, String?)] = []
        for location in try await store.batches(in: partition, from: 0, maxBytes: 1 << 30) {
            var bytes = try await objects.get(location.objectKey, range: location.byteOffset..<(location.byteOffset + location.byteLength))
            let batch = try RecordBatch(from: &bytes)
            for record in batch.records {
                seen.append(
                    (location.baseOffset + Int64(record.offsetDelta), String(buffer: record.key!), record.value.map { String(buffer: $0) }))
            }
        }
        #expect(seen.map(\.0) == seen.map(\.0).sorted() && Set(seen.map(\.0)).count == seen.count, "offsets strictly increase")
        var newest: [String: String?] = [:]
        for (_, key, value) in seen { newest[key] = value }
        #expect(newest.count == 19 && newest["k3"] == nil, "the tombstoned key is gone once delete.retention.ms has passed")
        for (key, value) in expected where value != nil { #expect(newest[key] == value, "key \(key)") }
        #expect(seen.count == 19, "one record per live key is left: \(seen.count)")
        #expect(try await store.offsets(of: [partition])[partition]?.highWatermark == 2000)
    }
}

extension LogCompactionTests {
    /// Transactions: an aborted transaction's value supersedes nothing, and nothing at or past
    /// an open transaction (the last stable offset) is cleaned.
    @Test func abortedAndOpenTransactionsSupersedeNothing() async throws {
        let store = try SQLiteMetadataStore(path: ":memory:")
        let objects = InMemoryObjectStore()
        let topic = try await store.createTopic(name: "table", partitions: 1, configs: ["cleanup.policy": "compact"])
        let partition = topic.partition(0)
        func write(_ name: String, _ records: [(String?, String?)], producer: ProducerIdAndEpoch? = nil, sequence: Int32 = 0) async throws {
            var batch = Self.batch(records)
            if let producer {
                batch.attributes = RecordBatchAttributes(isTransactional: true)
                batch.producerId = producer.producerId
                batch.producerEpoch = producer.epoch
                batch.baseSequence = sequence
            }
            var bytes = ByteBuffer()
            try batch.encode(into: &bytes)
            var builder = SegmentBuilder()
            builder.append(bytes, to: partition)
            let (object, placements) = builder.build(createdAtMs: 1)
            try await objects.putIfAbsent("data/\(name)", data: object)
            let results = try await store.commit(
                SegmentCommit(objectKey: "data/\(name)", objectSize: object.readableBytes, batches: placements, createdAtMs: 1))
            #expect(results.allSatisfy { if case .appended = $0 { true } else { false } })
        }
        try await write("committed", [("a", "a1"), ("b", "b1")])
        let producer = try await store.initTransactionalProducer(
            TransactionalProducerRequest(transactionalId: "t", timeoutMs: 60_000, current: nil, nowMs: 1), maxTimeoutMs: 900_000)
        try await store.addPartitionsToTransaction("t", producer: producer, partitions: [partition], nowMs: 1)
        try await write("aborted", [("a", "a2")], producer: producer)
        try await store.endTransaction("t", producer: producer, commit: false, nowMs: 2)
        try await write("newer", [("x", "x1")])
        try await store.addPartitionsToTransaction("t", producer: producer, partitions: [partition], nowMs: 3)
        try await write("open", [("b", "b2")], producer: producer, sequence: 1)
        try await write("after", [("y", "y1")])

        let compactor = LogCompactor(objects: objects, maintenance: store, dataPrefix: "data/", configuration: .init(), logger: Logger(label: "test"))
        _ = try await compactor.runOnce(nowMs: 1_000_000)
        var values: [String] = []
        for location in try await store.batches(in: partition, from: 0, maxBytes: 1 << 30) where location.marker == nil {
            var bytes = try await objects.get(location.objectKey, range: location.byteOffset..<(location.byteOffset + location.byteLength))
            values += try RecordBatch(from: &bytes).records.compactMap { $0.value.map { String(buffer: $0) } }
        }
        // a1 stays (the aborted a2 does not supersede it), b1 stays (b2 is past the LSO).
        #expect(values.contains("a1") && values.contains("b1") && values.contains("b2"))
    }
}
