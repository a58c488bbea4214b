import KafkaProtocol
import NIOCore

/// Consumer-group coordination as the agents' handlers use it. `GroupCoordinator` runs it in
/// process (the playground, and inside each control-plane replica); agents of a production
/// cluster reach the replica that owns the group through `ControlPlaneClient`.
public protocol GroupCoordination: Sendable {
    /// Answers when the rebalance completes (or at once, e.g. MEMBER_ID_REQUIRED).
    func join(groupId: String, _ request: GroupStateMachine.JoinRequest) async throws -> GroupStateMachine.JoinResult
    /// Answers when the leader's assignment arrives.
    func sync(
        groupId: String, memberId: String, generation: Int32, assignments: [String: ByteBuffer],
        protocolType: String?, protocolName: String?
    ) async throws -> GroupStateMachine.SyncResult
    func heartbeat(groupId: String, memberId: String, generation: Int32) async throws -> KafkaErrorCode
    func leave(groupId: String, memberIds: [String]) async throws -> [String: KafkaErrorCode]
    func validateOffsetCommit(groupId: String, memberId: String, generation: Int32) async throws -> KafkaErrorCode
    /// Deletes an empty group's state. The caller deletes its committed offsets.
    func delete(groupId: String) async throws -> KafkaErrorCode
    /// The group's state, or nil for a group with no members.
    func describe(groupId: String) async throws -> GroupSummary?
    /// Every group with members.
    func listGroups() async throws -> [GroupSummary]
}

/// A group as DescribeGroups and ListGroups report it.
public struct GroupSummary: Hashable, Sendable, Codable {
    public struct Member: Hashable, Sendable, Codable {
        public var memberId: String
        public var groupInstanceId: String?
        public var clientId: String
        public var clientHost: String
        /// The member's metadata for the chosen protocol.
        public var metadata: ByteBuffer
        public var assignment: ByteBuffer
    }

    public var groupId: String
    public var phase: GroupStateMachine.Phase
    public var protocolType: String?
    public var protocolName: String?
    public var members: [Member]

    public init(_ group: GroupStateMachine) {
        groupId = group.groupId
        phase = group.phase
        protocolType = group.protocolType
        protocolName = group.protocolName
        members = group.members.map { member in
            Member(
                memberId: member.memberId, groupInstanceId: member.groupInstanceId, clientId: member.clientId, clientHost: member.clientHost,
                metadata: member.protocols.first { $0.name == group.protocolName }?.metadata ?? ByteBuffer(), assignment: member.assignment)
        }
    }
}

/// Coordination whose offset commits are checked and written by the group's coordinator in
/// one step (the control-plane replicas). A check here and a write elsewhere could land after
/// the group had moved on: a write held up while PostgreSQL restarted, or one from a replica
/// that had lost the group, once overwrote newer offsets with older ones.
public protocol FencedOffsetCommits: Sendable {
    /// The group's error (UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, NOT_COORDINATOR, ...), or none
    /// once the offsets are stored.
    func commitOffsets(groupId: String, memberId: String, generation: Int32, offsets: [TopicPartitionName: CommittedOffset]) async throws
        -> KafkaErrorCode
}
