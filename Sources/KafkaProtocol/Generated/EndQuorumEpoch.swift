// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// EndQuorumEpochRequest, versions 0-1 (flexible from v1).
public struct EndQuorumEpochRequest: KafkaRequest {
    public typealias Response = EndQuorumEpochResponse
    public static let apiKey: Int16 = 54
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    public var clusterId: String? = nil
    public var topics: [TopicData] = []
    /// Endpoints for the leader
    public var leaderEndpoints: [LeaderEndpoint] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 54, version: version) }
        self.clusterId = try buffer.readKafkaNullableString(compact: version >= 1)
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [TopicData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicData(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [LeaderEndpoint] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try LeaderEndpoint(from: &buffer, version: version)) }
                self.leaderEndpoints = elements
            } else {
                throw .unexpectedNull(field: "leaderEndpoints")
            }
        }
        if version >= 1 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 54, version: version) }
        buffer.writeKafkaString(self.clusterId, compact: version >= 1)
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 1)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeKafkaArrayCount(self.leaderEndpoints.count, compact: true)
            for element in self.leaderEndpoints {
                try element.encode(into: &buffer, version: version)
            }
        }
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension EndQuorumEpochRequest {
    public struct TopicData: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicName = try buffer.readKafkaString(compact: version >= 1, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [PartitionData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionData(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.topicName, compact: version >= 1)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 1)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension EndQuorumEpochRequest {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The current leader ID that is resigning (entity: brokerId)
        public var leaderId: Int32 = 0
        /// The current epoch
        public var leaderEpoch: Int32 = 0
        /// A sorted list of preferred successors to start the election
        public var preferredSuccessors: [Int32] = []
        /// A sorted list of preferred candidates to start the election
        public var preferredCandidates: [ReplicaInfo] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            if version <= 0 {
                if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.preferredSuccessors = elements
                } else {
                    throw .unexpectedNull(field: "preferredSuccessors")
                }
            }
            if version >= 1 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [ReplicaInfo] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try ReplicaInfo(from: &buffer, version: version)) }
                    self.preferredCandidates = elements
                } else {
                    throw .unexpectedNull(field: "preferredCandidates")
                }
            }
            if version >= 1 {
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
            buffer.writeKafkaInt32(self.leaderId)
            buffer.writeKafkaInt32(self.leaderEpoch)
            if version <= 0 {
                buffer.writeKafkaArrayCount(self.preferredSuccessors.count, compact: false)
                for element in self.preferredSuccessors {
                    buffer.writeKafkaInt32(element)
                }
            }
            if version >= 1 {
                buffer.writeKafkaArrayCount(self.preferredCandidates.count, compact: true)
                for element in self.preferredCandidates {
                    try element.encode(into: &buffer, version: version)
                }
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension EndQuorumEpochRequest {
    public struct ReplicaInfo: Sendable, Hashable {
        /// Entity: brokerId.
        public var candidateId: Int32 = 0
        public var candidateDirectoryId: KafkaUUID = .zero
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 1 {
                self.candidateId = try buffer.readKafkaInt32()
            }
            if version >= 1 {
                self.candidateDirectoryId = try buffer.readKafkaUUID()
            }
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 1 {
                buffer.writeKafkaInt32(self.candidateId)
            } else {
                if self.candidateId != 0 { throw .fieldNotSupported(field: "candidateId", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaUUID(self.candidateDirectoryId)
            } else {
                if self.candidateDirectoryId != .zero { throw .fieldNotSupported(field: "candidateDirectoryId", version: version) }
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension EndQuorumEpochRequest {
    public struct LeaderEndpoint: Sendable, Hashable {
        /// The name of the endpoint
        public var name: String = ""
        /// The node's hostname
        public var host: String = ""
        /// The node's port
        public var port: UInt16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 1 {
                self.name = try buffer.readKafkaString(compact: true, field: "name")
            }
            if version >= 1 {
                self.host = try buffer.readKafkaString(compact: true, field: "host")
            }
            if version >= 1 {
                self.port = try buffer.readKafkaUInt16()
            }
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 1 {
                buffer.writeKafkaString(self.name, compact: true)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
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
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// EndQuorumEpochResponse, versions 0-1 (flexible from v1).
public struct EndQuorumEpochResponse: KafkaResponse {
    public static let apiKey: Int16 = 54
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// The top level error code.
    public var errorCode: Int16 = 0
    public var topics: [TopicData] = []
    /// Endpoints for all leaders enumerated in PartitionData
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 54, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [TopicData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicData(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 1 {
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
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 54, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 1)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if !(version >= 1) {
            if self.nodeEndpoints != [] { throw .fieldNotSupported(field: "nodeEndpoints", version: version) }
        }
        if version >= 1 {
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
}

extension EndQuorumEpochResponse {
    public struct TopicData: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicName = try buffer.readKafkaString(compact: version >= 1, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [PartitionData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionData(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.topicName, compact: version >= 1)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 1)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension EndQuorumEpochResponse {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        public var errorCode: Int16 = 0
        /// The ID of the current leader or -1 if the leader is unknown. (entity: brokerId)
        public var leaderId: Int32 = 0
        /// The latest known leader epoch
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            if version >= 1 {
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
            buffer.writeKafkaInt32(self.leaderId)
            buffer.writeKafkaInt32(self.leaderEpoch)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension EndQuorumEpochResponse {
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
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
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
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
