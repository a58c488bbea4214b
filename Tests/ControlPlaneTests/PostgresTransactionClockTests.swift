import Foundation
import KafkaProtocol
import Testing

@testable import ControlPlane

/// Transactions on PostgreSQL are timed by the database's clock, whatever the callers' wall
/// clocks say. (The chaos harness's clock skew found a replica whose clock ran 97 s ahead
/// aborting a live transaction at once as "outlived its transaction.timeout.ms".)
@Suite(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
struct PostgresTransactionClockTests {
    @Test func skewedCallersNeitherCutATransactionShortNorKeepItOpen() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            let partition = try await store.createTopic(name: "clocks", partitions: 1, configs: [:]).partition(0)
            let wallMs = Int64(Date().timeIntervalSince1970 * 1000)
            let tenMinutesMs: Int64 = 600_000

            // Begun through an agent whose clock is ten minutes behind, with a 2 s timeout.
            let request = TransactionalProducerRequest(transactionalId: "skewed", timeoutMs: 2000, current: nil, nowMs: wallMs - tenMinutesMs)
            let producer = try await store.initTransactionalProducer(request, maxTimeoutMs: 900_000)
            try await store.addPartitionsToTransaction("skewed", producer: producer, partitions: [partition], nowMs: wallMs - tenMinutesMs)

            // A replica whose clock is ten minutes ahead sweeps: the transaction is 0 s old.
            #expect(try await store.abortExpiredTransactions(nowMs: wallMs + tenMinutesMs).isEmpty)
            #expect(try await store.transactions().first?.state == .ongoing)

            // A replica ten minutes behind still aborts it once the database's clock says 2 s passed.
            try await Task.sleep(for: .milliseconds(2200))
            #expect(try await store.abortExpiredTransactions(nowMs: wallMs - tenMinutesMs) == ["skewed"])
        }
    }
}
