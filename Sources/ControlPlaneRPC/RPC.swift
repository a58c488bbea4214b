import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import NIOCore
import Policy

/// The agent ↔ control-plane protocol: JSON over HTTP/1.1.
///
/// Every call is `POST /v1/call/<name>` with `Authorization: Bearer <agent key>` and a JSON
/// body; the answer is 200 with JSON, or an `RPCError` body (4xx/5xx) that carries the Kafka
/// error code to hand to clients. `GET /v1/watermarks` streams one line per high-watermark
/// change (and a keep-alive line every few seconds). The names below are the whole API.
public enum RPC {
    public static let version = "v1"

    /// A call's name, and the types it sends and answers with.
    public struct Call<Request: Codable & Sendable, Response: Codable & Sendable>: Sendable {
        public let name: String
        public init(_ name: String) { self.name = name }
    }

    public struct Empty: Codable, Sendable { public init() {} }

    /// What a failed call answers. `owner`: the replica that coordinates the group asked about.
    public struct Failure: Codable, Sendable, Error {
        public var code: KafkaErrorCode
        public var message: String
        public var owner: String?
        public init(code: KafkaErrorCode, message: String, owner: String? = nil) {
            self.code = code
            self.message = message
            self.owner = owner
        }
    }

    // MARK: The metadata store
    public struct TopicCreation: Codable, Sendable {
        public var name: String
        public var partitions: Int32
        public var configs: [String: String]
    }
    public struct TopicName: Codable, Sendable { public var name: String }
    public struct PartitionGrowth: Codable, Sendable {
        public var topic: String
        public var totalCount: Int32
    }
    public struct ConfigChanges: Codable, Sendable {
        public var topic: String
        public var changes: [String: String?]
    }
    public struct Partitions: Codable, Sendable { public var partitions: [TopicPartitionID] }
    public struct OffsetsAnswer: Codable, Sendable {
        public var offsets: [TopicPartitionID: PartitionOffsets]
        public init(offsets: [TopicPartitionID: PartitionOffsets]) { self.offsets = offsets }
    }
    public struct BatchQuery: Codable, Sendable {
        public var partition: TopicPartitionID
        public var from: Int64
        public var maxBytes: Int
    }
    public struct ReadQuery: Codable, Sendable {
        public var reads: [PartitionRead]
        public var readCommitted: Bool
    }
    public struct PartitionRef: Codable, Sendable { public var partition: TopicPartitionID }
    public struct TimestampQuery: Codable, Sendable {
        public var partition: TopicPartitionID
        public var timestamp: Int64
    }
    public struct OffsetAtTime: Codable, Sendable {
        public var offset: Int64
        public var timestamp: Int64
        public init(offset: Int64, timestamp: Int64) {
            self.offset = offset
            self.timestamp = timestamp
        }
    }
    public struct LogStartMove: Codable, Sendable {
        public var partition: TopicPartitionID
        public var offset: Int64
    }
    public struct GroupOffsets: Codable, Sendable {
        public var group: String
        public var offsets: [TopicPartitionName: CommittedOffset]
        public init(group: String, offsets: [TopicPartitionName: CommittedOffset]) {
            self.group = group
            self.offsets = offsets
        }
    }
    public struct GroupName: Codable, Sendable { public var group: String }
    public struct GroupPartitions: Codable, Sendable {
        public var group: String
        public var partitions: [TopicPartitionName]
    }
    public struct Sizes: Codable, Sendable {
        public var sizes: [TopicPartitionID: Int64]
        public init(sizes: [TopicPartitionID: Int64]) { self.sizes = sizes }
    }
    public struct Value<T: Codable & Sendable>: Codable, Sendable {
        public var value: T
        public init(value: T) { self.value = value }
    }

    public static let clusterId = Call<Empty, Value<String>>("clusterId")
    public static let createTopic = Call<TopicCreation, TopicMetadata>("createTopic")
    public static let deleteTopic = Call<TopicName, TopicMetadata>("deleteTopic")
    public static let addPartitions = Call<PartitionGrowth, TopicMetadata>("addPartitions")
    public static let alterTopicConfigs = Call<ConfigChanges, TopicMetadata>("alterTopicConfigs")
    public static let topics = Call<Empty, [TopicMetadata]>("topics")
    public static let offsets = Call<Partitions, OffsetsAnswer>("offsets")
    public static let commit = Call<SegmentCommit, [BatchCommitResult]>("commit")
    public static let batches = Call<BatchQuery, [BatchLocation]>("batches")
    /// A Fetch's lookups, every partition at once (`MetadataStore.read`).
    public static let read = Call<ReadQuery, [PartitionReadAnswer]>("read")
    public static let offsetForTimestamp = Call<TimestampQuery, Value<OffsetAtTime?>>("offsetForTimestamp")
    public static let maxTimestamp = Call<PartitionRef, Value<OffsetAtTime?>>("maxTimestamp")
    public static let advanceLogStart = Call<LogStartMove, Value<Int64>>("advanceLogStart")
    public static let logSizes = Call<Partitions, Sizes>("logSizes")
    public static let nextProducerId = Call<Empty, Value<Int64>>("nextProducerId")
    public static let commitOffsets = Call<GroupOffsets, Empty>("commitOffsets")
    public static let committedOffsets = Call<GroupName, GroupOffsets>("committedOffsets")
    public static let deleteGroupOffsets = Call<GroupName, Empty>("deleteGroupOffsets")
    public static let deleteSomeGroupOffsets = Call<GroupPartitions, Empty>("deleteSomeGroupOffsets")
    public static let groupsWithOffsets = Call<Empty, [String]>("groupsWithOffsets")

