// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DeleteRecordsRequest, versions 0-2 (flexible from v2).
public struct DeleteRecordsRequest: KafkaRequest {
    public typealias Response = DeleteRecordsResponse
    public static let apiKey: Int16 = 21
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// Each topic that we want to delete records from.
    public var topics: [DeleteRecordsTopic] = []
    /// How long to wait for the deletion to complete, in milliseconds.
    public var timeoutMs: Int32 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 21, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [DeleteRecordsTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DeleteRecordsTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.timeoutMs = try buffer.readKafkaInt32()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 21, version: version) }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 2)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaInt32(self.timeoutMs)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DeleteRecordsRequest {
    public struct DeleteRecordsTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// Each partition that we want to delete records from.
        public var partitions: [DeleteRecordsPartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 2, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [DeleteRecordsPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DeleteRecordsPartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
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
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 2)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DeleteRecordsRequest {
    public struct DeleteRecordsPartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The deletion offset.
        public var offset: Int64 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.offset = try buffer.readKafkaInt64()
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
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt64(self.offset)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// DeleteRecordsResponse, versions 0-2 (flexible from v2).
public struct DeleteRecordsResponse: KafkaResponse {
    public static let apiKey: Int16 = 21
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Each topic that we wanted to delete records from.
    public var topics: [DeleteRecordsTopicResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 21, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [DeleteRecordsTopicResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DeleteRecordsTopicResult(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 21, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 2)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DeleteRecordsResponse {
    public struct DeleteRecordsTopicResult: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// Each partition that we wanted to delete records from.
        public var partitions: [DeleteRecordsPartitionResult] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 2, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [DeleteRecordsPartitionResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DeleteRecordsPartitionResult(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
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
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 2)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DeleteRecordsResponse {
    public struct DeleteRecordsPartitionResult: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The partition low water mark.
        public var lowWatermark: Int64 = 0
        /// The deletion error code, or 0 if the deletion succeeded.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.lowWatermark = try buffer.readKafkaInt64()
            self.errorCode = try buffer.readKafkaInt16()
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
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt64(self.lowWatermark)
            buffer.writeKafkaInt16(self.errorCode)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
