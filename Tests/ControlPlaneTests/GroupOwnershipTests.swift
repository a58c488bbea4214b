import Logging
import NIOCore
import Testing

@testable import ControlPlane
@testable import ControlPlaneRPC
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
            let lostClaim = try #require(await ownership.claim(of: "g"))
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
            let claim = try #require(await rival.claim(of: "g"))
            #expect(claim > lostClaim)
            #expect(try await store.commitOffsets(group: "g", [partition: CommittedOffset(offset: 1483)], ifCoordinatedBy: "r2", claim: claim))
            #expect(try await !store.commitOffsets(group: "g", [partition: CommittedOffset(offset: 522)], ifCoordinatedBy: "r1", claim: lostClaim))
            #expect(try await store.committedOffsets(group: "g")[partition]?.offset == 1483)
            await ownership.release()
            await rival.release()
        }
    }

    /// A group claimed again, by the same replica too, refuses the writes made under the
    /// earlier claim: a write abandoned unanswered cannot land after its group went on.
    @Test func aNewClaimFencesTheWritesOfEarlierOnes() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
            let ownership = GroupOwnership(url: url, replicaId: "r1", coordinator: GroupCoordinator(), logger: quiet)
            let partition = TopicPartitionName(topic: "t", partition: 0)
            #expect(try await ownership.owner(of: "g") == .mine)
            let first = try #require(await ownership.claim(of: "g"))
            #expect(try await store.commitOffsets(group: "g", [partition: CommittedOffset(offset: 10)], ifCoordinatedBy: "r1", claim: first))
            await ownership.relinquish("g", because: "a test")
            #expect(await ownership.claim(of: "g") == nil)
            #expect(try await ownership.owner(of: "g") == .mine)
            let second = try #require(await ownership.claim(of: "g"))
            #expect(second == first + 1)
            #expect(try await !store.commitOffsets(group: "g", [partition: CommittedOffset(offset: 5)], ifCoordinatedBy: "r1", claim: first))
            #expect(try await store.commitOffsets(group: "g", [partition: CommittedOffset(offset: 20)], ifCoordinatedBy: "r1", claim: second))
            #expect(try await store.committedOffsets(group: "g")[partition]?.offset == 20)
            await ownership.release()
        }
    }

    /// An offset write PostgreSQL does not answer in time is abandoned: the commit is refused
    /// with NOT_COORDINATOR, and the replica gives the group up and forgets it, so its members
    /// rejoin. The claim that takes the group again waits for the abandoned write if it is
    /// still running (it lands first), and fences it if it arrives later.
    @Test func anOffsetWriteUnansweredInTimeIsAbandonedAndFenced() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            var configuration = ControlPlaneService.Configuration()
            configuration.offsetWriteTimeout = .seconds(1)
            let service = ControlPlaneService(store: store, configuration: configuration, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            let member = try await Self.joinAlone("g", service)
            let claim = try #require(await service.ownership.claim(of: "g"))
            let partition = TopicPartitionName(topic: "t", partition: 0)
            let holder = try await RowLockHolder.lock(groupOwner: "g", url: url)
            defer { holder.close() }

            let started = ContinuousClock.now
            await #expect(throws: RPC.Failure.self) {
                try await service.commitGroupOffsets(
                    .init(groupId: "g", memberId: member.memberId, generation: member.generation, offsets: [partition: CommittedOffset(offset: 7)]))
            }
            #expect(started.duration(to: .now) < .seconds(5))
            #expect(await service.ownership.claim(of: "g") == nil)
            #expect(await service.coordinator.describe(groupId: "g") == nil)

            // A member rejoins: the new claim queues behind the abandoned write.
            let reclaim = Task { try await service.ownership.owner(of: "g") }
            try await holder.waitForWaiters(2)
            try await holder.release()
            #expect(try await reclaim.value == .mine)
            #expect(await service.ownership.claim(of: "g") == claim + 1)
            #expect(try await store.committedOffsets(group: "g")[partition]?.offset == 7)
            // Had it arrived after the claim, it would have written nothing.
            #expect(try await !store.commitOffsets(group: "g", [partition: CommittedOffset(offset: 3)], ifCoordinatedBy: service.replicaId, claim: claim))
            await service.ownership.release()
        }
    }

    /// Joins one member into `group` on `service`'s coordinator, claiming the group.
    static func joinAlone(_ group: String, _ service: ControlPlaneService) async throws -> (memberId: String, generation: Int32) {
        let request = { (memberId: String) in
            GroupStateMachine.JoinRequest(
                memberId: memberId, groupInstanceId: nil, clientId: "c", clientHost: "/127.0.0.1", sessionTimeoutMs: 30_000,
                rebalanceTimeoutMs: 30_000, protocolType: "consumer", protocols: [.init(name: "range", metadata: ByteBuffer())],
                requireKnownMemberId: true)
        }
        let memberId = try await service.coordinating(group) { await $0.join(groupId: group, request("")) }.memberId
        let joining = Task { try await service.coordinating(group) { await $0.join(groupId: group, request(memberId)) } }
        for _ in 0..<100 {
            try await Task.sleep(for: .milliseconds(100))
            await service.coordinator.tick()  // completes the first rebalance once its initial delay is over
            if await service.coordinator.describe(groupId: group)?.phase == .completingRebalance { break }
        }
        let joined = try await joining.value
        try #require(joined.error == .none)
        let synced = await service.coordinator.sync(
            groupId: group, memberId: memberId, generation: joined.generation, assignments: [:], protocolType: nil, protocolName: nil)
        try #require(synced.error == .none)
        return (memberId, joined.generation)
    }
}
