import Foundation
import KafkaLog
import KafkaProtocol
import Testing

@testable import ControlPlane

/// One body of tests for the transaction coordinator's store, run on SQLite and PostgreSQL:
/// the coordinator's steps, and what they do to the log (markers, the last stable offset, the
/// aborted ranges, the groups' offsets).
enum TransactionStoreContract {
    static func transactional(records: Int32, producer: ProducerIdAndEpoch, sequence: Int32) -> RecordBatchHeader {
        var header = MetadataStoreContract.header(records: records, producerId: producer.producerId, epoch: producer.epoch, sequence: sequence)
        header.attributes = RecordBatchAttributes(isTransactional: true)
        return header
    }

    static func code(_ body: () async throws -> Void) async -> KafkaErrorCode? {
        do {
            try await body()
            return nil
        } catch {
            return (error as? ControlPlaneError)?.code ?? .unknownServerError
        }
    }

    /// `ownClock`: the store times transactions by its own clock, not the callers' `nowMs`.
    static func run(_ store: some MetadataStore & TransactionTimeoutSweep, ownClock: Bool) async throws {
        let topic = try await store.createTopic(name: "payments", partitions: 2, configs: [:])
        let (p0, p1) = (topic.partition(0), topic.partition(1))
        let initial = TransactionalProducerRequest(transactionalId: "app", timeoutMs: 60_000, current: nil, nowMs: 1000)

        // A timeout above the maximum is refused; the first init allocates, the next bumps.
        #expect(await code { _ = try await store.initTransactionalProducer(initial, maxTimeoutMs: 30_000) } == .invalidTransactionTimeout)
        let first = try await store.initTransactionalProducer(initial, maxTimeoutMs: 900_000)
        #expect(first.epoch == 0)
        let producer = try await store.initTransactionalProducer(initial, maxTimeoutMs: 900_000)
        #expect(producer == ProducerIdAndEpoch(producerId: first.producerId, epoch: 1))

        // Transactional batches only go to partitions of the ongoing transaction, at its epoch.
        let outside = try await store.commit(MetadataStoreContract.segment("t0", [(p0, transactional(records: 1, producer: producer, sequence: 0))]))
        #expect(outside.map(\.code) == [.invalidTxnState])
        try await store.addPartitionsToTransaction("app", producer: producer, partitions: [p0, p1], nowMs: 1100)
        #expect(await code { try await store.addPartitionsToTransaction("app", producer: first, partitions: [p0], nowMs: 1100) } == .producerFenced)
        let stale = try await store.commit(MetadataStoreContract.segment("t1", [(p0, transactional(records: 1, producer: first, sequence: 0))]))
        #expect(stale.map(\.code) == [.invalidProducerEpoch])
        let appended = try await store.commit(
            MetadataStoreContract.segment(
                "t2",
                [
                    (p0, transactional(records: 3, producer: producer, sequence: 0)), (p1, transactional(records: 2, producer: producer, sequence: 0)),
                    (p0, MetadataStoreContract.header(records: 1)),
                ]))
        #expect(
            appended == [.appended(baseOffset: 0, logStartOffset: 0), .appended(baseOffset: 0, logStartOffset: 0), .appended(baseOffset: 3, logStartOffset: 0)])

