import KafkaProtocol

/// A partition's place in the log: topic id and partition index.
public struct TopicPartitionID: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var topicId: KafkaUUID
    public var partition: Int32

    public init(topicId: KafkaUUID, partition: Int32) {
        self.topicId = topicId
        self.partition = partition
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.topicId.mostSignificantBits, a.topicId.leastSignificantBits, a.partition)
            < (b.topicId.mostSignificantBits, b.topicId.leastSignificantBits, b.partition)
    }

    public var description: String { "\(topicId)-\(partition)" }
}
