// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// OffsetForLeaderEpochRequest, versions 0-4 (flexible from v4).
public struct OffsetForLeaderEpochRequest: KafkaRequest {
    public typealias Response = OffsetForLeaderEpochResponse
    public static let apiKey: Int16 = 23
    public static let kafka4MinimumVersion: Int16 = 2
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    /// The broker ID of the follower, of -1 if this request is from a consumer. (entity: brokerId)
    public var replicaId: Int32 = -2
    /// Each topic to get offsets for.
    public var topics: [OffsetForLeaderTopic] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 23, version: version) }
        if version >= 3 {
            self.replicaId = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
            var elements: [OffsetForLeaderTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try OffsetForLeaderTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 4 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 23, version: version) }
        if version >= 3 {
            buffer.writeKafkaInt32(self.replicaId)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 4)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension OffsetForLeaderEpochRequest {
    public struct OffsetForLeaderTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topic: String = ""
        /// Each partition to get offsets for.
        public var partitions: [OffsetForLeaderPartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topic = try buffer.readKafkaString(compact: version >= 4, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [OffsetForLeaderPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetForLeaderPartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 4 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.topic, compact: version >= 4)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 4)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetForLeaderEpochRequest {
    public struct OffsetForLeaderPartition: Sendable, Hashable {
        /// The partition index.
        public var partition: Int32 = 0
        /// An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned.
        public var currentLeaderEpoch: Int32 = -1
        /// The epoch to look up an offset for.
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partition = try buffer.readKafkaInt32()
            if version >= 2 {
                self.currentLeaderEpoch = try buffer.readKafkaInt32()
            }
            self.leaderEpoch = try buffer.readKafkaInt32()
            if version >= 4 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partition)
            if version >= 2 {
                buffer.writeKafkaInt32(self.currentLeaderEpoch)
            }
            buffer.writeKafkaInt32(self.leaderEpoch)
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// OffsetForLeaderEpochResponse, versions 0-4 (flexible from v4).
public struct OffsetForLeaderEpochResponse: KafkaResponse {
    public static let apiKey: Int16 = 23
    public static let kafka4MinimumVersion: Int16 = 2
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Each topic we fetched offsets for.
    public var topics: [OffsetForLeaderTopicResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 23, version: version) }
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
            var elements: [OffsetForLeaderTopicResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try OffsetForLeaderTopicResult(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 4 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 23, version: version) }
        if version >= 2 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 4)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension OffsetForLeaderEpochResponse {
    public struct OffsetForLeaderTopicResult: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topic: String = ""
        /// Each partition in the topic we fetched offsets for.
        public var partitions: [EpochEndOffset] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topic = try buffer.readKafkaString(compact: version >= 4, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [EpochEndOffset] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try EpochEndOffset(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 4 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.topic, compact: version >= 4)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 4)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetForLeaderEpochResponse {
    public struct EpochEndOffset: Sendable, Hashable {
        /// The error code 0, or if there was no error.
        public var errorCode: Int16 = 0
        /// The partition index.
        public var partition: Int32 = 0
        /// The leader epoch of the partition.
        public var leaderEpoch: Int32 = -1
        /// The end offset of the epoch.
        public var endOffset: Int64 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.partition = try buffer.readKafkaInt32()
            if version >= 1 {
                self.leaderEpoch = try buffer.readKafkaInt32()
            }
            self.endOffset = try buffer.readKafkaInt64()
            if version >= 4 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaInt32(self.partition)
            if version >= 1 {
                buffer.writeKafkaInt32(self.leaderEpoch)
            }
            buffer.writeKafkaInt64(self.endOffset)
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