    // MARK: Transactions
    public struct TransactionalInit: Codable, Sendable {
        public var request: TransactionalProducerRequest
        public var maxTimeoutMs: Int32
    }
    public struct TransactionPartitions: Codable, Sendable {
        public var transactionalId: String
        public var producer: ProducerIdAndEpoch
        public var partitions: [TopicPartitionID]
        public var nowMs: Int64
    }
    public struct TransactionGroup: Codable, Sendable {
        public var transactionalId: String
        public var producer: ProducerIdAndEpoch
        public var group: String
        public var nowMs: Int64
    }
    public struct TransactionOffsets: Codable, Sendable {
        public var transactionalId: String
        public var producer: ProducerIdAndEpoch
        public var group: String
        public var offsets: [TopicPartitionName: CommittedOffset]
    }
    public struct TransactionEnd: Codable, Sendable {
        public var transactionalId: String
        public var producer: ProducerIdAndEpoch
        public var commit: Bool
        public var nowMs: Int64
    }
    public struct AbortedQuery: Codable, Sendable {
        public var partition: TopicPartitionID
        public var from: Int64
        public var through: Int64
    }
    public static let initTransactionalProducer = Call<TransactionalInit, ProducerIdAndEpoch>("transactions.init")
    public static let addPartitionsToTransaction = Call<TransactionPartitions, Empty>("transactions.addPartitions")
    public static let addGroupToTransaction = Call<TransactionGroup, Empty>("transactions.addGroup")
    public static let commitTransactionalOffsets = Call<TransactionOffsets, Empty>("transactions.commitOffsets")
    public static let endTransaction = Call<TransactionEnd, Empty>("transactions.end")
    public static let transactions = Call<Empty, [TransactionRecord]>("transactions.list")
    public static let abortedTransactions = Call<AbortedQuery, [AbortedTransaction]>("transactions.aborted")
    public static let activeProducers = Call<PartitionRef, [ActiveProducer]>("transactions.producers")

    // MARK: SASL users
    public struct User: Codable, Sendable { public var user: String }
    public struct UserCredential: Codable, Sendable {
        public var user: String
        public var credential: ScramCredential
    }
    public struct UserMechanism: Codable, Sendable {
        public var user: String
        public var mechanism: ScramMechanism
    }
    public struct Users: Codable, Sendable { public var names: [String]? }
    public static let userCredentials = Call<User, [ScramCredential]>("users.credentials")
    public static let setUserCredential = Call<UserCredential, Empty>("users.set")
    public static let deleteUserCredential = Call<UserMechanism, Value<Bool>>("users.delete")
    public static let describeUsers = Call<Users, [String: [String: Int]]>("users.describe")

    // MARK: Consumer groups (answered by the replica that owns the group)
    public struct Join: Codable, Sendable {
        public var groupId: String
        public var request: GroupStateMachine.JoinRequest
    }
    public struct Sync: Codable, Sendable {
        public var groupId: String
        public var memberId: String
        public var generation: Int32
        public var assignments: [String: ByteBuffer]
        public var protocolType: String?
        public var protocolName: String?
    }
    public struct Member: Codable, Sendable {
        public var groupId: String
        public var memberId: String
        public var generation: Int32
    }
    public struct Leave: Codable, Sendable {
        public var groupId: String
        public var memberIds: [String]
    }
    public struct Group: Codable, Sendable { public var groupId: String }
    public struct MemberOffsets: Codable, Sendable {
        public var groupId: String
        public var memberId: String
        public var generation: Int32
        public var offsets: [TopicPartitionName: CommittedOffset]
    }

    public static let join = Call<Join, GroupStateMachine.JoinResult>("groups.join")
    public static let sync = Call<Sync, GroupStateMachine.SyncResult>("groups.sync")
    public static let heartbeat = Call<Member, Value<KafkaErrorCode>>("groups.heartbeat")
    public static let leave = Call<Leave, [String: KafkaErrorCode]>("groups.leave")
    public static let validateOffsetCommit = Call<Member, Value<KafkaErrorCode>>("groups.validateOffsetCommit")
    /// OffsetCommit: the group's coordinator checks the member and writes, in one call, fenced
    /// so that a replica that lost the group cannot write (see `FencedOffsetCommits`).
    public static let commitGroupOffsets = Call<MemberOffsets, Value<KafkaErrorCode>>("groups.commitOffsets")
    public static let deleteGroup = Call<Group, Value<KafkaErrorCode>>("groups.delete")
    public static let describeGroup = Call<Group, Value<GroupSummary?>>("groups.describe")
    /// Groups coordinated by the replica asked; the client asks every replica.
    public static let listGroups = Call<Empty, [GroupSummary]>("groups.list")

