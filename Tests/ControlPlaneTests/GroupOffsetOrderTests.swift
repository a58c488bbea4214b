import KafkaProtocol
import NIOCore
import Synchronization
import Testing

@testable import ControlPlane

/// A group's offset commits against its assignments, on the coordinator with a clock the test
/// moves and writes the test holds up. (The chaos campaign saw a committed offset go back: the
/// old owner's commit, checked under generation N, was still being written when generation
/// N+1's new owner fetched the offsets, and landed after.)
@Suite struct GroupOffsetOrderTests {
    final class Clock: Sendable {
        let now = Atomic<Int64>(0)
        func advance(_ ms: Int64) { now.add(ms, ordering: .relaxed) }
    }

    /// What happened, in order.
    actor Events {
        var seen: [String] = []
        func add(_ event: String) { seen.append(event) }
    }

    /// A write that signals when it starts and finishes only when opened.
    final class Gate: Sendable {
        let (started, startedContinuation) = AsyncStream<Void>.makeStream()
        let (opened, openedContinuation) = AsyncStream<Void>.makeStream()
        func write() async {
            startedContinuation.yield()
            for await _ in opened { return }
        }
        func open() { openedContinuation.finish() }
    }

    static func request(_ memberId: String) -> GroupStateMachine.JoinRequest {
        GroupStateMachine.JoinRequest(
            memberId: memberId, groupInstanceId: nil, clientId: "c", clientHost: "/127.0.0.1", sessionTimeoutMs: 10_000,
            rebalanceTimeoutMs: 30_000, protocolType: "consumer", protocols: [.init(name: "range", metadata: ByteBuffer())],
            requireKnownMemberId: true)
    }

    /// Joins a new member into an empty group: the first rebalance waits out the initial delay.
    static func joinAlone(_ coordinator: GroupCoordinator, _ clock: Clock) async throws -> (memberId: String, generation: Int32) {
        let memberId = await coordinator.join(groupId: "g", request("")).memberId
        let joining = Task { await coordinator.join(groupId: "g", request(memberId)) }
        while await coordinator.describe(groupId: "g")?.members.contains(where: { $0.memberId == memberId }) != true { await Task.yield() }
        clock.advance(1_000)
        await coordinator.tick()
        let joined = await joining.value
        try #require(joined.error == .none)
        return (memberId, joined.generation)
    }

    @Test func anAssignmentWaitsForTheCommitsQueuedBeforeIt() async throws {
        let clock = Clock()
        let coordinator = GroupCoordinator(nowMs: { clock.now.load(ordering: .relaxed) })
        let events = Events()
        let (old, first) = try await Self.joinAlone(coordinator, clock)
        let p4 = ByteBuffer(string: "partition 4")
        #expect(
            await coordinator.sync(groupId: "g", memberId: old, generation: first, assignments: [old: p4], protocolType: nil, protocolName: nil).error == .none)

        // The old owner commits; its write is held up (PostgreSQL restarting, say).
        let gate = Gate()
        let held = Task {
            try await coordinator.commitOffsets(groupId: "g", memberId: old, generation: first) {
                await gate.write()
                await events.add("old owner's offsets written")
            }
        }
        for await _ in gate.started { break }
        // A second commit queues behind it; by its turn the member is gone.
        let queued = Task {
            try await coordinator.commitOffsets(groupId: "g", memberId: old, generation: first) { await events.add("queued commit written") }
        }

        // The old owner's session expires, and a new member is given partition 4.
        clock.advance(10_001)
        await coordinator.tick()
        let (new, second) = try await Self.joinAlone(coordinator, clock)
        #expect(second > first)
        let assigned = Task {
            let result = await coordinator.sync(
                groupId: "g", memberId: new, generation: second, assignments: [new: p4], protocolType: nil, protocolName: nil)
            await events.add("new owner assigned")
            return result
        }
        try await Task.sleep(for: .milliseconds(200))
        #expect(await events.seen.isEmpty, "the assignment was answered while a commit from the last generation was still being written")

        gate.open()
        #expect(try await held.value == .none)
        #expect(try await queued.value == .unknownMemberId)
        #expect(await assigned.value.assignment == p4)
        #expect(await events.seen == ["old owner's offsets written", "new owner assigned"])
    }

    /// A write never answered (postgres-nio on a connection PostgreSQL's crash closed) is
    /// abandoned at its deadline, and the owner forgets the group, as the replicas do: the
    /// assignment waiting for it is then refused, so its member rejoins, under a new claim
    /// that fences the abandoned write, before it fetches offsets. (Chaos seed 8 × 300 s: the
    /// group waited on such a write for good, and never settled again.)
    @Test func anAbandonedWriteFreesTheGroupAndItsAssignmentIsRefused() async throws {
        let clock = Clock()
        let coordinator = GroupCoordinator(nowMs: { clock.now.load(ordering: .relaxed) })
        let (old, first) = try await Self.joinAlone(coordinator, clock)
        #expect(
            await coordinator.sync(groupId: "g", memberId: old, generation: first, assignments: [:], protocolType: nil, protocolName: nil).error == .none)
        let gate = Gate()
        defer { gate.open() }
        let abandoned = Task {
            try await coordinator.commitOffsets(groupId: "g", memberId: old, generation: first) {
                do {
                    try await withDeadline(.milliseconds(500)) { await gate.write() }
                } catch let error as DeadlineExceeded {
                    await coordinator.forget(groupId: "g")
                    throw error
                }
            }
        }
        for await _ in gate.started { break }
        clock.advance(10_001)
        await coordinator.tick()
        let (new, second) = try await Self.joinAlone(coordinator, clock)
        let assigned = await coordinator.sync(groupId: "g", memberId: new, generation: second, assignments: [:], protocolType: nil, protocolName: nil)
        #expect(assigned.error == .notCoordinator)
        await #expect(throws: DeadlineExceeded.self) { try await abandoned.value }
        // The group starts again; commits go on.
        let (again, third) = try await Self.joinAlone(coordinator, clock)
        #expect(
            await coordinator.sync(groupId: "g", memberId: again, generation: third, assignments: [:], protocolType: nil, protocolName: nil).error == .none)
        #expect(try await coordinator.commitOffsets(groupId: "g", memberId: again, generation: third) {} == .none)
    }

    /// A write that fails frees the queue: the next commit goes on.
    @Test func aFailedWriteDoesNotHoldUpTheGroup() async throws {
        struct Unreachable: Error {}
        let clock = Clock()
        let coordinator = GroupCoordinator(nowMs: { clock.now.load(ordering: .relaxed) })
        let (member, generation) = try await Self.joinAlone(coordinator, clock)
        // Joined, not yet synced: a commit is answered as Kafka answers it, and writes nothing.
        #expect(try await coordinator.commitOffsets(groupId: "g", memberId: member, generation: generation) { throw Unreachable() } == .rebalanceInProgress)
        #expect(
            await coordinator.sync(groupId: "g", memberId: member, generation: generation, assignments: [:], protocolType: nil, protocolName: nil).error
                == .none)
        await #expect(throws: Unreachable.self) {
            try await coordinator.commitOffsets(groupId: "g", memberId: member, generation: generation) { throw Unreachable() }
        }
        #expect(try await coordinator.commitOffsets(groupId: "g", memberId: member, generation: generation) {} == .none)
    }
}
