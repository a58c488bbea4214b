// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ConsumerProtocolSubscription, versions 0-3 (never flexible).
public struct ConsumerProtocolSubscription: KafkaMessage {
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = nil

    public var topics: [String] = []
    public var userData: ByteBuffer? = nil
    public var ownedPartitions: [TopicPartition] = []
    public var generationId: Int32 = -1
    public var rackId: String? = nil

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: -1, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: false, field: "topics")) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.userData = try buffer.readKafkaNullableBytes(compact: false)
        if version >= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
                var elements: [TopicPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try TopicPartition(from: &buffer, version: version)) }
                self.ownedPartitions = elements
            } else {
                throw .unexpectedNull(field: "ownedPartitions")
            }
        }
        if version >= 2 {
            self.generationId = try buffer.readKafkaInt32()
        }
        if version >= 3 {
            self.rackId = try buffer.readKafkaNullableString(compact: false)
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: -1, version: version) }
        buffer.writeKafkaArrayCount(self.topics.count, compact: false)
        for element in self.topics {
            buffer.writeKafkaString(element, compact: false)
        }
        buffer.writeKafkaBytes(self.userData, compact: false)
        if version >= 1 {
            buffer.writeKafkaArrayCount(self.ownedPartitions.count, compact: false)
            for element in self.ownedPartitions {
                try element.encode(into: &buffer, version: version)
            }
        }
        if version >= 2 {
            buffer.writeKafkaInt32(self.generationId)
        }
        if version >= 3 {
            buffer.writeKafkaString(self.rackId, compact: false)
        }
    }
}

extension ConsumerProtocolSubscription {
    public struct TopicPartition: Sendable, Hashable {
        /// Entity: topicName.
        public var topic: String = ""
        public var partitions: [Int32] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 1 {
                self.topic = try buffer.readKafkaString(compact: false, field: "topic")
            }
            if version >= 1 {
                if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.partitions = elements
                } else {
                    throw .unexpectedNull(field: "partitions")
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 1 {
                buffer.writeKafkaString(self.topic, compact: false)
            } else {
                if self.topic != "" { throw .fieldNotSupported(field: "topic", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaArrayCount(self.partitions.count, compact: false)
                for element in self.partitions {
                    buffer.writeKafkaInt32(element)
                }
            } else {
                if self.partitions != [] { throw .fieldNotSupported(field: "partitions", version: version) }
            }
        }
    }
}