    // MARK: API-managed ACLs (CreateAcls, DeleteAcls)
    /// Who made a change (a principal, or the client.id), and when (ms since 1970).
    public struct CreateACLs: Codable, Sendable {
        public var bindings: [KafkaACLBinding]
        public var by: String
        public var atMs: Int64
    }
    public struct DeleteACLs: Codable, Sendable {
        public var filters: [KafkaACLFilter]
        public var by: String
        public var atMs: Int64
    }
    public static let apiManagedACLs = Call<Empty, APIManagedACLs>("acls.list")
    public static let createACLs = Call<CreateACLs, APIManagedACLs>("acls.create")
    public static let deleteACLs = Call<DeleteACLs, DeletedACLs>("acls.delete")
    public static let aclHistory = Call<Empty, [APIManagedACL]>("acls.history")

    // MARK: The registry
    public struct AgentHeartbeat: Codable, Sendable {
        public var agentId: String
        public var roles: [String]
        public var zone: String
        public var host: String
        public var port: Int32
        /// The policy version the agent enforces (0: none); a newer one comes back.
        public var policyVersion: Int64
        /// Every Kafka listener (name and advertised address); `host:port` is the first's.
        public var listeners: [Listener]?
        /// The version of the API-managed ACLs the agent enforces; another comes back.
        public var aclVersion: Int64?
        /// Where it serves objects to the agents of its group and zone (`host:port`), if it does.
        public var peer: String?
        public init(agentId: String, roles: [String], zone: String, host: String, port: Int32, policyVersion: Int64 = 0, listeners: [Listener]? = nil) {
            self.agentId = agentId
            self.roles = roles
            self.zone = zone
            self.host = host
            self.port = port
            self.policyVersion = policyVersion
            self.listeners = listeners
        }
    }
    /// A named Kafka listener's advertised address (the registry's type).
    public typealias Listener = AgentListener
    /// A live agent (the registry's type).
    public typealias RegisteredAgent = AgentRecord
    public struct Registration: Codable, Sendable {
        /// This agent's Kafka node id, stable while it keeps heartbeating.
        public var nodeId: Int32
        /// The agent group its key belongs to.
        public var group: String
        /// Live agents of every group, itself included: the policy routes a client to any group.
        public var agents: [RegisteredAgent]
        /// Every control-plane replica's URL, for failover.
        public var replicas: [String]
        /// The policy in force, when it is not the version the agent said it has.
        public var policy: PolicySnapshot?
        /// The API-managed ACLs, when their version is not the one the agent said it has.
        public var acls: APIManagedACLs?
        /// The agent's session in the registry, which its commits carry (`AgentSession`); nil
        /// from a replica that predates sessions.
        public var session: Int64?
        public init(nodeId: Int32, group: String, agents: [RegisteredAgent], replicas: [String], policy: PolicySnapshot? = nil) {
            self.nodeId = nodeId
            self.group = group
            self.agents = agents
            self.replicas = replicas
            self.policy = policy
        }
    }
    /// One policy version: the YAML, and the file it came from (for file:line:col messages).
    public struct PolicySnapshot: Codable, Sendable, Equatable {
        public var version: Int64
        public var source: String
        public var file: String
        public init(version: Int64, source: String, file: String) {
            self.version = version
            self.source = source
            self.file = file
        }
    }
    public static let agentHeartbeat = Call<AgentHeartbeat, Registration>("agents.heartbeat")
    /// The live agents of every group (`fjord policy explain --control-plane`).
    public static let liveAgents = Call<Empty, [RegisteredAgent]>("agents.live")
    public struct AgentId: Codable, Sendable { public var agentId: String }
    /// Leaves the registry at once (a graceful shutdown), instead of expiring.
    public static let agentLeave = Call<AgentId, Empty>("agents.leave")

    // MARK: The jobs role
    public struct RetentionPass: Codable, Sendable { public var nowMs: Int64 }
    public struct ObjectKeys: Codable, Sendable { public var keys: [String] }
    public struct Compaction: Codable, Sendable {
        public var segment: SegmentCommit
        public var sources: [BatchSource]
    }

    public static let applyRetention = Call<RetentionPass, RetentionOutcome>("jobs.applyRetention")
    public static let objects = Call<Empty, [StoredObject]>("jobs.objects")
    public static let forgetObjects = Call<ObjectKeys, Empty>("jobs.forgetObjects")
    public static let liveBatches = Call<ObjectKeys, [ObjectBatch]>("jobs.liveBatches")
    public static let replaceBatches = Call<Compaction, Value<Int>>("jobs.replaceBatches")
    public static let compactionCandidates = Call<Empty, [CompactionCandidate]>("jobs.compactionCandidates")
    public static let compactionBatches = Call<BatchQuery, [BatchLocation]>("jobs.compactionBatches")
    public static let applyCompaction = Call<CompactionRewrite, Value<Bool>>("jobs.applyCompaction")
}
