import Foundation
import KafkaProtocol
import Testing

@testable import ControlPlane

/// One body of tests for the jobs role's queries, run on SQLite and PostgreSQL.
enum MaintenanceStoreContract {
    typealias Contract = MetadataStoreContract

    static func run(_ store: some MetadataStore & MaintenanceStore) async throws {
        // A compact-only topic is never cut by retention.ms, however old its batches.
        let table = try await store.createTopic(name: "keyed", partitions: 1, configs: ["cleanup.policy": "compact", "retention.ms": "1000"]).partition(0)
        _ = try await store.commit(Contract.segment("k1", [(table, Contract.header(records: 2))]))
        #expect(try await store.applyRetention(nowMs: 50_000) == RetentionOutcome(partitionsAdvanced: 0, batchesRemoved: 0))
        _ = try await store.deleteTopic(name: "keyed")
        try await store.forgetObjects(["k1"])

        let timed = try await store.createTopic(name: "timed", partitions: 1, configs: ["retention.ms": "1000"]).partition(0)
        let bounded = try await store.createTopic(name: "bounded", partitions: 1, configs: ["retention.bytes": "250", "retention.ms": "-1"]).partition(0)
        _ = try await store.commit(Contract.segment("m1", [(timed, Contract.header(records: 2)), (timed, Contract.header(records: 1))]))
        _ = try await store.commit(
            Contract.segment(
                "m2",
                [(timed, Contract.header(records: 1, maxTimestamp: 100_000))]
                    + (0..<4).map { _ in (bounded, Contract.header(records: 1)) }))

        // retention.ms drops the two old batches of `timed`; retention.bytes keeps the newest
        // 200 of `bounded`'s 400 bytes.
        #expect(try await store.applyRetention(nowMs: 50_000) == RetentionOutcome(partitionsAdvanced: 2, batchesRemoved: 4))
        let offsets = try await store.offsets(of: [timed, bounded])
        #expect(offsets[timed]?.logStartOffset == 3 && offsets[bounded]?.logStartOffset == 2)
        #expect(try await store.applyRetention(nowMs: 50_000) == RetentionOutcome(partitionsAdvanced: 0, batchesRemoved: 0))  // nothing left to cut

        // The inventory: m1 holds nothing live any more; only such objects can be forgotten.
        #expect(Set(try await store.objects().map { "\($0.key):\($0.liveBatches)" }) == ["m1:0", "m2:3"])
        try await store.forgetObjects(["m1", "m2"])
        #expect(try await store.objects().map(\.key) == ["m2"])

        // Compaction: batches move to the new object unless they moved (or went) meanwhile.
        let live = try await store.liveBatches(inObjects: ["m2"])
        #expect(live.count == 3 && live.allSatisfy { $0.objectKey == "m2" })
        var sources = live.map { BatchSource(partition: $0.partition, baseOffset: $0.baseOffset, objectKey: $0.objectKey) }
        sources[2].objectKey = "elsewhere"  // a stale source: not moved
        let compacted = Contract.segment("m3", live.map { ($0.partition, Contract.header(records: 1)) })
        #expect(try await store.replaceBatches(compacted, sources: sources) == 2)
        #expect(Set(try await store.objects().map { "\($0.key):\($0.liveBatches)" }) == ["m2:1", "m3:2"])
        #expect(try await store.batches(in: timed, from: 0, maxBytes: 1 << 20).map(\.objectKey) == ["m3"])

        try await compaction(store)
    }

    /// Log compaction: candidates, and steps that apply all or nothing.
    static func compaction(_ store: some MetadataStore & MaintenanceStore) async throws {
        let table = try await store.createTopic(name: "table", partitions: 1, configs: ["cleanup.policy": "compact,delete", "retention.ms": "-1"]).partition(0)
        _ = try await store.createTopic(name: "plain", partitions: 1, configs: [:])
        _ = try await store.commit(Contract.segment("c1", (0..<3).map { _ in (table, Contract.header(records: 2, maxTimestamp: 7)) }))
        var candidates = try await store.compactionCandidates()
        #expect(candidates.map(\.topicName) == ["table"])
        #expect(candidates.first?.configs["cleanup.policy"] == "compact,delete")
        #expect(candidates.first.map { [$0.cleanedThrough, $0.cleanBytes, $0.dirtyBytes, $0.highWatermark] } == [0, 0, 300, 6])
        #expect(candidates.first?.oldestDirtyTimestamp == 7 && candidates.first?.tombstoneExpiryMs == nil)
        #expect(try await store.compactionBatches(in: table, from: 1, maxBytes: 1 << 20).map(\.baseOffset) == [0, 2, 4])

        // A step naming a batch that is not where it says changes nothing at all.
        let rewrittenObject = Contract.segment("c2", [(table, Contract.header(records: 1))])
        let stale = CompactionRewrite(
            partition: table, segment: rewrittenObject, rewritten: [BatchSource(partition: table, baseOffset: 0, objectKey: "c1")],
            removed: [BatchSource(partition: table, baseOffset: 2, objectKey: "elsewhere")], cleanedThrough: 6, tombstoneExpiryMs: 99)
        #expect(try await store.applyCompaction(stale) == false)
        #expect(try await store.compactionBatches(in: table, from: 0, maxBytes: 1 << 20).map(\.objectKey) == ["c1", "c1", "c1"])
        #expect(try await store.compactionCandidates().first?.cleanedThrough == 0)
        #expect(!(try await store.objects().map(\.key).contains("c2")))

        // A good step repoints one batch, removes another, and moves the checkpoint.
        var good = stale
        good.removed = [BatchSource(partition: table, baseOffset: 2, objectKey: "c1")]
        #expect(try await store.applyCompaction(good) == true)
        #expect(try await store.compactionBatches(in: table, from: 0, maxBytes: 1 << 20).map { "\($0.baseOffset)@\($0.objectKey)" } == ["0@c2", "4@c1"])
        candidates = try await store.compactionCandidates()
        #expect(candidates.first.map { [$0.cleanedThrough, $0.cleanBytes, $0.dirtyBytes] } == [6, 200, 0])
        #expect(candidates.first?.tombstoneExpiryMs == 99 && candidates.first?.oldestDirtyTimestamp == nil)
        // Offsets do not move: the high watermark stays, and the next commit continues from it.
        #expect(try await store.commit(Contract.segment("c3", [(table, Contract.header(records: 1))])) == [.appended(baseOffset: 6, logStartOffset: 0)])
        #expect(try await store.compactionCandidates().first?.dirtyBytes == 100)
    }
}

@Suite struct MaintenanceStoreContractTests {
    @Test func sqlite() async throws {
        try await MaintenanceStoreContract.run(try SQLiteMetadataStore(path: ":memory:"))
    }

    @Test(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
    func postgres() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            try await MaintenanceStoreContract.run(store)
        }
    }
}
