import KafkaProtocol
import NIOCore

/// One classic consumer group (JoinGroup / SyncGroup / Heartbeat / LeaveGroup), as a pure
/// state machine: events go in with the current time, actions (responses to send) come out.
/// No sockets, no clocks, no tasks: the owner runs the actions (see `GroupCoordinator`).
///
/// Phases follow Kafka's: Empty -> PreparingRebalance -> CompletingRebalance -> Stable.
public struct GroupStateMachine: Sendable {
    public enum Phase: String, Sendable, Codable {
        case empty = "Empty"
        case preparingRebalance = "PreparingRebalance"
        case completingRebalance = "CompletingRebalance"
        case stable = "Stable"
        case dead = "Dead"
    }

    public struct Configuration: Sendable {
        /// Delay before the first rebalance of an empty group completes, so members starting
        /// together land in one generation (Kafka's group.initial.rebalance.delay.ms).
        public var initialRebalanceDelayMs: Int64 = 1000
        public var minSessionTimeoutMs: Int32 = 1000
        public var maxSessionTimeoutMs: Int32 = 1_800_000
        public init() {}
    }

    public struct MemberProtocol: Hashable, Sendable, Codable {
        public var name: String
        public var metadata: ByteBuffer
        public init(name: String, metadata: ByteBuffer) {
            self.name = name
            self.metadata = metadata
        }
    }

    public struct Member: Hashable, Sendable {
        public var memberId: String
        public var groupInstanceId: String?
        public var clientId: String
        public var clientHost: String
        public var sessionTimeoutMs: Int32
        public var rebalanceTimeoutMs: Int32
        public var protocols: [MemberProtocol]
        public var assignment = ByteBuffer()
        var lastSeenMs: Int64
        /// Has a JoinGroup request waiting for this rebalance to complete.
        var awaitingJoin = false
        /// Has a SyncGroup request waiting for the leader's assignment.
        var awaitingSync = false
    }

    public struct JoinRequest: Sendable, Codable {
        public var memberId: String
        public var groupInstanceId: String?
        public var clientId: String
        public var clientHost: String
        public var sessionTimeoutMs: Int32
        public var rebalanceTimeoutMs: Int32
        public var protocolType: String
        public var protocols: [MemberProtocol]
        /// JoinGroup v4+: a new member first gets MEMBER_ID_REQUIRED and its id.
        public var requireKnownMemberId: Bool

