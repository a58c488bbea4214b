// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// OffsetCommitRequest, versions 0-9 (flexible from v8).
public struct OffsetCommitRequest: KafkaRequest {
    public typealias Response = OffsetCommitResponse
    public static let apiKey: Int16 = 8
    public static let kafka4MinimumVersion: Int16 = 2
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 8

    /// The unique group identifier. (entity: groupId)
    public var groupId: String = ""
    /// The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol.
    public var generationIdOrMemberEpoch: Int32 = -1
    /// The member ID assigned by the group coordinator.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    public var groupInstanceId: String? = nil
    /// The time period in ms to retain the offset.
    public var retentionTimeMs: Int64 = -1
    /// The topics to commit offsets for.
    public var topics: [OffsetCommitRequestTopic] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 8, version: version) }
        self.groupId = try buffer.readKafkaString(compact: version >= 8, field: "groupId")
        if version >= 1 {
            self.generationIdOrMemberEpoch = try buffer.readKafkaInt32()
        }
        if version >= 1 {
            self.memberId = try buffer.readKafkaString(compact: version >= 8, field: "memberId")
        }
        if version >= 7 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: version >= 8)
        }
        if (2...4).contains(version) {
            self.retentionTimeMs = try buffer.readKafkaInt64()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 8, minimumElementSize: 1) {
            var elements: [OffsetCommitRequestTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try OffsetCommitRequestTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 8 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 8, version: version) }
        buffer.writeKafkaString(self.groupId, compact: version >= 8)
        if version >= 1 {
            buffer.writeKafkaInt32(self.generationIdOrMemberEpoch)
        }
        if version >= 1 {
            buffer.writeKafkaString(self.memberId, compact: version >= 8)
        }
        if version >= 7 {
            buffer.writeKafkaString(self.groupInstanceId, compact: version >= 8)
        } else {
            if self.groupInstanceId != nil { throw .fieldNotSupported(field: "groupInstanceId", version: version) }
        }
        if (2...4).contains(version) {
            buffer.writeKafkaInt64(self.retentionTimeMs)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 8)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 8 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension OffsetCommitRequest {
    public struct OffsetCommitRequestTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// Each partition to commit offsets for.
        public var partitions: [OffsetCommitRequestPartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 8, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 8, minimumElementSize: 1) {
                var elements: [OffsetCommitRequestPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetCommitRequestPartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 8 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 8)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 8)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 8 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetCommitRequest {
    public struct OffsetCommitRequestPartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The message offset to be committed.
        public var committedOffset: Int64 = 0
        /// The leader epoch of this partition.
        public var committedLeaderEpoch: Int32 = -1
        /// The timestamp of the commit.
        public var commitTimestamp: Int64 = -1
        /// Any associated metadata the client wants to keep.
        public var committedMetadata: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.committedOffset = try buffer.readKafkaInt64()
            if version >= 6 {
                self.committedLeaderEpoch = try buffer.readKafkaInt32()
            }
            if version == 1 {
                self.commitTimestamp = try buffer.readKafkaInt64()
            }
            self.committedMetadata = try buffer.readKafkaNullableString(compact: version >= 8)
            if version >= 8 {
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
            if version >= 6 {
                buffer.writeKafkaInt32(self.committedLeaderEpoch)
            }
            if version == 1 {
                buffer.writeKafkaInt64(self.commitTimestamp)
            } else {
                if self.commitTimestamp != -1 { throw .fieldNotSupported(field: "commitTimestamp", version: version) }
            }
            buffer.writeKafkaString(self.committedMetadata, compact: version >= 8)
            if version >= 8 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// OffsetCommitResponse, versions 0-9 (flexible from v8).
public struct OffsetCommitResponse: KafkaResponse {
    public static let apiKey: Int16 = 8
    public static let kafka4MinimumVersion: Int16 = 2
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 8

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    public var topics: [OffsetCommitResponseTopic] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 8, version: version) }
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 8, minimumElementSize: 1) {
            var elements: [OffsetCommitResponseTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try OffsetCommitResponseTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 8 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 8, version: version) }
        if version >= 3 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 8)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 8 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension OffsetCommitResponse {
    public struct OffsetCommitResponseTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The responses for each partition in the topic.
        public var partitions: [OffsetCommitResponsePartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 8, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 8, minimumElementSize: 1) {
                var elements: [OffsetCommitResponsePartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetCommitResponsePartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 8 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 8)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 8)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 8 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetCommitResponse {
    public struct OffsetCommitResponsePartition: Sendable, Hashable {
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
            if version >= 8 {
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
            if version >= 8 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
