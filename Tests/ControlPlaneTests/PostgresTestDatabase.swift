import Foundation
import KafkaLog
import Logging
import PostgresNIO
import Testing

@testable import ControlPlane

/// A fresh database per test on the PostgreSQL that `Infra/dev/test.sh` starts
/// (`FJORD_TEST_POSTGRES_URL`), dropped afterwards. Tests using it are skipped without it.
enum PostgresTestDatabase {
    static let adminURL = ProcessInfo.processInfo.environment["FJORD_TEST_POSTGRES_URL"]

    static var available: Bool { adminURL != nil }

    static func with<T>(_ body: (PostgresConnectionURL) async throws -> T) async throws -> T {
        let admin = try PostgresConnectionURL(adminURL!)
        let name = "fjord_test_\(UUID().uuidString.prefix(8).lowercased())"
        try await execute("CREATE DATABASE \(name)", on: admin)
        var url = admin
        url.database = name
        do {
            let result = try await body(url)
            try await execute("DROP DATABASE \(name) WITH (FORCE)", on: admin)
            return result
        } catch {
            try? await execute("DROP DATABASE \(name) WITH (FORCE)", on: admin)
            throw error
        }
    }

    private static func execute(_ sql: String, on url: PostgresConnectionURL) async throws {
        let connection = try await PostgresConnection.connect(configuration: url.connectionConfiguration(), id: 1, logger: .init(label: "test"))
        defer { Task { try? await connection.close() } }
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: .init(label: "test"))
    }
}

/// A connection holding one row's lock in an open transaction, so that the statements that
/// need that row (commits and transaction ends on a partition, an agent's heartbeat) queue
/// behind it in the order a test chooses.
struct RowLockHolder {
    let connection: PostgresConnection
    let logger = Logger(label: "lock-holder")

    /// Holds a partition's row.
    static func lock(_ partition: TopicPartitionID, url: PostgresConnectionURL) async throws -> RowLockHolder {
        try await lock(
            "SELECT 1 FROM partitions WHERE topic_id = \(partition.topicId.foundationUUID) AND partition = \(partition.partition) FOR UPDATE", url: url)
    }

    /// Holds an agent's registry row.
    static func lock(agent agentId: String, url: PostgresConnectionURL) async throws -> RowLockHolder {
        try await lock("SELECT 1 FROM agents WHERE agent_id = \(agentId) FOR UPDATE", url: url)
    }

    /// Holds a consumer group's `group_owners` row, as a claim in progress does.
    static func lock(groupOwner group: String, url: PostgresConnectionURL) async throws -> RowLockHolder {
        try await lock("SELECT 1 FROM group_owners WHERE group_id = \(group) FOR UPDATE", url: url)
    }

    private static func lock(_ query: PostgresQuery, url: PostgresConnectionURL) async throws -> RowLockHolder {
        let holder = RowLockHolder(
            connection: try await PostgresConnection.connect(configuration: url.connectionConfiguration(), id: 1, logger: Logger(label: "lock-holder")))
        try await holder.connection.query("BEGIN", logger: holder.logger)
        try await holder.connection.query(query, logger: holder.logger)
        return holder
    }

    /// Waits until `count` backends of this database wait for a lock (at most 10 s).
    func waitForWaiters(_ count: Int64) async throws {
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

    /// Commits the holder's transaction: the waiters go on.
    func release() async throws { try await connection.query("COMMIT", logger: logger) }

    func close() {
        let connection = connection
        Task { try? await connection.close() }
    }
}
