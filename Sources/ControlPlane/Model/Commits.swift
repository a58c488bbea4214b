import KafkaLog
import KafkaProtocol

/// One segment object to commit: where it is and every batch in it.
public struct SegmentCommit: Sendable, Codable {
    public var objectKey: String
    public var objectSize: Int
    public var batches: [BatchPlacement]
    public var createdAtMs: Int64
    /// The registration the agent held when it took these batches in; nil where there is no
    /// registry (an embedded control plane). See `AgentSession`.
    public var agent: AgentSession?

    public init(objectKey: String, objectSize: Int, batches: [BatchPlacement], createdAtMs: Int64, agent: AgentSession? = nil) {
        self.objectKey = objectKey
        self.objectSize = objectSize
        self.batches = batches
        self.createdAtMs = createdAtMs
        self.agent = agent
    }
}

/// One run of an agent in the registry: from the heartbeat that (re)joined it to the moment
/// its heartbeats lapse past the expiry, when it leaves the cluster's metadata.
///
/// A store with a registry refuses a new object from a session that is no longer live, so
/// nothing an agent took in lands after clients were told it is gone. librdkafka fails the
/// requests in flight to a broker that leaves the metadata as not persisted, and after an
/// epoch bump resends their records under new sequence numbers; a late commit of the first
/// copy would be a duplicate.
public struct AgentSession: Sendable, Codable, Hashable {
    public var agentId: String
    public var session: Int64

    public init(agentId: String, session: Int64) {
        self.agentId = agentId
        self.session = session
    }
}

/// What became of one batch at commit, in the order of `SegmentCommit.batches`. Stores record
/// it per object: committing the same object again returns the same results, so a commit
/// whose answer was lost can be retried and still give each batch its original offset.
public enum BatchCommitResult: Hashable, Sendable, Codable {
    /// Appended at `baseOffset`.
    case appended(baseOffset: Int64, logStartOffset: Int64)
    /// An idempotent retry of a batch already in the log at `baseOffset`; not appended again.
    case duplicate(baseOffset: Int64, logStartOffset: Int64)
    /// Refused, with the Kafka error to return.
    case rejected(KafkaErrorCode, message: String)

    /// Why a batch of a retried commit has no answer: an earlier attempt committed its object
    /// before stores recorded each commit's outcome.
    public static let unknownEarlierOutcome = "an earlier attempt committed this segment before its outcome was recorded; the batch's outcome is unknown"

    /// Why a batch from a lapsed `AgentSession` was refused (NOT_LEADER_OR_FOLLOWER: it is not
    /// in the log, and the client retries with the partition's current leader).
    public static let lapsedSession =
        "this agent's registration lapsed (it left the cluster's metadata) before the batch was committed; the batch was not written"
}

/// Where a committed batch lives, for the fetch path.
public struct BatchLocation: Hashable, Sendable, Codable {
    public var objectKey: String
    public var byteOffset: Int
    public var byteLength: Int
    public var baseOffset: Int64
    public var lastOffset: Int64
    public var maxTimestamp: Int64
    /// A transaction marker kept in the index itself: it has no object (`objectKey` is empty),
    /// and the fetch path makes its control batch from these fields.
    public var marker: TransactionMarker?
    /// The size of the whole object, so a reader may GET all of it at once (and serve every
    /// partition in it from one request); nil from a replica that does not say.
    public var objectSize: Int?

    public init(
        objectKey: String, byteOffset: Int, byteLength: Int, baseOffset: Int64, lastOffset: Int64, maxTimestamp: Int64,
        marker: TransactionMarker? = nil, objectSize: Int? = nil
    ) {
        self.objectKey = objectKey
        self.byteOffset = byteOffset
        self.byteLength = byteLength
        self.baseOffset = baseOffset
        self.lastOffset = lastOffset
        self.maxTimestamp = maxTimestamp
        self.marker = marker
        self.objectSize = objectSize
    }

    /// A marker's index entry at `offset`.
    public init(marker: TransactionMarker, at offset: Int64) {
        self.init(
            objectKey: "", byteOffset: 0, byteLength: TransactionMarker.batchLength, baseOffset: offset, lastOffset: offset,
            maxTimestamp: marker.timestampMs, marker: marker)
    }
}

/// A committed consumer-group offset.
public struct CommittedOffset: Hashable, Sendable, Codable {
    public var offset: Int64
    public var leaderEpoch: Int32
    public var metadata: String?

    public init(offset: Int64, leaderEpoch: Int32 = -1, metadata: String? = nil) {
        self.offset = offset
        self.leaderEpoch = leaderEpoch
        self.metadata = metadata
    }
}

/// A topic name and partition, as consumer groups address them.
public struct TopicPartitionName: Hashable, Sendable, Comparable, Codable {
    public var topic: String
    public var partition: Int32

    public init(topic: String, partition: Int32) {
        self.topic = topic
        self.partition = partition
    }

    public static func < (a: Self, b: Self) -> Bool { (a.topic, a.partition) < (b.topic, b.partition) }
}

/// Errors the control plane reports, each mapping to a Kafka error code.
public struct ControlPlaneError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: KafkaErrorCode
    public var message: String

    public init(_ code: KafkaErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }

    /// What to tell a person about `error`: a control-plane error's message without its code.
    public static func message(for error: any Error) -> String {
        (error as? ControlPlaneError)?.message ?? "\(error)"
    }
}
