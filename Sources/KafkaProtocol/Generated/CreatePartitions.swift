// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// CreatePartitionsRequest, versions 0-3 (flexible from v2).
public struct CreatePartitionsRequest: KafkaRequest {
    public typealias Response = CreatePartitionsResponse
    public static let apiKey: Int16 = 37
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// Each topic that we want to create new partitions inside.
    public var topics: [CreatePartitionsTopic] = []
    /// The time in ms to wait for the partitions to be created.
    public var timeoutMs: Int32 = 0
    /// If true, then validate the request, but don't actually increase the number of partitions.
    public var validateOnly: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 37, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [CreatePartitionsTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try CreatePartitionsTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.timeoutMs = try buffer.readKafkaInt32()
        self.validateOnly = try buffer.readKafkaBool()
        if version >= 2 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 37, version: version) }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 2)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaInt32(self.timeoutMs)
        buffer.writeKafkaBool(self.validateOnly)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension CreatePartitionsRequest {
    public struct CreatePartitionsTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The new partition count.
        public var count: Int32 = 0
        /// The new partition assignments.
        public var assignments: [CreatePartitionsAssignment]? = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 2, field: "name")
            self.count = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [CreatePartitionsAssignment] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try CreatePartitionsAssignment(from: &buffer, version: version)) }
                self.assignments = elements
            } else {
                self.assignments = nil
            }
            if version >= 2 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 2)
            buffer.writeKafkaInt32(self.count)
            if let elements = self.assignments {
                buffer.writeKafkaArrayCount(elements.count, compact: version >= 2)
                for element in elements {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                buffer.writeKafkaArrayCount(nil, compact: version >= 2)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension CreatePartitionsRequest {
    public struct CreatePartitionsAssignment: Sendable, Hashable {
        /// The assigned broker IDs. (entity: brokerId)
        public var brokerIds: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.brokerIds = elements
            } else {
                throw .unexpectedNull(field: "brokerIds")
            }
            if version >= 2 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaArrayCount(self.brokerIds.count, compact: version >= 2)
            for element in self.brokerIds {
                buffer.writeKafkaInt32(element)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// CreatePartitionsResponse, versions 0-3 (flexible from v2).
public struct CreatePartitionsResponse: KafkaResponse {
    public static let apiKey: Int16 = 37
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The partition creation results for each topic.
    public var results: [CreatePartitionsTopicResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 37, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [CreatePartitionsTopicResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try CreatePartitionsTopicResult(from: &buffer, version: version)) }
            self.results = elements
        } else {
            throw .unexpectedNull(field: "results")
        }
        if version >= 2 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 37, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.results.count, compact: version >= 2)
        for element in self.results {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension CreatePartitionsResponse {
    public struct CreatePartitionsTopicResult: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The result error, or zero if there was no error.
        public var errorCode: Int16 = 0
        /// The result message, or null if there was no error.
        public var errorMessage: String? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 2, field: "name")
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 2)
            if version >= 2 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 2)
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.errorMessage, compact: version >= 2)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
