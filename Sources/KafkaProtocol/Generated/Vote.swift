// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// VoteRequest, versions 0-1 (flexible from v0).
public struct VoteRequest: KafkaRequest {
    public typealias Response = VoteResponse
    public static let apiKey: Int16 = 52
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    public var clusterId: String? = nil
    /// The replica id of the voter receiving the request (entity: brokerId)
    public var voterId: Int32 = -1
    public var topics: [TopicData] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 52, version: version) }
        self.clusterId = try buffer.readKafkaNullableString(compact: true)
        if version >= 1 {
            self.voterId = try buffer.readKafkaInt32()
        }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 52, version: version) }
        buffer.writeKafkaString(self.clusterId, compact: true)
        if version >= 1 {
            buffer.writeKafkaInt32(self.voterId)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension VoteRequest {
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

extension VoteRequest {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The bumped epoch of the candidate sending the request
        public var candidateEpoch: Int32 = 0
        /// The replica id of the voter sending the request (entity: brokerId)
        public var candidateId: Int32 = 0
        /// The directory id of the voter sending the request
        public var candidateDirectoryId: KafkaUUID = .zero
        /// The ID of the voter sending the request
        public var voterDirectoryId: KafkaUUID = .zero
        /// The epoch of the last record written to the metadata log
        public var lastOffsetEpoch: Int32 = 0
        /// The offset of the last record written to the metadata log
        public var lastOffset: Int64 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.candidateEpoch = try buffer.readKafkaInt32()
            self.candidateId = try buffer.readKafkaInt32()
            if version >= 1 {
                self.candidateDirectoryId = try buffer.readKafkaUUID()
            }
            if version >= 1 {
                self.voterDirectoryId = try buffer.readKafkaUUID()
            }
            self.lastOffsetEpoch = try buffer.readKafkaInt32()
            self.lastOffset = try buffer.readKafkaInt64()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt32(self.candidateEpoch)
            buffer.writeKafkaInt32(self.candidateId)
            if version >= 1 {
                buffer.writeKafkaUUID(self.candidateDirectoryId)
            }
            if version >= 1 {
                buffer.writeKafkaUUID(self.voterDirectoryId)
            }
            buffer.writeKafkaInt32(self.lastOffsetEpoch)
            buffer.writeKafkaInt64(self.lastOffset)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// VoteResponse, versions 0-1 (flexible from v0).
public struct VoteResponse: KafkaResponse {
    public static let apiKey: Int16 = 52
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// The top level error code.
    public var errorCode: Int16 = 0
    public var topics: [TopicData] = []
    /// Endpoints for all current-leaders enumerated in PartitionData
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 52, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
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
            var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            switch tag {
            case 0 where version >= 1:
                if let count = try field.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [NodeEndpoint] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try NodeEndpoint(from: &field, version: version)) }
                    self.nodeEndpoints = elements
                } else {
                    throw .unexpectedNull(field: "nodeEndpoints")
                }
            default:
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 52, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if !(version >= 1) {
            if self.nodeEndpoints != [] { throw .fieldNotSupported(field: "nodeEndpoints", version: version) }
        }
        var tagged = unknownTaggedFields
        if version >= 1, self.nodeEndpoints != [] {
            tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                field.writeKafkaArrayCount(self.nodeEndpoints.count, compact: true)
                for element in self.nodeEndpoints {
                    try element.encode(into: &field, version: version)
                }
            })
        }
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension VoteResponse {
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

extension VoteResponse {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        /// The ID of the current leader or -1 if the leader is unknown. (entity: brokerId)
        public var leaderId: Int32 = 0
        /// The latest known leader epoch
        public var leaderEpoch: Int32 = 0
        /// True if the vote was granted and false otherwise
        public var voteGranted: Bool = false
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            self.voteGranted = try buffer.readKafkaBool()
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
            buffer.writeKafkaInt32(self.leaderId)
            buffer.writeKafkaInt32(self.leaderEpoch)
            buffer.writeKafkaBool(self.voteGranted)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension VoteResponse {
    public struct NodeEndpoint: Sendable, Hashable {
        /// The ID of the associated node (entity: brokerId)
        public var nodeId: Int32 = 0
        /// The node's hostname
        public var host: String = ""
        /// The node's port
        public var port: UInt16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 1 {
                self.nodeId = try buffer.readKafkaInt32()
            }
            if version >= 1 {
                self.host = try buffer.readKafkaString(compact: true, field: "host")
            }
            if version >= 1 {
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
            if version >= 1 {
                buffer.writeKafkaInt32(self.nodeId)
            } else {
                if self.nodeId != 0 { throw .fieldNotSupported(field: "nodeId", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaString(self.host, compact: true)
            } else {
                if self.host != "" { throw .fieldNotSupported(field: "host", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaUInt16(self.port)
            } else {
                if self.port != 0 { throw .fieldNotSupported(field: "port", version: version) }
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
