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

            let holder = try await RowLockHolder.lock(partition, url: url)
            defer { holder.close() }

            // First in the queue: the batch; second: the abort.
            let batch = TransactionStoreContract.transactional(records: 1, producer: producer, sequence: 0)
            let committing = Task { try await store.commit(MetadataStoreContract.segment("racing", [(partition, batch)])) }
            try await holder.waitForWaiters(1)
            let aborting = Task { try await store.endTransaction("racer", producer: producer, commit: false, nowMs: 2000) }
            try await holder.waitForWaiters(2)
            try await holder.release()

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
}
