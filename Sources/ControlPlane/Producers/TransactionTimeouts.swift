import Foundation
import Logging
import Metrics

/// The coordinator's timeout sweep, run every second by the playground and by every
/// control-plane replica (each abort locks its transactional id, so replicas never collide).
public enum TransactionTimeouts {
    static let timedOut = Counter(label: "fjord_transactions_timed_out_total")

    /// One pass: aborts what has outlived its transaction.timeout.ms, and says so.
    public static func abortExpired(_ abort: (Int64) async throws -> [String], logger: Logger) async {
        do {
            let aborted = try await abort(Int64(Date().timeIntervalSince1970 * 1000))
            for id in aborted { logger.info("aborted the transaction of '\(id)': it outlived its transaction.timeout.ms; its producer is fenced") }
            timedOut.increment(by: aborted.count)
        } catch {
            logger.warning("cannot abort expired transactions: \(error)")
        }
    }
}
