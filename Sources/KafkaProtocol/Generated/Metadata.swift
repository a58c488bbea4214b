// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// MetadataRequest, versions 0-12 (flexible from v9).
public struct MetadataRequest: KafkaRequest {
    public typealias Response = MetadataResponse
    public static let apiKey: Int16 = 3
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...12
    public static let firstFlexibleVersion: Int16? = 9

    /// The topics to fetch metadata for.
    public var topics: [MetadataRequestTopic]? = []
    /// If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so.
    public var allowAutoTopicCreation: Bool = true
    /// Whether to include cluster authorized operations.
    public var includeClusterAuthorizedOperations: Bool = false
    /// Whether to include topic authorized operations.
    public var includeTopicAuthorizedOperations: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 3, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
            var elements: [MetadataRequestTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try MetadataRequestTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else if version >= 1 {
            self.topics = nil
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 4 {
            self.allowAutoTopicCreation = try buffer.readKafkaBool()
        }
        if (8...10).contains(version) {
            self.includeClusterAuthorizedOperations = try buffer.readKafkaBool()
        }
        if version >= 8 {
            self.includeTopicAuthorizedOperations = try buffer.readKafkaBool()
        }
        if version >= 9 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 3, version: version) }
        if let elements = self.topics {
            buffer.writeKafkaArrayCount(elements.count, compact: version >= 9)
            for element in elements {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            guard version >= 1 else { throw .nullNotAllowed(field: "topics", version: version) }
            buffer.writeKafkaArrayCount(nil, compact: version >= 9)
        }
        if version >= 4 {
            buffer.writeKafkaBool(self.allowAutoTopicCreation)
        } else {
            if self.allowAutoTopicCreation != true { throw .fieldNotSupported(field: "allowAutoTopicCreation", version: version) }
        }
        if (8...10).contains(version) {
            buffer.writeKafkaBool(self.includeClusterAuthorizedOperations)
        } else {
            if self.includeClusterAuthorizedOperations != false { throw .fieldNotSupported(field: "includeClusterAuthorizedOperations", version: version) }
        }
        if version >= 8 {
            buffer.writeKafkaBool(self.includeTopicAuthorizedOperations)
        } else {
            if self.includeTopicAuthorizedOperations != false { throw .fieldNotSupported(field: "includeTopicAuthorizedOperations", version: version) }
        }
        if version >= 9 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension MetadataRequest {
    public struct MetadataRequestTopic: Sendable, Hashable {
        /// The topic id.
        public var topicId: KafkaUUID = .zero
        /// The topic name. (entity: topicName)
        public var name: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 10 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if version >= 10 {
                self.name = try buffer.readKafkaNullableString(compact: version >= 9)
            } else {
                self.name = try buffer.readKafkaString(compact: version >= 9, field: "name")
            }
            if version >= 9 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 10 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if self.name == nil && !(version >= 10) { throw .nullNotAllowed(field: "name", version: version) }
            buffer.writeKafkaString(self.name, compact: version >= 9)
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// MetadataResponse, versions 0-12 (flexible from v9).
public struct MetadataResponse: KafkaResponse {
    public static let apiKey: Int16 = 3
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...12
    public static let firstFlexibleVersion: Int16? = 9

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// A list of brokers present in the cluster.
    public var brokers: [MetadataResponseBroker] = []
    /// The cluster ID that responding broker belongs to.
    public var clusterId: String? = nil
    /// The ID of the controller broker. (entity: brokerId)
    public var controllerId: Int32 = -1
    /// Each topic in the response.
    public var topics: [MetadataResponseTopic] = []
    /// 32-bit bitfield to represent authorized operations for this cluster.
    public var clusterAuthorizedOperations: Int32 = -2147483648
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 3, version: version) }
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
            var elements: [MetadataResponseBroker] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try MetadataResponseBroker(from: &buffer, version: version)) }
            self.brokers = elements
        } else {
            throw .unexpectedNull(field: "brokers")
        }
        if version >= 2 {
            self.clusterId = try buffer.readKafkaNullableString(compact: version >= 9)
        }
        if version >= 1 {
            self.controllerId = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
            var elements: [MetadataResponseTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try MetadataResponseTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if (8...10).contains(version) {
            self.clusterAuthorizedOperations = try buffer.readKafkaInt32()
        }
        if version >= 9 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 3, version: version) }
        if version >= 3 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaArrayCount(self.brokers.count, compact: version >= 9)
        for element in self.brokers {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            buffer.writeKafkaString(self.clusterId, compact: version >= 9)
        }
        if version >= 1 {
            buffer.writeKafkaInt32(self.controllerId)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 9)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if (8...10).contains(version) {
            buffer.writeKafkaInt32(self.clusterAuthorizedOperations)
        } else {
            if self.clusterAuthorizedOperations != -2147483648 { throw .fieldNotSupported(field: "clusterAuthorizedOperations", version: version) }
        }
        if version >= 9 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension MetadataResponse {
    public struct MetadataResponseBroker: Sendable, Hashable {
        /// The broker ID. (entity: brokerId)
        public var nodeId: Int32 = 0
        /// The broker hostname.
        public var host: String = ""
        /// The broker port.
        public var port: Int32 = 0
        /// The rack of the broker, or null if it has not been assigned to a rack.
        public var rack: String? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.nodeId = try buffer.readKafkaInt32()
            self.host = try buffer.readKafkaString(compact: version >= 9, field: "host")
            self.port = try buffer.readKafkaInt32()
            if version >= 1 {
                self.rack = try buffer.readKafkaNullableString(compact: version >= 9)
            }
            if version >= 9 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.nodeId)
            buffer.writeKafkaString(self.host, compact: version >= 9)
            buffer.writeKafkaInt32(self.port)
            if version >= 1 {
                buffer.writeKafkaString(self.rack, compact: version >= 9)
            }
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension MetadataResponse {
    public struct MetadataResponseTopic: Sendable, Hashable {
        /// The topic error, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. (entity: topicName)
        public var name: String? = ""
        /// The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated.
        public var topicId: KafkaUUID = .zero
        /// True if the topic is internal.
        public var isInternal: Bool = false
        /// Each partition in the topic.
        public var partitions: [MetadataResponsePartition] = []
        /// 32-bit bitfield to represent authorized operations for this topic.
        public var topicAuthorizedOperations: Int32 = -2147483648
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            if version >= 12 {
                self.name = try buffer.readKafkaNullableString(compact: version >= 9)
            } else {
                self.name = try buffer.readKafkaString(compact: version >= 9, field: "name")
            }
            if version >= 10 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if version >= 1 {
                self.isInternal = try buffer.readKafkaBool()
            }
            if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
                var elements: [MetadataResponsePartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try MetadataResponsePartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 8 {
                self.topicAuthorizedOperations = try buffer.readKafkaInt32()
            }
            if version >= 9 {
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
            if self.name == nil && !(version >= 12) { throw .nullNotAllowed(field: "name", version: version) }
            buffer.writeKafkaString(self.name, compact: version >= 9)
            if version >= 10 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if version >= 1 {
                buffer.writeKafkaBool(self.isInternal)
            }
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 9)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 8 {
                buffer.writeKafkaInt32(self.topicAuthorizedOperations)
            } else {
                if self.topicAuthorizedOperations != -2147483648 { throw .fieldNotSupported(field: "topicAuthorizedOperations", version: version) }
            }
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension MetadataResponse {
    public struct MetadataResponsePartition: Sendable, Hashable {
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
        /// The set of offline replicas of this partition. (entity: brokerId)
        public var offlineReplicas: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.partitionIndex = try buffer.readKafkaInt32()
            self.leaderId = try buffer.readKafkaInt32()
            if version >= 7 {
                self.leaderEpoch = try buffer.readKafkaInt32()
            }
            if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.replicaNodes = elements
            } else {
                throw .unexpectedNull(field: "replicaNodes")
            }
            if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.isrNodes = elements
            } else {
                throw .unexpectedNull(field: "isrNodes")
            }
            if version >= 5 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.offlineReplicas = elements
                } else {
                    throw .unexpectedNull(field: "offlineReplicas")
                }
            }
            if version >= 9 {
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
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt32(self.leaderId)
            if version >= 7 {
                buffer.writeKafkaInt32(self.leaderEpoch)
            }
            buffer.writeKafkaArrayCount(self.replicaNodes.count, compact: version >= 9)
            for element in self.replicaNodes {
                buffer.writeKafkaInt32(element)
            }
            buffer.writeKafkaArrayCount(self.isrNodes.count, compact: version >= 9)
            for element in self.isrNodes {
                buffer.writeKafkaInt32(element)
            }
            if version >= 5 {
                buffer.writeKafkaArrayCount(self.offlineReplicas.count, compact: version >= 9)
                for element in self.offlineReplicas {
                    buffer.writeKafkaInt32(element)
                }
            }
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
