import KafkaProtocol

/// Where one batch landed in a segment, with the header fields the control plane needs.
public struct BatchPlacement: Hashable, Sendable, Codable {
    /// The batch's position in append order (`SegmentBuilder.append` returns it).
    public var sequence: Int = 0
    public var partition: TopicPartitionID
    /// Byte offset of the batch inside the object.
    public var byteOffset: Int
    public var byteLength: Int
    public var header: RecordBatchHeader

    public init(sequence: Int = 0, partition: TopicPartitionID, byteOffset: Int, byteLength: Int, header: RecordBatchHeader) {
        self.sequence = sequence
        self.partition = partition
        self.byteOffset = byteOffset
        self.byteLength = byteLength
        self.header = header
    }
}
