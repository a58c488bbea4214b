// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ShareAcknowledgeRequest, versions 0-0 (flexible from v0).
public struct ShareAcknowledgeRequest: KafkaRequest {
    public typealias Response = ShareAcknowledgeResponse
    public static let apiKey: Int16 = 79
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The group identifier. (entity: groupId)
    public var groupId: String? = nil
    /// The member ID.
    public var memberId: String? = ""
    /// The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    public var shareSessionEpoch: Int32 = 0
    /// The topics containing records to acknowledge.
    public var topics: [AcknowledgeTopic] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 79, version: version) }
        self.groupId = try buffer.readKafkaNullableString(compact: true)
        self.memberId = try buffer.readKafkaNullableString(compact: true)
        self.shareSessionEpoch = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [AcknowledgeTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try AcknowledgeTopic(from: &buffer, version: version)) }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 79, version: version) }
        buffer.writeKafkaString(self.groupId, compact: true)
        buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeKafkaInt32(self.shareSessionEpoch)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ShareAcknowledgeRequest {
    public struct AcknowledgeTopic: Sendable, Hashable {
        /// The unique topic ID.
        public var topicId: KafkaUUID = .zero
        /// The partitions containing records to acknowledge.
        public var partitions: [AcknowledgePartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [AcknowledgePartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AcknowledgePartition(from: &buffer, version: version)) }
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
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareAcknowledgeRequest {
    public struct AcknowledgePartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// Record batches to acknowledge.
        public var acknowledgementBatches: [AcknowledgementBatch] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [AcknowledgementBatch] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AcknowledgementBatch(from: &buffer, version: version)) }
                self.acknowledgementBatches = elements
            } else {
                throw .unexpectedNull(field: "acknowledgementBatches")
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
            buffer.writeKafkaArrayCount(self.acknowledgementBatches.count, compact: true)
            for element in self.acknowledgementBatches {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareAcknowledgeRequest {
    public struct AcknowledgementBatch: Sendable, Hashable {
        /// First offset of batch of records to acknowledge.
        public var firstOffset: Int64 = 0
        /// Last offset (inclusive) of batch of records to acknowledge.
        public var lastOffset: Int64 = 0
        /// Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject.
        public var acknowledgeTypes: [Int8] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.firstOffset = try buffer.readKafkaInt64()
            self.lastOffset = try buffer.readKafkaInt64()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [Int8] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt8()) }
                self.acknowledgeTypes = elements
            } else {
                throw .unexpectedNull(field: "acknowledgeTypes")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt64(self.firstOffset)
            buffer.writeKafkaInt64(self.lastOffset)
            buffer.writeKafkaArrayCount(self.acknowledgeTypes.count, compact: true)
            for element in self.acknowledgeTypes {
                buffer.writeKafkaInt8(element)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// ShareAcknowledgeResponse, versions 0-0 (flexible from v0).
public struct ShareAcknowledgeResponse: KafkaResponse {
    public static let apiKey: Int16 = 79
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    public var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    public var errorMessage: String? = nil
    /// The response topics.
    public var responses: [ShareAcknowledgeTopicResponse] = []
    /// Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 79, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [ShareAcknowledgeTopicResponse] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ShareAcknowledgeTopicResponse(from: &buffer, version: version)) }
            self.responses = elements
        } else {
            throw .unexpectedNull(field: "responses")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [NodeEndpoint] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try NodeEndpoint(from: &buffer, version: version)) }
            self.nodeEndpoints = elements
        } else {
            throw .unexpectedNull(field: "nodeEndpoints")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 79, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: true)
        buffer.writeKafkaArrayCount(self.responses.count, compact: true)
        for element in self.responses {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaArrayCount(self.nodeEndpoints.count, compact: true)
        for element in self.nodeEndpoints {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ShareAcknowledgeResponse {
    public struct ShareAcknowledgeTopicResponse: Sendable, Hashable {
        /// The unique topic ID.
        public var topicId: KafkaUUID = .zero
        /// The topic partitions.
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicId = try buffer.readKafkaUUID()
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
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareAcknowledgeResponse {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        public var errorMessage: String? = nil
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            self.currentLeader = try LeaderIdAndEpoch(from: &buffer, version: version)
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
            buffer.writeKafkaString(self.errorMessage, compact: true)
            try self.currentLeader.encode(into: &buffer, version: version)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareAcknowledgeResponse {
    public struct LeaderIdAndEpoch: Sendable, Hashable {
        /// The ID of the current leader or -1 if the leader is unknown.
        public var leaderId: Int32 = 0
        /// The latest known leader epoch.
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.leaderId)
            buffer.writeKafkaInt32(self.leaderEpoch)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareAcknowledgeResponse {
    public struct NodeEndpoint: Sendable, Hashable {
        /// The ID of the associated node. (entity: brokerId)
        public var nodeId: Int32 = 0
        /// The node's hostname.
        public var host: String = ""
        /// The node's port.
        public var port: Int32 = 0
        /// The rack of the node, or null if it has not been assigned to a rack.
        public var rack: String? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.nodeId = try buffer.readKafkaInt32()
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInt32()
            self.rack = try buffer.readKafkaNullableString(compact: true)
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.nodeId)
            buffer.writeKafkaString(self.host, compact: true)
            buffer.writeKafkaInt32(self.port)
            buffer.writeKafkaString(self.rack, compact: true)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
