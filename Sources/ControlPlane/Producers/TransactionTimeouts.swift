import Foundation
import Logging
import Metrics

/// The coordinator's timeout sweep, run every second by the playground and by every
/// control-plane replica (each abort locks its transactional id, so replicas never collide),
/// and the transaction gauge, refreshed every 15 passes.
public struct TransactionTimeouts: Sendable {
    static let timedOut = Counter(label: "fjord_transactions_timed_out_total")
    static let ongoing = Gauge(label: "fjord_transactions_ongoing")

    let store: any TransactionStore & TransactionTimeoutSweep
    let logger: Logger
    private var passes = 0

    public init(store: any TransactionStore & TransactionTimeoutSweep, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// One pass: aborts what has outlived its transaction.timeout.ms, and says so. Returns
    /// whether any was aborted (their markers moved high watermarks).
    @discardableResult
    public mutating func pass() async -> Bool {
        defer { passes += 1 }
        if passes % 15 == 0 {
            do {
                Self.ongoing.record(try await store.transactions().filter { $0.state == .ongoing }.count)
            } catch {
                logger.warning("cannot count ongoing transactions: \(error)")
            }
        }
        do {
            let aborted = try await store.abortExpiredTransactions(nowMs: Int64(Date().timeIntervalSince1970 * 1000))
            for id in aborted { logger.info("aborted the transaction of '\(id)': it outlived its transaction.timeout.ms; its producer is fenced") }
            Self.timedOut.increment(by: aborted.count)
            return !aborted.isEmpty
        } catch {
            logger.warning("cannot abort expired transactions: \(error)")
            return false
        }
    }
}
