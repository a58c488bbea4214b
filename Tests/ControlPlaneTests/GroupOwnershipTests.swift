import Logging
import Testing

@testable import ControlPlane
@testable import ControlPlaneServer

@Suite(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
struct GroupOwnershipTests {
    /// Many first calls at once share one lock connection (opening one each, and dropping all
    /// but the last unclosed, crashed replicas), and every group is claimed once.
    @Test func concurrentFirstClaimsShareOneConnection() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)  // applies the schema
            defer { store.shutdown() }
            let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
            let ownership = GroupOwnership(url: url, replicaId: "r1", coordinator: GroupCoordinator(), logger: quiet)
            let answers = try await withThrowingTaskGroup(of: GroupOwnership.Answer.self) { group in
                for index in 0..<32 { group.addTask { try await ownership.owner(of: "g\(index % 8)") } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.allSatisfy { $0 == .mine })
            let rival = GroupOwnership(url: url, replicaId: "r2", coordinator: GroupCoordinator(), logger: quiet)
            #expect(try await rival.owner(of: "g3") == .elsewhere(nil))  // r1 holds it (r1 has no registered URL)
            await ownership.release()
            #expect(try await rival.owner(of: "g3") == .mine)
            await rival.release()
        }
    }

    /// The lock connection's backend dies (as when PostgreSQL crashes and restarts): the
    /// replica must stop answering `.mine` for its groups at once, and its check must end
    /// (before the fix, `check` waited forever on a query postgres-nio never sent, which
    /// stalled the replica's whole housekeeping loop, and the replica went on coordinating
    /// groups whose locks a rival had taken: the chaos harness saw committed offsets go back).
    @Test func aLostLockConnectionIsNoticedAndTheGroupMoves() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
            let ownership = GroupOwnership(url: url, replicaId: "r1", coordinator: GroupCoordinator(), logger: quiet)
            let rival = GroupOwnership(url: url, replicaId: "r2", coordinator: GroupCoordinator(), logger: quiet)
            #expect(try await ownership.owner(of: "g") == .mine)
            #expect(try await rival.owner(of: "g") == .elsewhere(nil))
            // Every backend holding an advisory lock in this test's database is the lock connection.
            try await store.client.query(
                """
                SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                """)
            try await Task.sleep(for: .milliseconds(300))  // the terminated backend's close reaches the client
            let checked = ContinuousClock.now
            await ownership.check()
            #expect(checked.duration(to: .now) < .seconds(6))
            #expect(try await rival.owner(of: "g") == .mine)
            #expect(try await ownership.owner(of: "g") == .elsewhere(nil))
            // Its offset writes are fenced: the row names r2 now.
            let partition = TopicPartitionName(topic: "t", partition: 0)
            #expect(try await store.commitOffsets(group: "g", [partition: CommittedOffset(offset: 1483)], ifCoordinatedBy: "r2"))
            #expect(try await !store.commitOffsets(group: "g", [partition: CommittedOffset(offset: 522)], ifCoordinatedBy: "r1"))
            #expect(try await store.committedOffsets(group: "g")[partition]?.offset == 1483)
            await ownership.release()
            await rival.release()
        }
    }
}
