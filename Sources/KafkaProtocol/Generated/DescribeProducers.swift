// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeProducersRequest, versions 0-0 (flexible from v0).
public struct DescribeProducersRequest: KafkaRequest {
    public typealias Response = DescribeProducersResponse
    public static let apiKey: Int16 = 61
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var topics: [TopicRequest] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 61, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicRequest] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicRequest(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 61, version: version) }
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DescribeProducersRequest {
    public struct TopicRequest: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The indexes of the partitions to list producers for.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.partitionIndexes = elements
            } else {
                throw .unexpectedNull(field: "partitionIndexes")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: true)
            for element in self.partitionIndexes {
                buffer.writeKafkaInt32(element)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// DescribeProducersResponse, versions 0-0 (flexible from v0).
public struct DescribeProducersResponse: KafkaResponse {
    public static let apiKey: Int16 = 61
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    public var topics: [TopicResponse] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 61, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicResponse] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicResponse(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 61, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DescribeProducersResponse {
    public struct TopicResponse: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var name: String = ""
        /// Each partition in the response.
        public var partitions: [PartitionResponse] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [PartitionResponse] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionResponse(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeProducersResponse {
    public struct PartitionResponse: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The partition error message, which may be null if no additional details are available
        public var errorMessage: String? = nil
        public var activeProducers: [ProducerState] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [ProducerState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try ProducerState(from: &buffer, version: version)) }
                self.activeProducers = elements
            } else {
                throw .unexpectedNull(field: "activeProducers")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeKafkaArrayCount(self.activeProducers.count, compact: true)
            for element in self.activeProducers {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeProducersResponse {
    public struct ProducerState: Sendable, Hashable {
        /// Entity: producerId.
        public var producerId: Int64 = 0
        public var producerEpoch: Int32 = 0
        public var lastSequence: Int32 = -1
        public var lastTimestamp: Int64 = -1
        public var coordinatorEpoch: Int32 = 0
        public var currentTxnStartOffset: Int64 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.producerId = try buffer.readKafkaInt64()
            self.producerEpoch = try buffer.readKafkaInt32()
            self.lastSequence = try buffer.readKafkaInt32()
            self.lastTimestamp = try buffer.readKafkaInt64()
            self.coordinatorEpoch = try buffer.readKafkaInt32()
            self.currentTxnStartOffset = try buffer.readKafkaInt64()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt64(self.producerId)
            buffer.writeKafkaInt32(self.producerEpoch)
            buffer.writeKafkaInt32(self.lastSequence)
            buffer.writeKafkaInt64(self.lastTimestamp)
            buffer.writeKafkaInt32(self.coordinatorEpoch)
            buffer.writeKafkaInt64(self.currentTxnStartOffset)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