        // DescribeProducers: its epoch, last sequence and open range, per partition.
        #expect(
            try await store.activeProducers(in: p0)
                == [ActiveProducer(producerId: producer.producerId, epoch: 1, lastSequence: 2, currentTransactionStartOffset: 0)])

        // The ongoing transaction holds the last stable offset at its first offset.
        var offsets = try await store.offsets(of: [p0, p1])
        #expect(offsets[p0] == PartitionOffsets(logStartOffset: 0, highWatermark: 4, lastStableOffset: 0))
        #expect(offsets[p1] == PartitionOffsets(logStartOffset: 0, highWatermark: 2, lastStableOffset: 0))

        // Pending offsets need the group in the transaction; they commit with it.
        let orders = TopicPartitionName(topic: "orders", partition: 0)
        #expect(
            await code { try await store.commitTransactionalOffsets("app", producer: producer, group: "g", offsets: [orders: CommittedOffset(offset: 7)]) }
                == .invalidTxnState)
        try await store.addGroupToTransaction("app", producer: producer, group: "g", nowMs: 1200)
        try await store.commitTransactionalOffsets("app", producer: producer, group: "g", offsets: [orders: CommittedOffset(offset: 7, metadata: "m")])
        #expect(try await store.committedOffsets(group: "g").isEmpty)

        // Commit: a marker in each partition, the LSO at the high watermark, the offsets in.
        try await store.endTransaction("app", producer: producer, commit: true, nowMs: 1300)
        try await store.endTransaction("app", producer: producer, commit: true, nowMs: 1301)  // a retry changes nothing
        #expect(await code { try await store.endTransaction("app", producer: producer, commit: false, nowMs: 1302) } == .invalidTxnState)
        offsets = try await store.offsets(of: [p0, p1])
        #expect(offsets[p0] == PartitionOffsets(logStartOffset: 0, highWatermark: 5, lastStableOffset: 5))
        #expect(offsets[p1] == PartitionOffsets(logStartOffset: 0, highWatermark: 3, lastStableOffset: 3))
        let marker = try #require(try await store.batches(in: p0, from: 4, maxBytes: 1 << 20).first)
        #expect(marker.baseOffset == 4 && marker.objectKey.isEmpty)
        let ended = try #require(marker.marker)
        #expect(ended.producerId == producer.producerId && ended.producerEpoch == producer.epoch && ended.isCommit)
        if ownClock {  // stamped by the database: now, whatever the caller's 1300 said
            #expect(abs(ended.timestampMs - Int64(Date().timeIntervalSince1970 * 1000)) < 60_000)
        } else {
            #expect(ended.timestampMs == 1300)
        }
        #expect(try await store.committedOffsets(group: "g") == [orders: CommittedOffset(offset: 7, metadata: "m")])
        #expect(try await store.abortedTransactions(in: p0, overlapping: 0...100).isEmpty)
        #expect(try await store.activeProducers(in: p0).map(\.currentTransactionStartOffset) == [-1])

        // A transaction after the commit: the next batch continues the sequence; batches after
        // the end are refused.
        let late = try await store.commit(MetadataStoreContract.segment("t3", [(p1, transactional(records: 1, producer: producer, sequence: 2))]))
        #expect(late.map(\.code) == [.invalidTxnState])
        try await store.addPartitionsToTransaction("app", producer: producer, partitions: [p1], nowMs: 2000)
        try await store.addGroupToTransaction("app", producer: producer, group: "g", nowMs: 2000)
        try await store.commitTransactionalOffsets("app", producer: producer, group: "g", offsets: [orders: CommittedOffset(offset: 9)])
        let second = try await store.commit(MetadataStoreContract.segment("t4", [(p1, transactional(records: 4, producer: producer, sequence: 2))]))
        #expect(second == [.appended(baseOffset: 3, logStartOffset: 0)])

        // Abort: the range is recorded for read_committed fetches, the offsets dropped.
        try await store.endTransaction("app", producer: producer, commit: false, nowMs: 2100)
        #expect(try await store.offsets(of: [p1])[p1] == PartitionOffsets(logStartOffset: 0, highWatermark: 8, lastStableOffset: 8, lastAbortedOffset: 7))
        #expect(try await store.abortedTransactions(in: p1, overlapping: 0...2).isEmpty)
        #expect(
            try await store.abortedTransactions(in: p1, overlapping: 5...5) == [
                AbortedTransaction(producerId: producer.producerId, firstOffset: 3, lastOffset: 7)
            ])
        #expect(try await store.committedOffsets(group: "g")[orders]?.offset == 7)
        let abortMarker = try #require(try await store.batches(in: p1, from: 7, maxBytes: 1 << 20).first?.marker)
        #expect(!abortMarker.isCommit)

        // A new producer instance fences the old one and aborts what it left open.
        try await store.addPartitionsToTransaction("app", producer: producer, partitions: [p0], nowMs: 3000)
        _ = try await store.commit(MetadataStoreContract.segment("t5", [(p0, transactional(records: 2, producer: producer, sequence: 3))]))
        let successor = try await store.initTransactionalProducer(initial, maxTimeoutMs: 900_000)
        #expect(successor == ProducerIdAndEpoch(producerId: producer.producerId, epoch: 2))
        #expect(await code { try await store.endTransaction("app", producer: producer, commit: true, nowMs: 3100) } == .producerFenced)
        #expect(try await store.offsets(of: [p0])[p0] == PartitionOffsets(logStartOffset: 0, highWatermark: 8, lastStableOffset: 8, lastAbortedOffset: 7))
        #expect(try await store.abortedTransactions(in: p0, overlapping: 5...7).map(\.firstOffset) == [5])
        // KIP-360: a producer naming a stale id and epoch is fenced; the current one is bumped.
        let recovering = TransactionalProducerRequest(transactionalId: "app", timeoutMs: 60_000, current: producer, nowMs: 3200)
        #expect(await code { _ = try await store.initTransactionalProducer(recovering, maxTimeoutMs: 900_000) } == .producerFenced)
        var current = recovering
        current.current = successor
        #expect(try await store.initTransactionalProducer(current, maxTimeoutMs: 900_000).epoch == 3)

        // The timeout: an open transaction older than its timeout is aborted and its epoch bumped.
        // In real time: a store shared by processes (PostgreSQL) times transactions by its own clock.
        func wallMs() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
        let timed = try await store.initTransactionalProducer(
            TransactionalProducerRequest(transactionalId: "slow", timeoutMs: 1000, current: nil, nowMs: wallMs()), maxTimeoutMs: 900_000)
        try await store.addPartitionsToTransaction("slow", producer: timed, partitions: [p1], nowMs: wallMs())
        _ = try await store.commit(MetadataStoreContract.segment("t6", [(p1, transactional(records: 1, producer: timed, sequence: 0))]))
        #expect(try await store.abortExpiredTransactions(nowMs: wallMs()).isEmpty)
        #expect(try await store.offsets(of: [p1])[p1]?.lastStableOffset == 8)
        try await Task.sleep(for: .milliseconds(1100))
        #expect(try await store.abortExpiredTransactions(nowMs: wallMs()) == ["slow"])
        #expect(try await store.offsets(of: [p1])[p1] == PartitionOffsets(logStartOffset: 0, highWatermark: 10, lastStableOffset: 10, lastAbortedOffset: 9))
        let records = try await store.transactions()
        #expect(records.map(\.transactionalId) == ["app", "slow"])
        #expect(records[1].state == .completeAbort && records[1].producerEpoch == 1 && records[1].partitions.isEmpty)
        #expect(await code { try await store.endTransaction("slow", producer: timed, commit: true, nowMs: wallMs()) } == .producerFenced)

        // Retention drops aborted ranges below the log start.
        _ = try await store.advanceLogStart(p1, to: 8)
        #expect(try await store.abortedTransactions(in: p1, overlapping: 0...100).isEmpty == false)  // [8, 9] stays
        _ = try await store.advanceLogStart(p1, to: 10)
        #expect(try await store.abortedTransactions(in: p1, overlapping: 0...100).isEmpty)
    }
}

extension BatchCommitResult {
    var code: KafkaErrorCode? {
        if case .rejected(let code, _) = self { return code }
        return nil
    }
}

@Suite struct TransactionStoreContractTests {
    @Test func sqlite() async throws {
        try await TransactionStoreContract.run(try SQLiteMetadataStore(path: ":memory:"), ownClock: false)
    }

    @Test(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
    func postgres() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            try await TransactionStoreContract.run(store, ownClock: true)
        }
    }
}
