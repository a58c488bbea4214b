// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ConsumerProtocolAssignment, versions 0-3 (never flexible).
public struct ConsumerProtocolAssignment: KafkaMessage {
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = nil

    public var assignedPartitions: [TopicPartition] = []
    public var userData: ByteBuffer? = nil

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: -1, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
            var elements: [TopicPartition] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicPartition(from: &buffer, version: version)) }
            self.assignedPartitions = elements
        } else {
            throw .unexpectedNull(field: "assignedPartitions")
        }
        self.userData = try buffer.readKafkaNullableBytes(compact: false)
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: -1, version: version) }
        buffer.writeKafkaArrayCount(self.assignedPartitions.count, compact: false)
        for element in self.assignedPartitions {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaBytes(self.userData, compact: false)
    }
}

extension ConsumerProtocolAssignment {
    public struct TopicPartition: Sendable, Hashable {
        /// Entity: topicName.
        public var topic: String = ""
        public var partitions: [Int32] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topic = try buffer.readKafkaString(compact: false, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.topic, compact: false)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: false)
            for element in self.partitions {
                buffer.writeKafkaInt32(element)
            }
        }
    }
}
