import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import PostgresNIO
import Testing

@testable import ControlPlane

/// Races on PostgreSQL that SQLite, which runs one writer at a time, cannot have. A third
/// connection holds a partition's lock so the racers queue behind it in a chosen order.
@Suite(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
struct PostgresTransactionRaceTests {
    /// A transactional batch that commits while its transaction's abort waits for the
    /// partition must fall inside the aborted range, and the range must close. (The chaos
    /// campaign found the abort missing such a batch: a later commit by the same producer
    /// then closed the range as committed, and read_committed consumers read aborted data.)
    @Test func batchCommittedWhileTheAbortWaitsIsAborted() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            let partition = try await store.createTopic(name: "race", partitions: 1, configs: [:]).partition(0)
            let request = TransactionalProducerRequest(transactionalId: "racer", timeoutMs: 60_000, current: nil, nowMs: 1000)
            let producer = try await store.initTransactionalProducer(request, maxTimeoutMs: 900_000)
            try await store.addPartitionsToTransaction("racer", producer: producer, partitions: [partition], nowMs: 1000)

            let logger = Logger(label: "race")
            let holder = try await PostgresConnection.connect(configuration: url.connectionConfiguration, id: 1, logger: logger)
            defer { Task { try? await holder.close() } }
            try await holder.query("BEGIN", logger: logger)
            try await holder.query(
                "SELECT 1 FROM partitions WHERE topic_id = \(partition.topicId.foundationUUID) AND partition = \(partition.partition) FOR UPDATE",
                logger: logger)

            // First in the queue: the batch; second: the abort.
            let batch = TransactionStoreContract.transactional(records: 1, producer: producer, sequence: 0)
            let committing = Task { try await store.commit(MetadataStoreContract.segment("racing", [(partition, batch)])) }
            try await Self.waitForLockWaiters(1, holder, logger)
            let aborting = Task { try await store.endTransaction("racer", producer: producer, commit: false, nowMs: 2000) }
            try await Self.waitForLockWaiters(2, holder, logger)
            try await holder.query("COMMIT", logger: logger)

            #expect(try await committing.value == [.appended(baseOffset: 0, logStartOffset: 0)])
            try await aborting.value
            #expect(
                try await store.offsets(of: [partition])[partition]
                    == PartitionOffsets(logStartOffset: 0, highWatermark: 2, lastStableOffset: 2, lastAbortedOffset: 1))
            #expect(
                try await store.abortedTransactions(in: partition, overlapping: 0...1)
                    == [AbortedTransaction(producerId: producer.producerId, firstOffset: 0, lastOffset: 1)])
        }
    }

    /// Waits until `count` backends of this database wait for a lock (at most 10 s).
    static func waitForLockWaiters(_ count: Int64, _ connection: PostgresConnection, _ logger: Logger) async throws {
        for _ in 0..<1000 {
            // Inside a transaction the activity view is read once and kept, unless cleared.
            try await connection.query("SELECT pg_stat_clear_snapshot()", logger: logger)
            let rows = try await connection.query(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", logger: logger)
            for try await waiting in rows.decode(Int64.self) where waiting >= count { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        var activity: [String] = []
        let rows = try await connection.query(
            "SELECT coalesce(state, '') || ' ' || coalesce(wait_event_type, '') || ' ' || coalesce(wait_event, '') || ': ' || left(query, 120) FROM pg_stat_activity WHERE datname = current_database()",
            logger: logger)
        for try await line in rows.decode(String.self) { activity.append(line) }
        Issue.record("fewer than \(count) backends waited for a lock: \(activity)")
    }
}
