import Logging
import PostgresNIO

/// Turns PostgreSQL notifications into signals the `/v1/watermarks` streams follow:
/// `fjord_watermarks` (sent by `fjord_commit`) bumps `watermarks`, and `fjord_agents` (sent
/// when an agent joins or leaves the registry, API-managed ACLs change, or a topic is created,
/// deleted, grown or reconfigured, on whichever replica) calls `membershipChanged`, on which
/// every agent heartbeats and reloads the topics.
/// It reconnects forever; while it cannot listen, it bumps once a second so nothing waits
/// longer than that.
public struct ChangeFeed: Sendable {
    let url: PostgresConnectionURL
    let watermarks: WatermarkSignal
    let membershipChanged: @Sendable () -> Void
    let logger: Logger

    public init(url: PostgresConnectionURL, watermarks: WatermarkSignal, membershipChanged: @escaping @Sendable () -> Void, logger: Logger) {
        self.url = url
        self.watermarks = watermarks
        self.membershipChanged = membershipChanged
        self.logger = logger
    }

    public func run() async {
        while !Task.isCancelled {
            do {
                let (connection, _) = try await url.connect(id: 0, logger: logger)  // the primary: a standby hears no notifications
                defer { Task { try? await connection.close() } }
                let commits = try await connection.listen("fjord_watermarks")
                let agents = try await connection.listen("fjord_agents")
                // Anything that changed while we were not listening.
                watermarks.bump()
                membershipChanged()
                // Closing the connection ends both sequences, whether or not they watch for cancellation.
                try await withTaskCancellationHandler {
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { for try await _ in commits { watermarks.bump() } }
                        group.addTask { for try await _ in agents { membershipChanged() } }
                        defer { group.cancelAll() }
                        try await group.next()  // either sequence ending means the connection went
                    }
                } onCancel: {
                    connection.close().whenComplete { _ in }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning("not listening for commits and registry changes (\(error)); retrying")
            }
            watermarks.bump()
            try? await Task.sleep(for: .seconds(1))
        }
    }
}
