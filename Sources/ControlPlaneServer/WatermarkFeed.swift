import ControlPlane
import Logging
import PostgresNIO

/// Turns the `fjord_watermarks` notifications that `fjord_commit` sends into bumps of a
/// `WatermarkSignal`, which the `/v1/watermarks` streams follow. It reconnects forever; while
/// it cannot listen, it bumps once a second so nothing waits longer than that.
struct WatermarkFeed {
    let url: PostgresConnectionURL
    let signal: WatermarkSignal
    let logger: Logger

    func run() async {
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(configuration: url.connectionConfiguration, id: 0, logger: logger)
                defer { Task { try? await connection.close() } }
                let notifications = try await connection.listen("fjord_watermarks")
                signal.bump()  // anything committed while we were not listening
                for try await _ in notifications { signal.bump() }
            } catch {
                if Task.isCancelled { return }
                logger.warning("not listening for commits (\(error)); retrying")
            }
            signal.bump()
            try? await Task.sleep(for: .seconds(1))
        }
    }
}
