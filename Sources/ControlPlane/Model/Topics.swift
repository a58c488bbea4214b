import KafkaProtocol
import ObjectStore

/// A topic as the control plane knows it.
public struct TopicMetadata: Hashable, Sendable {
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
public struct PartitionOffsets: Hashable, Sendable {
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

    /// Checks names and values; returns a message for INVALID_CONFIG, or nil.
    public static func validate(_ configs: [String: String]) -> String? {
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
                // Kafka accepts many more; keep unknown ones so clients that set them still work.
                continue
            }
        }
        return nil
    }
}
