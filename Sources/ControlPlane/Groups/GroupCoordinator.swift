import KafkaProtocol
import Logging
import NIOCore

private let processStart = ContinuousClock.now

/// Runs every group's `GroupStateMachine`: parks JoinGroup and SyncGroup callers until their
/// answer comes out of the state machine, and ticks the machines so sessions expire.
///
/// It also orders a group's offset commits against its assignments: each commit is checked
/// and written in arrival order, one at a time per group, and a SyncGroup answer (after which
/// a member fetches its partitions' offsets) waits for every commit queued before it. Without
/// that, a commit checked under generation N and held up in its write could land after
/// generation N+1's new owner had read the offsets, setting the group's committed offset back.
public actor GroupCoordinator: GroupCoordination {
    public typealias JoinResult = GroupStateMachine.JoinResult
    public typealias SyncResult = GroupStateMachine.SyncResult

    private var groups: [String: GroupStateMachine] = [:]
    private var joinWaiters: [String: [String: CheckedContinuation<JoinResult, Never>]] = [:]
    private var syncWaiters: [String: [String: CheckedContinuation<SyncResult, Never>]] = [:]
    /// Set by `shutDown`: every join and sync is answered NOT_COORDINATOR.
    private var closed = false
    /// A group's offset commits, checked and written one at a time (`commitOffsets`).
    private let offsetWrites = OrderedByKey()
    private let configuration: GroupStateMachine.Configuration
    private let nowMs: @Sendable () -> Int64

    /// - Parameter nowMs: the clock, injected so tests can drive time.
    public init(configuration: GroupStateMachine.Configuration = .init(), nowMs: @escaping @Sendable () -> Int64 = GroupCoordinator.monotonicMs) {
        self.configuration = configuration
        self.nowMs = nowMs
    }

    /// Milliseconds on the monotonic clock since the process started.
    public static let monotonicMs: @Sendable () -> Int64 = {
        processStart.duration(to: .now).milliseconds
    }

    private func machine(_ groupId: String) -> GroupStateMachine {
        if let existing = groups[groupId], existing.phase != .dead { return existing }
        return GroupStateMachine(groupId: groupId, configuration: configuration)
    }

    public func join(groupId: String, _ request: GroupStateMachine.JoinRequest) async -> JoinResult {
        guard !closed else { return .failure(.notCoordinator, memberId: request.memberId) }
        var group = machine(groupId)
        let (memberId, actions) = group.join(request, nowMs: nowMs(), memberUUID: KafkaUUID.random())
        groups[groupId] = group
        if let immediate = run(actions, groupId: groupId, for: .joining(memberId)).join { return immediate }
        return await withCheckedContinuation { continuation in
            if let previous = joinWaiters[groupId, default: [:]].updateValue(continuation, forKey: memberId) {
                previous.resume(
                    returning: .init(
                        error: .rebalanceInProgress, generation: -1, protocolType: nil, protocolName: nil, leader: "", memberId: memberId, members: []))
            }
        }
    }

    /// Answers once the member's assignment is known and every offset commit queued for the
    /// group before that has been written or refused, so the offsets the member fetches next
    /// are the last ones its partitions' previous owners committed.
    public func sync(
        groupId: String, memberId: String, generation: Int32, assignments: [String: ByteBuffer],
        protocolType: String?, protocolName: String?
    ) async -> SyncResult {
        let result = await assignment(
            groupId: groupId, memberId: memberId, generation: generation, assignments: assignments, protocolType: protocolType,
            protocolName: protocolName)
        guard result.error == .none else { return result }
        await offsetWrites.barrier(groupId)
        // A write abandoned meanwhile made the group forgotten here (`forget`): the member
        // must rejoin under a new claim, which fences that write, before it fetches offsets.
        guard !closed, let group = groups[groupId] else {
            return SyncResult(error: .notCoordinator, assignment: ByteBuffer(), protocolType: nil, protocolName: nil)
        }
        guard group.generation == generation, group.members.contains(where: { $0.memberId == memberId }) else {
            return SyncResult(error: .rebalanceInProgress, assignment: ByteBuffer(), protocolType: nil, protocolName: nil)
        }
        return result
    }

    private func assignment(
        groupId: String, memberId: String, generation: Int32, assignments: [String: ByteBuffer],
        protocolType: String?, protocolName: String?
    ) async -> SyncResult {
        guard !closed else { return SyncResult(error: .notCoordinator, assignment: ByteBuffer(), protocolType: nil, protocolName: nil) }
        var group = machine(groupId)
        let actions = group.sync(
            memberId: memberId, generation: generation, assignments: assignments,
            protocolType: protocolType, protocolName: protocolName, nowMs: nowMs())
        groups[groupId] = group
        if let immediate = run(actions, groupId: groupId, for: .syncing(memberId)).sync { return immediate }
        return await withCheckedContinuation { continuation in
            if let previous = syncWaiters[groupId, default: [:]].updateValue(continuation, forKey: memberId) {
                previous.resume(returning: SyncResult(error: .rebalanceInProgress, assignment: ByteBuffer(), protocolType: nil, protocolName: nil))
            }
        }
    }

    public func heartbeat(groupId: String, memberId: String, generation: Int32) -> KafkaErrorCode {
        guard var group = groups[groupId] else { return .unknownMemberId }
        let error = group.heartbeat(memberId: memberId, generation: generation, nowMs: nowMs())
        groups[groupId] = group
        return error
    }

    public func leave(groupId: String, memberIds: [String]) -> [String: KafkaErrorCode] {
        guard var group = groups[groupId] else { return Dictionary(uniqueKeysWithValues: memberIds.map { ($0, .unknownMemberId) }) }
        let (errors, actions) = group.leave(memberIds: memberIds, nowMs: nowMs())
        groups[groupId] = group
        _ = run(actions, groupId: groupId, for: .none)
        return errors
    }

    /// OffsetCommit: checks the member and generation, then runs `write` (which stores the
    /// offsets, or throws), in arrival order and one at a time per group. The check waits for
    /// the commits queued before it, so a commit that arrives as its generation ends is checked
    /// against the group as its write would find it.
    public func commitOffsets(
        groupId: String, memberId: String, generation: Int32, write: @escaping @Sendable () async throws -> Void
    ) async throws -> KafkaErrorCode {
        try await offsetWrites.run(groupId) {
            let error = await self.validateOffsetCommit(groupId: groupId, memberId: memberId, generation: generation)
            if error == .none { try await write() }
            return error
        }
    }

    public func validateOffsetCommit(groupId: String, memberId: String, generation: Int32) -> KafkaErrorCode {
        var group = machine(groupId)
        let error = group.validateOffsetCommit(memberId: memberId, generation: generation, nowMs: nowMs())
        if groups[groupId] != nil { groups[groupId] = group }
        return error
    }

    /// Deletes an empty group's state. The caller deletes its committed offsets.
    public func delete(groupId: String) -> KafkaErrorCode {
        guard var group = groups[groupId] else { return .none }
        let error = group.markDead()
        if error == .none { groups[groupId] = nil }
        return error
    }

    public func describe(groupId: String) -> GroupSummary? {
        guard let group = groups[groupId], group.phase != .dead else { return nil }
        return GroupSummary(group)
    }

    public func listGroups() -> [GroupSummary] { groups.values.filter { $0.phase != .dead }.map(GroupSummary.init) }

    /// Forgets every group and answers every later join and sync NOT_COORDINATOR: the
    /// replica is shutting down, and the members rejoin through another.
    public func shutDown() {
        closed = true
        forgetAll()
    }

    /// Forgets every group, answering parked callers with NOT_COORDINATOR (their members
    /// rejoin): the owner lost its claim on them.
    public func forgetAll() {
        for (groupId, _) in groups { resumeWaiters(groupId) }
        groups.removeAll()
    }

    /// Forgets one group the same way: its owner gave it up.
    public func forget(groupId: String) {
        resumeWaiters(groupId)
        groups[groupId] = nil
    }

    private func resumeWaiters(_ groupId: String) {
        for (memberId, waiter) in joinWaiters.removeValue(forKey: groupId) ?? [:] { waiter.resume(returning: .failure(.notCoordinator, memberId: memberId)) }
        for (_, waiter) in syncWaiters.removeValue(forKey: groupId) ?? [:] {
            waiter.resume(returning: SyncResult(error: .notCoordinator, assignment: ByteBuffer(), protocolType: nil, protocolName: nil))
        }
    }

    /// Expires members and completes overdue rebalances; the owner calls this periodically.
    public func tick() {
        let now = nowMs()
        for groupId in Array(groups.keys) {
            guard var group = groups[groupId] else { continue }
            let actions = group.tick(nowMs: now)
            groups[groupId] = group
            _ = run(actions, groupId: groupId, for: .none)
        }
    }

    /// Who is running the actions: a joining or syncing member takes the answer addressed to
    /// it instead of waiting for it; nobody else's is held back.
    private enum Caller {
        case joining(String)
        case syncing(String)
        case none
    }

    /// Runs actions: resumes the waiting members they answer, and returns the caller's answer.
    private func run(_ actions: [GroupStateMachine.Action], groupId: String, for caller: Caller) -> (join: JoinResult?, sync: SyncResult?) {
        var join: JoinResult?
        var sync: SyncResult?
        for action in actions {
            switch (action, caller) {
            case (.respondToJoin(let memberId, let result), .joining(let me)) where memberId == me && join == nil:
                join = result
            case (.respondToSync(let memberId, let result), .syncing(let me)) where memberId == me && sync == nil:
                sync = result
            case (.respondToJoin(let memberId, let result), _):
                joinWaiters[groupId]?.removeValue(forKey: memberId)?.resume(returning: result)
            case (.respondToSync(let memberId, let result), _):
                syncWaiters[groupId]?.removeValue(forKey: memberId)?.resume(returning: result)
            }
        }
        return (join, sync)
    }
}
