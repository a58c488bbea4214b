import Logging
import Metrics
import PostgresNIO
import Synchronization

/// The connection pool of the server that takes writes, following it when it moves.
///
/// With one server this is one postgres-nio pool. With several and `target_session_attrs`
/// `read-write` or `primary`, a watch checks the pool's server every `watchInterval`; when it
/// stops answering, or answers as a standby, the watch looks for the server that takes writes
/// (`PostgresConnectionURL.connect`) and, if that is another one, moves to a fresh pool there.
/// Calls on the old pool fail, and callers retry them as after any connection loss. The watch
/// never moves away from a server that still takes writes, so a restarted old primary that
/// still thinks it is one does not draw the pool back.
final class PostgresPrimaryPool: Sendable {
    private struct Current {
        var server: PostgresConnectionURL.Server
        var client: PostgresClient
        var runner: Task<Void, Never>
    }

    let url: PostgresConnectionURL
    private let maxConnections: Int
    private let logger: Logger
    private let current: Mutex<Current>
    private let watch: Mutex<Task<Void, Never>?> = Mutex(nil)
    private static let moves = Counter(label: "fjord_postgres_primary_moves_total")

    /// The pool of the server currently taken for the primary.
    var client: PostgresClient { current.withLock { $0.client } }

    /// That server.
    var server: PostgresConnectionURL.Server { current.withLock { $0.server } }

    /// Starts a pool on `server`, and the watch if the URL lists several servers and asks for
    /// a writable one.
    init(url: PostgresConnectionURL, server: PostgresConnectionURL.Server, maxConnections: Int, watchInterval: Duration = .seconds(1), logger: Logger)
        throws
    {
        self.url = url
        self.maxConnections = maxConnections
        self.logger = logger
        self.current = Mutex(try Self.start(url: url, server: server, maxConnections: maxConnections, logger: logger))
        if url.servers.count > 1 && url.requiresPrimary {
            watch.withLock { $0 = Task { [weak self] in await self?.watch(every: watchInterval) } }
        }
    }

    deinit { shutdown() }

    /// Closes the pool and stops the watch. In-flight calls fail.
    func shutdown() {
        watch.withLock { $0?.cancel() }
        current.withLock { $0.runner.cancel() }
    }

    private static func start(url: PostgresConnectionURL, server: PostgresConnectionURL.Server, maxConnections: Int, logger: Logger) throws -> Current {
        var configuration = try url.clientConfiguration(server)
        configuration.options.maximumConnections = maxConnections
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        return Current(server: server, client: client, runner: Task { await client.run() })
    }

    private func watch(every interval: Duration) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if Task.isCancelled { return }
            if await currentTakesWrites(within: interval * 2) { continue }
            do {
                let (connection, found) = try await url.connect(id: 2, logger: logger)
                try? await connection.close()
                try move(to: found)
            } catch {
                logger.warning("PostgreSQL primary \(server) is not answering as one, and no other server takes writes: \(error)")
            }
        }
    }

    /// Whether the current pool's server answers, within `limit`, as one that takes writes.
    private func currentTakesWrites(within limit: Duration) async -> Bool {
        let client = client
        let logger = logger
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    let rows = try await client.query(
                        "SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off'", logger: logger)
                    for try await writable in rows.decode(Bool.self) { return writable }
                    return false
                } catch {
                    return false
                }
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return false
            }
            defer { group.cancelAll() }
            return await group.next() ?? false
        }
    }

    private func move(to server: PostgresConnectionURL.Server) throws {
        let fresh = try Self.start(url: url, server: server, maxConnections: maxConnections, logger: logger)
        let old = current.withLock { current -> Current? in
            guard current.server != server else { return nil }
            defer { current = fresh }
            return current
        }
        guard let old else {
            fresh.runner.cancel()
            return
        }
        Self.moves.increment()
        logger.warning("PostgreSQL primary moved from \(old.server) to \(server); calls on the old pool fail and are retried")
        old.runner.cancel()
    }
}