        public init(
            memberId: String, groupInstanceId: String?, clientId: String, clientHost: String, sessionTimeoutMs: Int32,
            rebalanceTimeoutMs: Int32, protocolType: String, protocols: [MemberProtocol], requireKnownMemberId: Bool
        ) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.clientId = clientId
            self.clientHost = clientHost
            self.sessionTimeoutMs = sessionTimeoutMs
            self.rebalanceTimeoutMs = rebalanceTimeoutMs
            self.protocolType = protocolType
            self.protocols = protocols
            self.requireKnownMemberId = requireKnownMemberId
        }
    }

    /// A member as the leader sees it in its JoinGroup answer.
    public struct JoinedMember: Hashable, Sendable, Codable {
        public var memberId: String
        public var groupInstanceId: String?
        public var metadata: ByteBuffer
    }

    public struct JoinResult: Hashable, Sendable, Codable {
        public var error: KafkaErrorCode
        public var generation: Int32
        public var protocolType: String?
        public var protocolName: String?
        public var leader: String
        public var memberId: String
        /// Filled for the leader only: every member and its metadata for the chosen protocol.
        public var members: [JoinedMember]

        static func failure(_ error: KafkaErrorCode, memberId: String = "") -> JoinResult {
            JoinResult(error: error, generation: -1, protocolType: nil, protocolName: nil, leader: "", memberId: memberId, members: [])
        }
    }

    public struct SyncResult: Hashable, Sendable, Codable {
        public var error: KafkaErrorCode
        public var assignment: ByteBuffer
        public var protocolType: String?
        public var protocolName: String?
    }

    /// What the owner must do: answer a waiting JoinGroup or SyncGroup.
    public enum Action: Hashable, Sendable {
        case respondToJoin(memberId: String, JoinResult)
        case respondToSync(memberId: String, SyncResult)
    }

    public let groupId: String
    public let configuration: Configuration
    public private(set) var phase: Phase = .empty
    public private(set) var generation: Int32 = 0
    public private(set) var protocolType: String?
    public private(set) var protocolName: String?
    public private(set) var leader: String?
    /// Members in join order.
    public private(set) var members: [Member] = []
    /// Ids handed out with MEMBER_ID_REQUIRED, and when they expire.
    private var pendingMemberIds: [String: Int64] = [:]
    private var rebalanceDeadlineMs: Int64 = 0
    private var initialDelayDeadlineMs: Int64 = 0
    private var nextMemberNumber = 0

    public init(groupId: String, configuration: Configuration = Configuration()) {
        self.groupId = groupId
        self.configuration = configuration
    }

    public var isEmpty: Bool { members.isEmpty }

    private func index(of memberId: String) -> Int? { members.firstIndex { $0.memberId == memberId } }

    // MARK: JoinGroup

    /// A JoinGroup arrived. Returns the joiner's member id (assigned here for a new member) and
    /// the actions to run; the joiner's own answer, addressed to that id, may come now (errors,
    /// MEMBER_ID_REQUIRED) or later, from `tick` or another member's join. A new member's id
    /// ends in `memberUUID`: the caller's randomness, so the machine stays pure.
    public mutating func join(_ request: JoinRequest, nowMs: Int64, memberUUID: KafkaUUID) -> (memberId: String, actions: [Action]) {
        var assignedId = request.memberId
        let actions = join(request, nowMs: nowMs, memberUUID: memberUUID, assignedId: &assignedId)
        return (assignedId, actions)
    }

    private mutating func join(_ request: JoinRequest, nowMs: Int64, memberUUID: KafkaUUID, assignedId: inout String) -> [Action] {
        if phase == .dead {
            return [.respondToJoin(memberId: request.memberId, .failure(.coordinatorNotAvailable, memberId: request.memberId))]
        }
        guard request.sessionTimeoutMs >= configuration.minSessionTimeoutMs, request.sessionTimeoutMs <= configuration.maxSessionTimeoutMs else {
            return [.respondToJoin(memberId: request.memberId, .failure(.invalidSessionTimeout, memberId: request.memberId))]
        }
        guard !request.protocols.isEmpty, request.protocolType.isEmpty == false else {
            return [.respondToJoin(memberId: request.memberId, .failure(.inconsistentGroupProtocol, memberId: request.memberId))]
        }
        if !members.isEmpty {
            let candidates = commonProtocols(adding: request.protocols)
            guard request.protocolType == protocolType, !candidates.isEmpty else {
                return [.respondToJoin(memberId: request.memberId, .failure(.inconsistentGroupProtocol, memberId: request.memberId))]
            }
        }
        var memberId = request.memberId
        if memberId.isEmpty {
            nextMemberNumber += 1
            memberId = "\(request.clientId)-\(nextMemberNumber)-\(memberUUID)"
            assignedId = memberId
            if request.requireKnownMemberId {
                pendingMemberIds[memberId] = nowMs + Int64(request.sessionTimeoutMs)
                return [.respondToJoin(memberId: memberId, .failure(.memberIdRequired, memberId: memberId))]
            }
        } else if index(of: memberId) == nil {
            guard pendingMemberIds.removeValue(forKey: memberId) != nil else {
                return [.respondToJoin(memberId: memberId, .failure(.unknownMemberId, memberId: memberId))]
            }
        }
        var actions: [Action] = []
        if let existing = index(of: memberId) {
            members[existing].protocols = request.protocols
            members[existing].sessionTimeoutMs = request.sessionTimeoutMs
            members[existing].rebalanceTimeoutMs = request.rebalanceTimeoutMs
            members[existing].lastSeenMs = nowMs
            members[existing].awaitingJoin = true
        } else {
            members.append(
                Member(
                    memberId: memberId, groupInstanceId: request.groupInstanceId, clientId: request.clientId, clientHost: request.clientHost,
                    sessionTimeoutMs: request.sessionTimeoutMs, rebalanceTimeoutMs: request.rebalanceTimeoutMs,
                    protocols: request.protocols, lastSeenMs: nowMs, awaitingJoin: true))
            protocolType = request.protocolType
        }
        if phase != .preparingRebalance { actions += startRebalance(nowMs: nowMs) }
        actions += completeJoinIfReady(nowMs: nowMs)
        return actions
    }

    /// Protocols every member (and the newcomer) supports, in the newcomer's order of preference.
    private func commonProtocols(adding protocols: [MemberProtocol]) -> [String] {
        protocols.map(\.name).filter { name in members.allSatisfy { member in member.protocols.contains { $0.name == name } } }
    }

    private mutating func startRebalance(nowMs: Int64) -> [Action] {
        var actions: [Action] = []
        // Members waiting in SyncGroup must rejoin.
        for index in members.indices where members[index].awaitingSync {
            members[index].awaitingSync = false
            actions.append(
                .respondToSync(
                    memberId: members[index].memberId,
                    SyncResult(error: .rebalanceInProgress, assignment: ByteBuffer(), protocolType: protocolType, protocolName: protocolName)))
        }
        let wasEmpty = phase == .empty || generation == 0
        phase = .preparingRebalance
        let timeout = Int64(members.map(\.rebalanceTimeoutMs).max() ?? 0)
        rebalanceDeadlineMs = nowMs + max(timeout, 1)
        initialDelayDeadlineMs = wasEmpty ? nowMs + configuration.initialRebalanceDelayMs : nowMs
        return actions
    }

    private mutating func completeJoinIfReady(nowMs: Int64) -> [Action] {
        guard phase == .preparingRebalance else { return [] }
        let everyoneJoined = members.allSatisfy(\.awaitingJoin)
        guard (everyoneJoined && nowMs >= initialDelayDeadlineMs) || nowMs >= rebalanceDeadlineMs else { return [] }
        // Members that did not rejoin in time leave the group.
        members.removeAll { !$0.awaitingJoin }
        generation += 1
        guard !members.isEmpty else {
            phase = .empty
            protocolName = nil
            leader = nil
            return []
        }
        protocolName = selectProtocol()
        if leader == nil || index(of: leader!) == nil { leader = members[0].memberId }
        phase = .completingRebalance
        var actions: [Action] = []
        let everyone = members.map { member in
            JoinedMember(
                memberId: member.memberId, groupInstanceId: member.groupInstanceId,
                metadata: member.protocols.first { $0.name == protocolName }?.metadata ?? ByteBuffer())
        }
        for index in members.indices {
            members[index].awaitingJoin = false
            members[index].lastSeenMs = nowMs
            members[index].assignment = ByteBuffer()
            let isLeader = members[index].memberId == leader
            actions.append(
                .respondToJoin(
                    memberId: members[index].memberId,
                    JoinResult(
                        error: .none, generation: generation, protocolType: protocolType, protocolName: protocolName,
                        leader: leader!, memberId: members[index].memberId, members: isLeader ? everyone : [])))
        }
        return actions
    }

    /// The protocol most members prefer among those all support (Kafka's vote).
    private func selectProtocol() -> String? {
        let candidates = members[0].protocols.map(\.name).filter { name in members.allSatisfy { $0.protocols.contains { $0.name == name } } }
        var votes: [String: Int] = [:]
        for member in members {
            if let choice = member.protocols.first(where: { candidates.contains($0.name) }) { votes[choice.name, default: 0] += 1 }
        }
        return candidates.max { (votes[$0] ?? 0) < (votes[$1] ?? 0) }
    }

    // MARK: SyncGroup

    public mutating func sync(
        memberId: String, generation requested: Int32, assignments: [String: ByteBuffer],
        protocolType: String?, protocolName: String?, nowMs: Int64
    ) -> [Action] {
        func reply(_ error: KafkaErrorCode, _ assignment: ByteBuffer = ByteBuffer()) -> [Action] {
            [
                .respondToSync(
                    memberId: memberId, SyncResult(error: error, assignment: assignment, protocolType: self.protocolType, protocolName: self.protocolName))
            ]
        }
        guard let index = index(of: memberId) else { return reply(.unknownMemberId) }
        guard requested == generation else { return reply(.illegalGeneration) }
        if let protocolType, protocolType != self.protocolType { return reply(.inconsistentGroupProtocol) }
        if let protocolName, protocolName != self.protocolName { return reply(.inconsistentGroupProtocol) }
        members[index].lastSeenMs = nowMs
        switch phase {
        case .preparingRebalance: return reply(.rebalanceInProgress)
        case .stable: return reply(.none, members[index].assignment)
        case .empty, .dead: return reply(.unknownMemberId)
        case .completingRebalance:
            members[index].awaitingSync = true
            guard memberId == leader else { return [] }
            var actions: [Action] = []
            for i in members.indices {
                members[i].assignment = assignments[members[i].memberId] ?? ByteBuffer()
                if members[i].awaitingSync {
                    members[i].awaitingSync = false
                    actions.append(
                        .respondToSync(
                            memberId: members[i].memberId,
                            SyncResult(
                                error: .none, assignment: members[i].assignment,
                                protocolType: self.protocolType, protocolName: self.protocolName)))
                }
            }
            phase = .stable
            return actions
        }
    }

    // MARK: Heartbeat, LeaveGroup, offset commits

    public mutating func heartbeat(memberId: String, generation requested: Int32, nowMs: Int64) -> KafkaErrorCode {
        guard let index = index(of: memberId) else { return .unknownMemberId }
        guard requested == generation else { return .illegalGeneration }
        members[index].lastSeenMs = nowMs
        return phase == .preparingRebalance ? .rebalanceInProgress : .none
    }

    /// Removes members. Returns each one's error (UNKNOWN_MEMBER_ID if absent) and any actions.
    public mutating func leave(memberIds: [String], nowMs: Int64) -> (errors: [String: KafkaErrorCode], actions: [Action]) {
        var errors: [String: KafkaErrorCode] = [:]
        for memberId in memberIds { errors[memberId] = index(of: memberId) == nil ? .unknownMemberId : KafkaErrorCode.none }
        let leaving = Set(memberIds)
        let released = removeMembers { leaving.contains($0.memberId) }
        guard let released else { return (errors, []) }
        return (errors, released + membershipChanged(nowMs: nowMs))
    }

    /// Removes the members matching `predicate`; nil when none matched. A removed member's
    /// parked JoinGroup or SyncGroup is answered UNKNOWN_MEMBER_ID (as Kafka does), or it
    /// would hang until the client's own timeout, holding its connection.
    private mutating func removeMembers(where predicate: (Member) -> Bool) -> [Action]? {
        let removed = members.filter(predicate)
        guard !removed.isEmpty else { return nil }
        members.removeAll(where: predicate)
        var actions: [Action] = []
        for member in removed {
            if member.awaitingJoin {
                actions.append(.respondToJoin(memberId: member.memberId, .failure(.unknownMemberId, memberId: member.memberId)))
            }
            if member.awaitingSync {
                actions.append(
                    .respondToSync(
                        memberId: member.memberId,
                        SyncResult(
                            error: .unknownMemberId, assignment: ByteBuffer(),
                            protocolType: protocolType, protocolName: protocolName)))
            }
        }
        return actions
    }

    private mutating func membershipChanged(nowMs: Int64) -> [Action] {
        if members.isEmpty {
            if phase != .preparingRebalance { generation += 1 }
            phase = .empty
            leader = nil
            protocolName = nil
            return []
        }
        var actions: [Action] = []
        if phase != .preparingRebalance { actions += startRebalance(nowMs: nowMs) }
        return actions + completeJoinIfReady(nowMs: nowMs)
    }

    /// Whether an OffsetCommit from this member at this generation is accepted.
    public mutating func validateOffsetCommit(memberId: String, generation requested: Int32, nowMs: Int64) -> KafkaErrorCode {
        if requested < 0 && memberId.isEmpty {
            // A consumer outside group management (assign()) may commit to a group nobody is in.
            return members.isEmpty ? .none : .illegalGeneration
        }
        guard let index = index(of: memberId) else { return .unknownMemberId }
        guard requested == generation else { return .illegalGeneration }
        members[index].lastSeenMs = nowMs
        // As Kafka's coordinator: while a rebalance is prepared, the current generation's
        // members still own their partitions and may commit (librdkafka commits as it gives
        // them up). Once the join has completed, a member with the new generation has not yet
        // been told its partitions, so what it commits was read under the old assignment: the
        // partition may be another member's now, who may already have fetched its offset.
        return phase == .completingRebalance ? .rebalanceInProgress : .none
    }

    /// Marks the group deleted (DeleteGroups); only an empty group can be deleted.
    public mutating func markDead() -> KafkaErrorCode {
        guard members.isEmpty else { return .nonEmptyGroup }
        phase = .dead
        return .none
    }

    // MARK: Time

    /// Expires silent members and overdue rebalances. Call periodically.
    public mutating func tick(nowMs: Int64) -> [Action] {
        pendingMemberIds = pendingMemberIds.filter { $0.value > nowMs }
        // A member blocked in JoinGroup cannot heartbeat; the rebalance timeout covers it.
        if let released = removeMembers(where: { !$0.awaitingJoin && $0.lastSeenMs + Int64($0.sessionTimeoutMs) < nowMs }) {
            return released + membershipChanged(nowMs: nowMs)
        }
        return completeJoinIfReady(nowMs: nowMs)
    }
}
