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
    /// Fjord has no leader elections; every partition is at epoch 0.
    public var leaderEpoch: Int32

    public init(logStartOffset: Int64, highWatermark: Int64, leaderEpoch: Int32 = 0) {
        self.logStartOffset = logStartOffset
        self.highWatermark = highWatermark
        self.leaderEpoch = leaderEpoch
    }
}

/// Topic config names, defaults and validation.
public enum TopicConfigs {
    /// The configs Fjord honours or reports, with Kafka's defaults.
    public static let defaults: [String: String] = [
        "cleanup.policy": "delete",
        "retention.ms": "604800000",
        "retention.bytes": "-1",
        "max.message.bytes": "1048588",
        "message.timestamp.type": "CreateTime",
        "compression.type": "producer",
        "segment.bytes": "1073741824",
        "min.insync.replicas": "1",
    ]

    /// Every topic config name Kafka defines. Fjord stores and reports them all, and honours
    /// those in `defaults`; a name outside this list is refused with INVALID_CONFIG, as Kafka does.
    public static let known: Set<String> = [
        "cleanup.policy", "compression.type", "compression.gzip.level", "compression.lz4.level", "compression.zstd.level",
        "delete.retention.ms", "file.delete.delay.ms", "flush.messages", "flush.ms", "follower.replication.throttled.replicas",
        "index.interval.bytes", "leader.replication.throttled.replicas", "local.retention.bytes", "local.retention.ms",
        "max.compaction.lag.ms", "max.message.bytes", "message.downconversion.enable", "message.format.version",
        "message.timestamp.after.max.ms", "message.timestamp.before.max.ms", "message.timestamp.difference.max.ms",
        "message.timestamp.type", "min.cleanable.dirty.ratio", "min.compaction.lag.ms", "min.insync.replicas", "preallocate",
        "remote.storage.enable", "remote.log.copy.disable", "remote.log.delete.on.disable", "retention.bytes", "retention.ms",
        "segment.bytes", "segment.index.bytes", "segment.jitter.ms", "segment.ms", "unclean.leader.election.enable",
    ]

    /// Checks names and values; returns a message for INVALID_CONFIG, or nil.
    public static func validate(_ configs: [String: String]) -> String? {
        for name in configs.keys.sorted() where !known.contains(name) {
            return "unknown topic config '\(name)'"
        }
        for (name, value) in configs {
            switch name {
            case "retention.ms", "retention.bytes":
                guard let number = Int64(value), number >= -1 else { return "\(name) must be an integer >= -1, got '\(value)'" }
            case "max.message.bytes", "segment.bytes", "min.insync.replicas":
                guard let number = Int64(value), number > 0 else { return "\(name) must be a positive integer, got '\(value)'" }
            case "cleanup.policy":
                guard ["delete", "compact", "compact,delete", "delete,compact"].contains(value) else { return "cleanup.policy must be delete or compact" }
            case "message.timestamp.type":
                guard ["CreateTime", "LogAppendTime"].contains(value) else { return "message.timestamp.type must be CreateTime or LogAppendTime" }
            case "compression.type":
                guard ["producer", "uncompressed", "gzip", "snappy", "lz4", "zstd"].contains(value) else { return "unknown compression.type '\(value)'" }
            default:
                continue
            }
        }
        return nil
    }
}
