// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeQuorumRequest, versions 0-2 (flexible from v0).
public struct DescribeQuorumRequest: KafkaRequest {
    public typealias Response = DescribeQuorumResponse
    public static let apiKey: Int16 = 55
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 0

    public var topics: [TopicData] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 55, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicData(from: &buffer, version: version)) }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 55, version: version) }
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DescribeQuorumRequest {
    public struct TopicData: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [PartitionData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionData(from: &buffer, version: version)) }
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
            buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeQuorumRequest {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// DescribeQuorumResponse, versions 0-2 (flexible from v0).
public struct DescribeQuorumResponse: KafkaResponse {
    public static let apiKey: Int16 = 55
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 0

    /// The top level error code.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    public var errorMessage: String? = ""
    public var topics: [TopicData] = []
    public var nodes: [Node] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 55, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if version >= 2 {
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicData(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 2 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [Node] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try Node(from: &buffer, version: version)) }
                self.nodes = elements
            } else {
                throw .unexpectedNull(field: "nodes")
            }
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 55, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        if version >= 2 {
            buffer.writeKafkaString(self.errorMessage, compact: true)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            buffer.writeKafkaArrayCount(self.nodes.count, compact: true)
            for element in self.nodes {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.nodes != [] { throw .fieldNotSupported(field: "nodes", version: version) }
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DescribeQuorumResponse {
    public struct TopicData: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [PartitionData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionData(from: &buffer, version: version)) }
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
            buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeQuorumResponse {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        public var errorMessage: String? = ""
        /// The ID of the current leader or -1 if the leader is unknown. (entity: brokerId)
        public var leaderId: Int32 = 0
        /// The latest known leader epoch
        public var leaderEpoch: Int32 = 0
        public var highWatermark: Int64 = 0
        public var currentVoters: [ReplicaState] = []
        public var observers: [ReplicaState] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            if version >= 2 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            }
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            self.highWatermark = try buffer.readKafkaInt64()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [ReplicaState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try ReplicaState(from: &buffer, version: version)) }
                self.currentVoters = elements
            } else {
                throw .unexpectedNull(field: "currentVoters")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [ReplicaState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try ReplicaState(from: &buffer, version: version)) }
                self.observers = elements
            } else {
                throw .unexpectedNull(field: "observers")
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
            if version >= 2 {
                buffer.writeKafkaString(self.errorMessage, compact: true)
            }
            buffer.writeKafkaInt32(self.leaderId)
            buffer.writeKafkaInt32(self.leaderEpoch)
            buffer.writeKafkaInt64(self.highWatermark)
            buffer.writeKafkaArrayCount(self.currentVoters.count, compact: true)
            for element in self.currentVoters {
                try element.encode(into: &buffer, version: version)
            }
            buffer.writeKafkaArrayCount(self.observers.count, compact: true)
            for element in self.observers {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeQuorumResponse {
    public struct Node: Sendable, Hashable {
        /// The ID of the associated node (entity: brokerId)
        public var nodeId: Int32 = 0
        /// The listeners of this controller
        public var listeners: [Listener] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 2 {
                self.nodeId = try buffer.readKafkaInt32()
            }
            if version >= 2 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [Listener] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try Listener(from: &buffer, version: version)) }
                    self.listeners = elements
                } else {
                    throw .unexpectedNull(field: "listeners")
                }
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 2 {
                buffer.writeKafkaInt32(self.nodeId)
            } else {
                if self.nodeId != 0 { throw .fieldNotSupported(field: "nodeId", version: version) }
            }
            if version >= 2 {
                buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
                for element in self.listeners {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.listeners != [] { throw .fieldNotSupported(field: "listeners", version: version) }
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeQuorumResponse {
    public struct Listener: Sendable, Hashable {
        /// The name of the endpoint
        public var name: String = ""
        /// The hostname
        public var host: String = ""
        /// The port
        public var port: UInt16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 2 {
                self.name = try buffer.readKafkaString(compact: true, field: "name")
            }
            if version >= 2 {
                self.host = try buffer.readKafkaString(compact: true, field: "host")
            }
            if version >= 2 {
                self.port = try buffer.readKafkaUInt16()
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 2 {
                buffer.writeKafkaString(self.name, compact: true)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version >= 2 {
                buffer.writeKafkaString(self.host, compact: true)
            } else {
                if self.host != "" { throw .fieldNotSupported(field: "host", version: version) }
            }
            if version >= 2 {
                buffer.writeKafkaUInt16(self.port)
            } else {
                if self.port != 0 { throw .fieldNotSupported(field: "port", version: version) }
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeQuorumResponse {
    public struct ReplicaState: Sendable, Hashable {
        /// Entity: brokerId.
        public var replicaId: Int32 = 0
        public var replicaDirectoryId: KafkaUUID = .zero
        /// The last known log end offset of the follower or -1 if it is unknown
        public var logEndOffset: Int64 = 0
        /// The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter
        public var lastFetchTimestamp: Int64 = -1
        /// The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter
        public var lastCaughtUpTimestamp: Int64 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.replicaId = try buffer.readKafkaInt32()
            if version >= 2 {
                self.replicaDirectoryId = try buffer.readKafkaUUID()
            }
            self.logEndOffset = try buffer.readKafkaInt64()
            if version >= 1 {
                self.lastFetchTimestamp = try buffer.readKafkaInt64()
            }
            if version >= 1 {
                self.lastCaughtUpTimestamp = try buffer.readKafkaInt64()
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.replicaId)
            if version >= 2 {
                buffer.writeKafkaUUID(self.replicaDirectoryId)
            } else {
                if self.replicaDirectoryId != .zero { throw .fieldNotSupported(field: "replicaDirectoryId", version: version) }
            }
            buffer.writeKafkaInt64(self.logEndOffset)
            if version >= 1 {
                buffer.writeKafkaInt64(self.lastFetchTimestamp)
            }
            if version >= 1 {
                buffer.writeKafkaInt64(self.lastCaughtUpTimestamp)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
