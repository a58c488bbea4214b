// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeTopicPartitionsRequest, versions 0-0 (flexible from v0).
public struct DescribeTopicPartitionsRequest: KafkaRequest {
    public typealias Response = DescribeTopicPartitionsResponse
    public static let apiKey: Int16 = 75
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The topics to fetch details for.
    public var topics: [TopicRequest] = []
    /// The maximum number of partitions included in the response.
    public var responsePartitionLimit: Int32 = 2000
    /// The first topic and partition index to fetch details for.
    public var cursor: Cursor? = nil
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 75, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicRequest] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicRequest(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.responsePartitionLimit = try buffer.readKafkaInt32()
        if try buffer.readKafkaInt8() < 0 {
            self.cursor = nil
        } else {
            self.cursor = try Cursor(from: &buffer, version: version)
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 75, version: version) }
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaInt32(self.responsePartitionLimit)
        if let present = self.cursor {
            buffer.writeKafkaInt8(1)
            try present.encode(into: &buffer, version: version)
        } else {
            buffer.writeKafkaInt8(-1)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DescribeTopicPartitionsRequest {
    public struct TopicRequest: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var name: String = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeTopicPartitionsRequest {
    public struct Cursor: Sendable, Hashable {
        /// The name for the first topic to process (entity: topicName)
        public var topicName: String = ""
        /// The partition index to start with
        public var partitionIndex: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeKafkaInt32(self.partitionIndex)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// DescribeTopicPartitionsResponse, versions 0-0 (flexible from v0).
public struct DescribeTopicPartitionsResponse: KafkaResponse {
    public static let apiKey: Int16 = 75
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    public var topics: [DescribeTopicPartitionsResponseTopic] = []
    /// The next topic and partition index to fetch details for.
    public var nextCursor: Cursor? = nil
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 75, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [DescribeTopicPartitionsResponseTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribeTopicPartitionsResponseTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if try buffer.readKafkaInt8() < 0 {
            self.nextCursor = nil
        } else {
            self.nextCursor = try Cursor(from: &buffer, version: version)
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 75, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if let present = self.nextCursor {
            buffer.writeKafkaInt8(1)
            try present.encode(into: &buffer, version: version)
        } else {
            buffer.writeKafkaInt8(-1)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DescribeTopicPartitionsResponse {
    public struct DescribeTopicPartitionsResponseTopic: Sendable, Hashable {
        /// The topic error, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The topic name. (entity: topicName)
        public var name: String? = ""
        /// The topic id.
        public var topicId: KafkaUUID = .zero
        /// True if the topic is internal.
        public var isInternal: Bool = false
        /// Each partition in the topic.
        public var partitions: [DescribeTopicPartitionsResponsePartition] = []
        /// 32-bit bitfield to represent authorized operations for this topic.
        public var topicAuthorizedOperations: Int32 = -2147483648
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.name = try buffer.readKafkaNullableString(compact: true)
            self.topicId = try buffer.readKafkaUUID()
            self.isInternal = try buffer.readKafkaBool()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [DescribeTopicPartitionsResponsePartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DescribeTopicPartitionsResponsePartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            self.topicAuthorizedOperations = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeKafkaBool(self.isInternal)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            buffer.writeKafkaInt32(self.topicAuthorizedOperations)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeTopicPartitionsResponse {
    public struct DescribeTopicPartitionsResponsePartition: Sendable, Hashable {
        /// The partition error, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The ID of the leader broker. (entity: brokerId)
        public var leaderId: Int32 = 0
        /// The leader epoch of this partition.
        public var leaderEpoch: Int32 = -1
        /// The set of all nodes that host this partition. (entity: brokerId)
        public var replicaNodes: [Int32] = []
        /// The set of nodes that are in sync with the leader for this partition. (entity: brokerId)
        public var isrNodes: [Int32] = []
        /// The new eligible leader replicas otherwise. (entity: brokerId)
        public var eligibleLeaderReplicas: [Int32]? = nil
        /// The last known ELR. (entity: brokerId)
        public var lastKnownElr: [Int32]? = nil
        /// The set of offline replicas of this partition. (entity: brokerId)
        public var offlineReplicas: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.partitionIndex = try buffer.readKafkaInt32()
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.replicaNodes = elements
            } else {
                throw .unexpectedNull(field: "replicaNodes")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.isrNodes = elements
            } else {
                throw .unexpectedNull(field: "isrNodes")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.eligibleLeaderReplicas = elements
            } else {
                self.eligibleLeaderReplicas = nil
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.lastKnownElr = elements
            } else {
                self.lastKnownElr = nil
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.offlineReplicas = elements
            } else {
                throw .unexpectedNull(field: "offlineReplicas")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt32(self.leaderId)
            buffer.writeKafkaInt32(self.leaderEpoch)
            buffer.writeKafkaArrayCount(self.replicaNodes.count, compact: true)
            for element in self.replicaNodes {
                buffer.writeKafkaInt32(element)
            }
            buffer.writeKafkaArrayCount(self.isrNodes.count, compact: true)
            for element in self.isrNodes {
                buffer.writeKafkaInt32(element)
            }
            if let elements = self.eligibleLeaderReplicas {
                buffer.writeKafkaArrayCount(elements.count, compact: true)
                for element in elements {
                    buffer.writeKafkaInt32(element)
                }
            } else {
                buffer.writeKafkaArrayCount(nil, compact: true)
            }
            if let elements = self.lastKnownElr {
                buffer.writeKafkaArrayCount(elements.count, compact: true)
                for element in elements {
                    buffer.writeKafkaInt32(element)
                }
            } else {
                buffer.writeKafkaArrayCount(nil, compact: true)
            }
            buffer.writeKafkaArrayCount(self.offlineReplicas.count, compact: true)
            for element in self.offlineReplicas {
                buffer.writeKafkaInt32(element)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeTopicPartitionsResponse {
    public struct Cursor: Sendable, Hashable {
        /// The name for the first topic to process (entity: topicName)
        public var topicName: String = ""
        /// The partition index to start with
        public var partitionIndex: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeKafkaInt32(self.partitionIndex)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
