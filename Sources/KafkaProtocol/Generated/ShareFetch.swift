// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ShareFetchRequest, versions 0-0 (flexible from v0).
public struct ShareFetchRequest: KafkaRequest {
    public typealias Response = ShareFetchResponse
    public static let apiKey: Int16 = 78
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
    /// The maximum time in milliseconds to wait for the response.
    public var maxWaitMs: Int32 = 0
    /// The minimum bytes to accumulate in the response.
    public var minBytes: Int32 = 0
    /// The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
    public var maxBytes: Int32 = 0x7fffffff
    /// The topics to fetch.
    public var topics: [FetchTopic] = []
    /// The partitions to remove from this share session.
    public var forgottenTopicsData: [ForgottenTopic] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 78, version: version) }
        self.groupId = try buffer.readKafkaNullableString(compact: true)
        self.memberId = try buffer.readKafkaNullableString(compact: true)
        self.shareSessionEpoch = try buffer.readKafkaInt32()
        self.maxWaitMs = try buffer.readKafkaInt32()
        self.minBytes = try buffer.readKafkaInt32()
        self.maxBytes = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [FetchTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try FetchTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [ForgottenTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ForgottenTopic(from: &buffer, version: version)) }
            self.forgottenTopicsData = elements
        } else {
            throw .unexpectedNull(field: "forgottenTopicsData")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 78, version: version) }
        buffer.writeKafkaString(self.groupId, compact: true)
        buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeKafkaInt32(self.shareSessionEpoch)
        buffer.writeKafkaInt32(self.maxWaitMs)
        buffer.writeKafkaInt32(self.minBytes)
        buffer.writeKafkaInt32(self.maxBytes)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaArrayCount(self.forgottenTopicsData.count, compact: true)
        for element in self.forgottenTopicsData {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ShareFetchRequest {
    public struct FetchTopic: Sendable, Hashable {
        /// The unique topic ID.
        public var topicId: KafkaUUID = .zero
        /// The partitions to fetch.
        public var partitions: [FetchPartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [FetchPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try FetchPartition(from: &buffer, version: version)) }
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

extension ShareFetchRequest {
    public struct FetchPartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored.
        public var partitionMaxBytes: Int32 = 0
        /// Record batches to acknowledge.
        public var acknowledgementBatches: [AcknowledgementBatch] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.partitionMaxBytes = try buffer.readKafkaInt32()
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
            buffer.writeKafkaInt32(self.partitionMaxBytes)
            buffer.writeKafkaArrayCount(self.acknowledgementBatches.count, compact: true)
            for element in self.acknowledgementBatches {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareFetchRequest {
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

extension ShareFetchRequest {
    public struct ForgottenTopic: Sendable, Hashable {
        /// The unique topic ID.
        public var topicId: KafkaUUID = .zero
        /// The partitions indexes to forget.
        public var partitions: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
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
                buffer.writeKafkaInt32(element)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// ShareFetchResponse, versions 0-0 (flexible from v0).
public struct ShareFetchResponse: KafkaResponse {
    public static let apiKey: Int16 = 78
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top-level response error code.
    public var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    public var errorMessage: String? = nil
    /// The response topics.
    public var responses: [ShareFetchableTopicResponse] = []
    /// Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 78, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [ShareFetchableTopicResponse] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ShareFetchableTopicResponse(from: &buffer, version: version)) }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 78, version: version) }
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

extension ShareFetchResponse {
    public struct ShareFetchableTopicResponse: Sendable, Hashable {
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

extension ShareFetchResponse {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The fetch error code, or 0 if there was no fetch error.
        public var errorCode: Int16 = 0
        /// The fetch error message, or null if there was no fetch error.
        public var errorMessage: String? = nil
        /// The acknowledge error code, or 0 if there was no acknowledge error.
        public var acknowledgeErrorCode: Int16 = 0
        /// The acknowledge error message, or null if there was no acknowledge error.
        public var acknowledgeErrorMessage: String? = nil
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// The record data.
        public var records: ByteBuffer? = nil
        /// The acquired records.
        public var acquiredRecords: [AcquiredRecords] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            self.acknowledgeErrorCode = try buffer.readKafkaInt16()
            self.acknowledgeErrorMessage = try buffer.readKafkaNullableString(compact: true)
            self.currentLeader = try LeaderIdAndEpoch(from: &buffer, version: version)
            self.records = try buffer.readKafkaNullableBytes(compact: true)
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [AcquiredRecords] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AcquiredRecords(from: &buffer, version: version)) }
                self.acquiredRecords = elements
            } else {
                throw .unexpectedNull(field: "acquiredRecords")
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
            buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeKafkaInt16(self.acknowledgeErrorCode)
            buffer.writeKafkaString(self.acknowledgeErrorMessage, compact: true)
            try self.currentLeader.encode(into: &buffer, version: version)
            buffer.writeKafkaBytes(self.records, compact: true)
            buffer.writeKafkaArrayCount(self.acquiredRecords.count, compact: true)
            for element in self.acquiredRecords {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareFetchResponse {
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

extension ShareFetchResponse {
    public struct AcquiredRecords: Sendable, Hashable {
        /// The earliest offset in this batch of acquired records.
        public var firstOffset: Int64 = 0
        /// The last offset of this batch of acquired records.
        public var lastOffset: Int64 = 0
        /// The delivery count of this batch of acquired records.
        public var deliveryCount: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.firstOffset = try buffer.readKafkaInt64()
            self.lastOffset = try buffer.readKafkaInt64()
            self.deliveryCount = try buffer.readKafkaInt16()
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
            buffer.writeKafkaInt16(self.deliveryCount)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareFetchResponse {
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
