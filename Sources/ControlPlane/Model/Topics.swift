import KafkaLog
import KafkaProtocol

/// A topic as the control plane knows it.
public struct TopicMetadata: Hashable, Sendable, Codable {
    public var id: KafkaUUID
    public var name: String
    public var partitionCount: Int32
    /// Only the configs set explicitly; `TopicConfigs.defaults` fills the rest.
    public var configs: [String: String]

    public init(id: KafkaUUID, name: String, partitionCount: Int32, configs: [String: String]) {
        self.id = id
        self.name = name
        self.partitionCount = partitionCount
        self.configs = configs
    }

    public func partition(_ index: Int32) -> TopicPartitionID { TopicPartitionID(topicId: id, partition: index) }
}

/// Offsets of one partition's log.
public struct PartitionOffsets: Hashable, Sendable, Codable {
    /// The first offset still readable.
    public var logStartOffset: Int64
    /// The offset the next record will get (the high watermark: everything below it is committed).
    public var highWatermark: Int64
    /// The last stable offset: the first offset of the oldest ongoing transaction in the
    /// partition, or the high watermark when none is. read_committed consumers read below it.
    public var lastStableOffset: Int64
    /// The end of the partition's last aborted transaction (its abort marker's offset); nil when
    /// it has none, so a read_committed fetch asks for aborted ranges only where some may be.
    public var lastAbortedOffset: Int64?
    /// Fjord has no leader elections; every partition is at epoch 0.
    public var leaderEpoch: Int32

    public init(
        logStartOffset: Int64, highWatermark: Int64, lastStableOffset: Int64? = nil, lastAbortedOffset: Int64? = nil, leaderEpoch: Int32 = 0
    ) {
        self.logStartOffset = logStartOffset
        self.highWatermark = highWatermark
        self.lastStableOffset = lastStableOffset ?? highWatermark
        self.lastAbortedOffset = lastAbortedOffset
        self.leaderEpoch = leaderEpoch
    }
}
