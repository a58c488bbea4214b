import Foundation
import KafkaProtocol
import Logging
import PostgresNIO

/// The production metadata store: PostgreSQL through a postgres-nio connection pool.
///
/// Migrations run at start under an advisory lock. A segment commit is one call of the SQL
/// function `fjord_commit` (see `PostgresSchema`), and concurrent commits are grouped into
/// one call by `GroupCommitter`. Connection failures surface as KAFKA_STORAGE_ERROR (which
/// clients retry) with a message naming the database.
public final class PostgresMetadataStore: MetadataStore {
    public let url: PostgresConnectionURL
    /// The pool of the server taking writes, for the control-plane service's own tables
    /// (keys, registry, group owners). It changes when a standby is promoted.
    public var client: PostgresClient { pool.client }
    private let pool: PostgresPrimaryPool
    private let committer: GroupCommitter
    public let logger: Logger

    /// Connects, waits until the database answers (up to `connectTimeout`) and applies migrations.
    /// `agentExpiry` is the registry's: a commit from an agent session silent for longer is
    /// refused (`AgentSession`). With several servers in `url`, it starts on the first that
    /// answers as `target_session_attrs` asks, and follows the primary (`PostgresPrimaryPool`).
    public init(
        url: PostgresConnectionURL, maxConnections: Int = 16, maxCommitsInFlight: Int = 4,
        connectTimeout: Duration = .seconds(10), agentExpiry: Duration = .seconds(10), logger: Logger = Logger(label: "fjord.postgres")
    ) async throws {
        self.url = url
        self.logger = logger
        do {
            let server = try await Self.firstServer(url, timeout: connectTimeout, logger: logger)
            self.pool = try PostgresPrimaryPool(url: url, server: server, maxConnections: maxConnections, logger: logger)
        } catch {
            throw Self.storageError(error, url: url.description, doing: "start")
        }
        self.committer = GroupCommitter(pool: pool, maxInFlight: maxCommitsInFlight, describe: url.description, agentsLiveWithin: agentExpiry)
        do {
            try await Self.waitUntilReachable(pool.client, timeout: connectTimeout)
            try await migrate()
        } catch {
            pool.shutdown()
            throw Self.storageError(error, url: url.description, doing: "start")
        }
    }

    deinit { pool.shutdown() }

    /// Closes the pool. In-flight calls fail.
    public func shutdown() { pool.shutdown() }

    /// With one server, that one (the pool waits for it). With several, the first that
    /// answers as `target_session_attrs` asks, tried again until `timeout`.
    private static func firstServer(_ url: PostgresConnectionURL, timeout: Duration, logger: Logger) async throws -> PostgresConnectionURL.Server {
        guard url.servers.count > 1 else { return url.servers[0] }
        let deadline = ContinuousClock.now + timeout
        while true {
            do {
                let (connection, server) = try await url.connect(id: 2, logger: logger)
                try? await connection.close()
                return server
            } catch {
                if ContinuousClock.now + .milliseconds(500) > deadline { throw error }
                try await Task.sleep(for: .milliseconds(500))
            }
        }
    }

    /// The pool retries connecting in the background; a first query bounded by `timeout`
    /// tells whether the database is there at all.
    private static func waitUntilReachable(_ client: PostgresClient, timeout: Duration) async throws {
        do {
            try await withDeadline(timeout) { _ = try await client.query("SELECT 1") }
        } catch is DeadlineExceeded {
            throw NoAnswer(timeout: timeout)
        }
    }

    /// Applies pending migrations in one transaction under `PostgresSchema.migrationLockKey`.
    private func migrate() async throws {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLockKey))", logger: self.logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS fjord_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", logger: self.logger)
            var applied = Set<Int32>()
            for try await version in try await connection.query("SELECT version FROM fjord_migrations", logger: self.logger).decode(Int32.self) {
                applied.insert(version)
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                }
                try await connection.query("INSERT INTO fjord_migrations (version) VALUES (\(migration.version))", logger: self.logger)
                self.logger.info("applied schema migration \(migration.version)")
            }
        }
    }

    /// Runs `body` in a transaction; errors thrown by `body` come out unwrapped.
    public func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: self.logger)
            do {
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: self.logger)
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    /// Runs a store operation, turning database failures into a KAFKA_STORAGE_ERROR that names the cause.
    func run<T>(_ operation: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw Self.storageError(error, url: url.description, doing: operation)
        }
    }

    static func storageError(_ error: any Error, url: String, doing operation: String) -> any Error {
        if error is ControlPlaneError || error is CancellationError { return error }
        if let error = error as? PSQLError {
            let detail = error.serverInfo?[.message] ?? "\(error.code)"
            return ControlPlaneError(.kafkaStorageError, "PostgreSQL \(url) failed to \(operation): \(detail)")
        }
        return ControlPlaneError(.kafkaStorageError, "PostgreSQL \(url) failed to \(operation): \(error)")
    }

    // MARK: MetadataStore

    public func clusterId() async throws -> String {
        try await run("read the cluster id") {
            let candidate = KafkaUUID.random().description
            let rows = try await client.query(
                """
                WITH inserted AS (INSERT INTO fjord_meta (key, value) VALUES ('cluster_id', \(candidate)) ON CONFLICT (key) DO NOTHING RETURNING value)
                SELECT value FROM inserted UNION ALL SELECT value FROM fjord_meta WHERE key = 'cluster_id' LIMIT 1
                """, logger: logger)
            for try await id in rows.decode(String.self) { return id }
            throw ControlPlaneError(.kafkaStorageError, "no cluster id in \(url)")
        }
    }

    public func commit(_ segment: SegmentCommit) async throws -> [BatchCommitResult] {
        try await run("commit segment \(segment.objectKey)") { try await committer.commit(segment) }
    }

    public func nextProducerId() async throws -> Int64 {
        try await run("allocate a producer id") {
            for try await id in try await client.query("SELECT nextval('fjord_producer_ids')", logger: logger).decode(Int64.self) { return id }
            throw ControlPlaneError(.kafkaStorageError, "nextval returned nothing")
        }
    }
}

private struct NoAnswer: Error, CustomStringConvertible {
    var timeout: Duration
    var description: String { "no answer within \(timeout) (is it running, and is the address right?)" }
}

extension KafkaUUID {
    /// The same 16 bytes as a Foundation UUID, PostgreSQL's uuid type.
    var foundationUUID: UUID {
        let h = mostSignificantBits.bigEndian
        let l = leastSignificantBits.bigEndian
        return withUnsafeBytes(of: (h, l)) { bytes in
            UUID(
                uuid: (
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                    bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
                ))
        }
    }

    init(_ uuid: UUID) {
        let bytes = withUnsafeBytes(of: uuid.uuid) { Array($0) }
        let high = bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = bytes[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        self.init(mostSignificantBits: high, leastSignificantBits: low)
    }
}
