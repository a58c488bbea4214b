import Logging
import PostgresNIO

/// Which replica coordinates each consumer group, through PostgreSQL advisory locks.
///
/// A replica that is asked about a group tries the group's advisory lock on its own dedicated
/// connection. Holding it makes the replica the coordinator; the lock lives as long as that
/// connection, so when a replica dies (or loses PostgreSQL) its locks are released and the
/// next replica asked takes its groups over. Members then find their old member ids unknown
/// and rejoin, well within the session timeout.
public actor GroupOwnership {
    public enum Answer: Equatable, Sendable {
        case mine
        /// Another replica holds the lock; its URL when known.
        case elsewhere(String?)
    }

    private let url: PostgresConnectionURL
    private let replicaId: String
    private let coordinator: GroupCoordinator
    private let logger: Logger
    private var connection: PostgresConnection?
    /// The connect in progress: concurrent callers (the actor is re-entered at every await)
    /// share it instead of each opening, and dropping, a connection of their own.
    private var connecting: Task<PostgresConnection, any Error>?
    /// The groups this replica coordinates, with the claim number each was taken under.
    private var owned: [String: Int64] = [:]

    public init(url: PostgresConnectionURL, replicaId: String, coordinator: GroupCoordinator, logger: Logger) {
        self.url = url
        self.replicaId = replicaId
        self.coordinator = coordinator
        self.logger = logger
    }

    /// Whether this replica coordinates `group`, claiming it when no replica does.
    public func owner(of group: String) async throws -> Answer {
        if owned[group] != nil {
            // The locks live with the connection: once it has closed (PostgreSQL restarted, say)
            // they are gone, and another replica may hold this group already.
            if let connection, !connection.isClosed { return .mine }
            await lost("lock connection closed")
        }
        let connection = try await lockConnection()
        let acquired = try await Self.bounded(connection) { connection in
            var acquired = false
            for try await got in try await connection.query("SELECT pg_try_advisory_lock(\(Self.lockKey(group)))", logger: self.logger).decode(Bool.self) {
                acquired = got
            }
            return acquired
        }
        if acquired {
            // A new claim number fences the offset writes of every earlier claim, this
            // replica's own included: the update waits for a write in progress (it holds the
            // row FOR SHARE), and a write that arrives later finds another number.
            let claim: Int64
            do { claim = try await claimRow(group, on: connection) } catch {
                // Session locks stack: a claim asked again would otherwise hold it twice.
                _ = try? await Self.bounded(connection) { connection in
                    try await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey(group)))", logger: self.logger)
                }
                throw error
            }
            owned[group] = claim
            logger.info("coordinating consumer group \(group) (claim \(claim))")
            return .mine
        }
        return try await Self.bounded(connection) { connection in
            for try await owner in try await connection.query(
                """
                SELECT c.url FROM group_owners g JOIN control_planes c ON c.replica_id = g.replica_id
                WHERE g.group_id = \(group) AND g.replica_id <> \(self.replicaId)
                """, logger: self.logger
            ).decode(String.self) {
                return .elsewhere(owner)
            }
            return .elsewhere(nil)
        }
    }

    /// Names this replica the group's owner under a new claim number, and returns it.
    private func claimRow(_ group: String, on connection: PostgresConnection) async throws -> Int64 {
        try await Self.bounded(connection) { connection in
            for try await claim in try await connection.query(
                """
                INSERT INTO group_owners (group_id, replica_id, claim) VALUES (\(group), \(self.replicaId), 1)
                ON CONFLICT (group_id) DO UPDATE SET replica_id = EXCLUDED.replica_id, since = now(), claim = group_owners.claim + 1
                RETURNING claim
                """, logger: self.logger
            ).decode(Int64.self) {
                return claim
            }
            throw ControlPlaneError(.coordinatorNotAvailable, "claiming consumer group \(group) returned no claim")
        }
    }

    /// The claim number this replica coordinates `group` under; nil when it does not.
    public func claim(of group: String) -> Int64? { owned[group] }

    /// Gives up `group`: its offsets write found another claim in force (the lock was lost
    /// and taken before this replica noticed), or a write was abandoned unanswered and must
    /// be fenced by a new claim before the group goes on. The next call asks the lock again.
    public func relinquish(_ group: String, because reason: String) async {
        guard owned.removeValue(forKey: group) != nil else { return }
        logger.warning("no longer coordinating consumer group \(group): \(reason)")
        if let connection, !connection.isClosed {
            _ = try? await Self.bounded(connection) { connection in
                try await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey(group)))", logger: self.logger)
            }
        }
    }

    /// Runs `body` on the lock connection, failing after 5 s. postgres-nio never answers a
    /// query written to a connection that has just closed (the write fails with no one told),
    /// so an await on it alone can hang for good; this one closes the connection and throws.
    private static func bounded<T: Sendable>(
        _ connection: PostgresConnection, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        do {
            return try await withDeadline(.seconds(5)) { try await body(connection) }
        } catch is DeadlineExceeded {
            try? await connection.close()
            throw ControlPlaneError(.coordinatorNotAvailable, "the consumer-group lock connection did not answer within 5 s")
        }
    }

    /// Checks the lock connection; when it is gone, so are the locks: forget every group.
    /// A connection that does not answer within 5 s (a half-open socket after a network
    /// fault) is closed, so no claim hangs on it.
    public func check() async {
        guard let connection else { return }
        guard !connection.isClosed else { return await lost("lock connection closed") }
        do {
            try await Self.bounded(connection) { connection in _ = try await connection.query("SELECT 1", logger: self.logger) }
        } catch {
            await lost("lock connection failed: \(error)")
        }
    }

    /// Closes the lock connection, handing every group to the other replicas.
    ///
    /// The locks are dropped explicitly first: closing alone lets the server's backend exit
    /// (and free them) some time after the close returns, so a rival asked at once could
    /// still find the group taken.
    public func release() async {
        let old = connection
        connection = nil
        owned.removeAll()
        guard let old, !old.isClosed else { return }
        _ = try? await Self.bounded(old) { connection in try await connection.query("SELECT pg_advisory_unlock_all()", logger: self.logger) }
        try? await old.close()
    }

    /// State changes before the first await, so a call re-entering meanwhile sees them.
    private func lost(_ reason: String) async {
        guard let old = connection else { return }
        logger.warning("lost consumer-group ownership (\(owned.count) groups): \(reason)")
        connection = nil
        owned.removeAll()
        try? await old.close()
        await coordinator.forgetAll()
    }

    private func lockConnection() async throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        if connection != nil { await lost("lock connection closed") }
        if let connecting { return try await connecting.value }
        let url = url
        let logger = logger
        // The primary's: advisory locks taken on a standby would guard nothing.
        let task = Task { try await url.connect(id: 1, logger: logger).0 }  // id: for postgres-nio's logs
        connecting = task
        defer { connecting = nil }
        let fresh = try await task.value
        connection = fresh
        return fresh
    }

    /// A 64-bit lock key per group (FNV-1a), in a space no other lock of Fjord's uses.
    static func lockKey(_ group: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "fjord.group:\(group)".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: hash)
    }
}
