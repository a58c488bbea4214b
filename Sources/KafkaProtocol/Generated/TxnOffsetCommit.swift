// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// TxnOffsetCommitRequest, versions 0-4 (flexible from v3).
public struct TxnOffsetCommitRequest: KafkaRequest {
    public typealias Response = TxnOffsetCommitResponse
    public static let apiKey: Int16 = 28
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    /// The ID of the transaction. (entity: transactionalId)
    public var transactionalId: String = ""
    /// The ID of the group. (entity: groupId)
    public var groupId: String = ""
    /// The current producer ID in use by the transactional ID. (entity: producerId)
    public var producerId: Int64 = 0
    /// The current epoch associated with the producer ID.
    public var producerEpoch: Int16 = 0
    /// The generation of the consumer.
    public var generationId: Int32 = -1
    /// The member ID assigned by the group coordinator.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    public var groupInstanceId: String? = nil
    /// Each topic that we want to commit offsets for.
    public var topics: [TxnOffsetCommitRequestTopic] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 28, version: version) }
        self.transactionalId = try buffer.readKafkaString(compact: version >= 3, field: "transactionalId")
        self.groupId = try buffer.readKafkaString(compact: version >= 3, field: "groupId")
        self.producerId = try buffer.readKafkaInt64()
        self.producerEpoch = try buffer.readKafkaInt16()
        if version >= 3 {
            self.generationId = try buffer.readKafkaInt32()
        }
        if version >= 3 {
            self.memberId = try buffer.readKafkaString(compact: true, field: "memberId")
        }
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: true)
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
            var elements: [TxnOffsetCommitRequestTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TxnOffsetCommitRequestTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 28, version: version) }
        buffer.writeKafkaString(self.transactionalId, compact: version >= 3)
        buffer.writeKafkaString(self.groupId, compact: version >= 3)
        buffer.writeKafkaInt64(self.producerId)
        buffer.writeKafkaInt16(self.producerEpoch)
        if version >= 3 {
            buffer.writeKafkaInt32(self.generationId)
        } else {
            if self.generationId != -1 { throw .fieldNotSupported(field: "generationId", version: version) }
        }
        if version >= 3 {
            buffer.writeKafkaString(self.memberId, compact: true)
        } else {
            if self.memberId != "" { throw .fieldNotSupported(field: "memberId", version: version) }
        }
        if version >= 3 {
            buffer.writeKafkaString(self.groupInstanceId, compact: true)
        } else {
            if self.groupInstanceId != nil { throw .fieldNotSupported(field: "groupInstanceId", version: version) }
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 3)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension TxnOffsetCommitRequest {
    public struct TxnOffsetCommitRequestTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The partitions inside the topic that we want to commit offsets for.
        public var partitions: [TxnOffsetCommitRequestPartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 3, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
                var elements: [TxnOffsetCommitRequestPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try TxnOffsetCommitRequestPartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 3 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 3)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 3)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension TxnOffsetCommitRequest {
    public struct TxnOffsetCommitRequestPartition: Sendable, Hashable {
        /// The index of the partition within the topic.
        public var partitionIndex: Int32 = 0
        /// The message offset to be committed.
        public var committedOffset: Int64 = 0
        /// The leader epoch of the last consumed record.
        public var committedLeaderEpoch: Int32 = -1
        /// Any associated metadata the client wants to keep.
        public var committedMetadata: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.committedOffset = try buffer.readKafkaInt64()
            if version >= 2 {
                self.committedLeaderEpoch = try buffer.readKafkaInt32()
            }
            self.committedMetadata = try buffer.readKafkaNullableString(compact: version >= 3)
            if version >= 3 {
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
            buffer.writeKafkaInt64(self.committedOffset)
            if version >= 2 {
                buffer.writeKafkaInt32(self.committedLeaderEpoch)
            }
            buffer.writeKafkaString(self.committedMetadata, compact: version >= 3)
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// TxnOffsetCommitResponse, versions 0-4 (flexible from v3).
public struct TxnOffsetCommitResponse: KafkaResponse {
    public static let apiKey: Int16 = 28
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    public var topics: [TxnOffsetCommitResponseTopic] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 28, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
            var elements: [TxnOffsetCommitResponseTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TxnOffsetCommitResponseTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 28, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 3)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension TxnOffsetCommitResponse {
    public struct TxnOffsetCommitResponseTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The responses for each partition in the topic.
        public var partitions: [TxnOffsetCommitResponsePartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 3, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
                var elements: [TxnOffsetCommitResponsePartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try TxnOffsetCommitResponsePartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 3 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 3)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 3)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension TxnOffsetCommitResponse {
    public struct TxnOffsetCommitResponsePartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            if version >= 3 {
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
            buffer.writeKafkaInt16(self.errorCode)
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
