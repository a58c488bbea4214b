// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// FetchRequest, versions 0-17 (flexible from v12).
public struct FetchRequest: KafkaRequest {
    public typealias Response = FetchResponse
    public static let apiKey: Int16 = 1
    public static let kafka4MinimumVersion: Int16 = 4
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...17
    public static let firstFlexibleVersion: Int16? = 12

    /// The clusterId if known. This is used to validate metadata fetches prior to broker registration.
    public var clusterId: String? = nil
    /// The broker ID of the follower, of -1 if this request is from a consumer. (entity: brokerId)
    public var replicaId: Int32 = -1
    public var replicaState: ReplicaState = ReplicaState()
    /// The maximum time in milliseconds to wait for the response.
    public var maxWaitMs: Int32 = 0
    /// The minimum bytes to accumulate in the response.
    public var minBytes: Int32 = 0
    /// The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
    public var maxBytes: Int32 = 0x7fffffff
    /// This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records
    public var isolationLevel: Int8 = 0
    /// The fetch session ID.
    public var sessionId: Int32 = 0
    /// The fetch session epoch, which is used for ordering requests in a session.
    public var sessionEpoch: Int32 = -1
    /// The topics to fetch.
    public var topics: [FetchTopic] = []
    /// In an incremental fetch request, the partitions to remove.
    public var forgottenTopicsData: [ForgottenTopic] = []
    /// Rack ID of the consumer making this request
    public var rackId: String = ""
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 1, version: version) }
        if version <= 14 {
            self.replicaId = try buffer.readKafkaInt32()
        }
        self.maxWaitMs = try buffer.readKafkaInt32()
        self.minBytes = try buffer.readKafkaInt32()
        if version >= 3 {
            self.maxBytes = try buffer.readKafkaInt32()
        }
        if version >= 4 {
            self.isolationLevel = try buffer.readKafkaInt8()
        }
        if version >= 7 {
            self.sessionId = try buffer.readKafkaInt32()
        }
        if version >= 7 {
            self.sessionEpoch = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 12, minimumElementSize: 1) {
            var elements: [FetchTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try FetchTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 7 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 12, minimumElementSize: 1) {
                var elements: [ForgottenTopic] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try ForgottenTopic(from: &buffer, version: version)) }
                self.forgottenTopicsData = elements
            } else {
                throw .unexpectedNull(field: "forgottenTopicsData")
            }
        }
        if version >= 11 {
            self.rackId = try buffer.readKafkaString(compact: version >= 12, field: "rackId")
        }
        if version >= 12 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                switch tag {
                case 0 where version >= 12:
                    self.clusterId = try field.readKafkaNullableString(compact: true)
                case 1 where version >= 15:
                    self.replicaState = try ReplicaState(from: &field, version: version)
                default:
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 1, version: version) }
        if version <= 14 {
            buffer.writeKafkaInt32(self.replicaId)
        } else {
            if self.replicaId != -1 { throw .fieldNotSupported(field: "replicaId", version: version) }
        }
        if !(version >= 15) {
            if self.replicaState != ReplicaState() { throw .fieldNotSupported(field: "replicaState", version: version) }
        }
        buffer.writeKafkaInt32(self.maxWaitMs)
        buffer.writeKafkaInt32(self.minBytes)
        if version >= 3 {
            buffer.writeKafkaInt32(self.maxBytes)
        }
        if version >= 4 {
            buffer.writeKafkaInt8(self.isolationLevel)
        }
        if version >= 7 {
            buffer.writeKafkaInt32(self.sessionId)
        }
        if version >= 7 {
            buffer.writeKafkaInt32(self.sessionEpoch)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 12)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 7 {
            buffer.writeKafkaArrayCount(self.forgottenTopicsData.count, compact: version >= 12)
            for element in self.forgottenTopicsData {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.forgottenTopicsData != [] { throw .fieldNotSupported(field: "forgottenTopicsData", version: version) }
        }
        if version >= 11 {
            buffer.writeKafkaString(self.rackId, compact: version >= 12)
        }
        if version >= 12 {
            var tagged = unknownTaggedFields
            if version >= 12, self.clusterId != nil {
                tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    field.writeKafkaString(self.clusterId, compact: true)
                })
            }
            if version >= 15, self.replicaState != ReplicaState() {
                tagged.append(try KafkaTaggedField.encoding(tag: 1) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    try self.replicaState.encode(into: &field, version: version)
                })
            }
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension FetchRequest {
    public struct ReplicaState: Sendable, Hashable {
        /// The replica ID of the follower, or -1 if this request is from a consumer. (entity: brokerId)
        public var replicaId: Int32 = -1
        /// The epoch of this follower, or -1 if not available.
        public var replicaEpoch: Int64 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 15 {
                self.replicaId = try buffer.readKafkaInt32()
            }
            if version >= 15 {
                self.replicaEpoch = try buffer.readKafkaInt64()
            }
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 15 {
                buffer.writeKafkaInt32(self.replicaId)
            } else {
                if self.replicaId != -1 { throw .fieldNotSupported(field: "replicaId", version: version) }
            }
            if version >= 15 {
                buffer.writeKafkaInt64(self.replicaEpoch)
            } else {
                if self.replicaEpoch != -1 { throw .fieldNotSupported(field: "replicaEpoch", version: version) }
            }
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchRequest {
    public struct FetchTopic: Sendable, Hashable {
        /// The name of the topic to fetch. (entity: topicName)
        public var topic: String = ""
        /// The unique topic ID
        public var topicId: KafkaUUID = .zero
        /// The partitions to fetch.
        public var partitions: [FetchPartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 12 {
                self.topic = try buffer.readKafkaString(compact: version >= 12, field: "topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if let count = try buffer.readKafkaArrayCount(compact: version >= 12, minimumElementSize: 1) {
                var elements: [FetchPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try FetchPartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version <= 12 {
                buffer.writeKafkaString(self.topic, compact: version >= 12)
            }
            if version >= 13 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 12)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchRequest {
    public struct FetchPartition: Sendable, Hashable {
        /// The partition index.
        public var partition: Int32 = 0
        /// The current leader epoch of the partition.
        public var currentLeaderEpoch: Int32 = -1
        /// The message offset.
        public var fetchOffset: Int64 = 0
        /// The epoch of the last fetched record or -1 if there is none
        public var lastFetchedEpoch: Int32 = -1
        /// The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower.
        public var logStartOffset: Int64 = -1
        /// The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored.
        public var partitionMaxBytes: Int32 = 0
        /// The directory id of the follower fetching
        public var replicaDirectoryId: KafkaUUID = .zero
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partition = try buffer.readKafkaInt32()
            if version >= 9 {
                self.currentLeaderEpoch = try buffer.readKafkaInt32()
            }
            self.fetchOffset = try buffer.readKafkaInt64()
            if version >= 12 {
                self.lastFetchedEpoch = try buffer.readKafkaInt32()
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInt64()
            }
            self.partitionMaxBytes = try buffer.readKafkaInt32()
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    switch tag {
                    case 0 where version >= 17:
                        self.replicaDirectoryId = try field.readKafkaUUID()
                    default:
                        unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                    }
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partition)
            if version >= 9 {
                buffer.writeKafkaInt32(self.currentLeaderEpoch)
            }
            buffer.writeKafkaInt64(self.fetchOffset)
            if version >= 12 {
                buffer.writeKafkaInt32(self.lastFetchedEpoch)
            } else {
                if self.lastFetchedEpoch != -1 { throw .fieldNotSupported(field: "lastFetchedEpoch", version: version) }
            }
            if version >= 5 {
                buffer.writeKafkaInt64(self.logStartOffset)
            }
            buffer.writeKafkaInt32(self.partitionMaxBytes)
            if version >= 12 {
                var tagged = unknownTaggedFields
                if version >= 17, self.replicaDirectoryId != .zero {
                    tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                        field.writeKafkaUUID(self.replicaDirectoryId)
                    })
                }
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchRequest {
    public struct ForgottenTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topic: String = ""
        /// The unique topic ID
        public var topicId: KafkaUUID = .zero
        /// The partitions indexes to forget.
        public var partitions: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if (7...12).contains(version) {
                self.topic = try buffer.readKafkaString(compact: version >= 12, field: "topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if version >= 7 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 12, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.partitions = elements
                } else {
                    throw .unexpectedNull(field: "partitions")
                }
            }
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if (7...12).contains(version) {
                buffer.writeKafkaString(self.topic, compact: version >= 12)
            }
            if version >= 13 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if version >= 7 {
                buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 12)
                for element in self.partitions {
                    buffer.writeKafkaInt32(element)
                }
            } else {
                if self.partitions != [] { throw .fieldNotSupported(field: "partitions", version: version) }
            }
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// FetchResponse, versions 0-17 (flexible from v12).
public struct FetchResponse: KafkaResponse {
    public static let apiKey: Int16 = 1
    public static let kafka4MinimumVersion: Int16 = 4
    public static let validVersions: ClosedRange<Int16> = 0...17
    public static let firstFlexibleVersion: Int16? = 12

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    public var errorCode: Int16 = 0
    /// The fetch session ID, or 0 if this is not part of a fetch session.
    public var sessionId: Int32 = 0
    /// The response topics.
    public var responses: [FetchableTopicResponse] = []
    /// Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 1, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if version >= 7 {
            self.errorCode = try buffer.readKafkaInt16()
        }
        if version >= 7 {
            self.sessionId = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 12, minimumElementSize: 1) {
            var elements: [FetchableTopicResponse] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try FetchableTopicResponse(from: &buffer, version: version)) }
            self.responses = elements
        } else {
            throw .unexpectedNull(field: "responses")
        }
        if version >= 12 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                switch tag {
                case 0 where version >= 16:
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 1, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        if version >= 7 {
            buffer.writeKafkaInt16(self.errorCode)
        }
        if version >= 7 {
            buffer.writeKafkaInt32(self.sessionId)
        } else {
            if self.sessionId != 0 { throw .fieldNotSupported(field: "sessionId", version: version) }
        }
        buffer.writeKafkaArrayCount(self.responses.count, compact: version >= 12)
        for element in self.responses {
            try element.encode(into: &buffer, version: version)
        }
        if !(version >= 16) {
            if self.nodeEndpoints != [] { throw .fieldNotSupported(field: "nodeEndpoints", version: version) }
        }
        if version >= 12 {
            var tagged = unknownTaggedFields
            if version >= 16, self.nodeEndpoints != [] {
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

extension FetchResponse {
    public struct FetchableTopicResponse: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topic: String = ""
        /// The unique topic ID
        public var topicId: KafkaUUID = .zero
        /// The topic partitions.
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 12 {
                self.topic = try buffer.readKafkaString(compact: version >= 12, field: "topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if let count = try buffer.readKafkaArrayCount(compact: version >= 12, minimumElementSize: 1) {
                var elements: [PartitionData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionData(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version <= 12 {
                buffer.writeKafkaString(self.topic, compact: version >= 12)
            }
            if version >= 13 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 12)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchResponse {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no fetch error.
        public var errorCode: Int16 = 0
        /// The current high water mark.
        public var highWatermark: Int64 = 0
        /// The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED)
        public var lastStableOffset: Int64 = -1
        /// The current log start offset.
        public var logStartOffset: Int64 = -1
        /// In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge
        public var divergingEpoch: EpochEndOffset = EpochEndOffset()
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request.
        public var snapshotId: SnapshotId = SnapshotId()
        /// The aborted transactions.
        public var abortedTransactions: [AbortedTransaction]? = []
        /// The preferred read replica for the consumer to use on its next fetch request (entity: brokerId)
        public var preferredReadReplica: Int32 = -1
        /// The record data.
        public var records: ByteBuffer? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.highWatermark = try buffer.readKafkaInt64()
            if version >= 4 {
                self.lastStableOffset = try buffer.readKafkaInt64()
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInt64()
            }
            if version >= 4 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 12, minimumElementSize: 1) {
                    var elements: [AbortedTransaction] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try AbortedTransaction(from: &buffer, version: version)) }
                    self.abortedTransactions = elements
                } else {
                    self.abortedTransactions = nil
                }
            }
            if version >= 11 {
                self.preferredReadReplica = try buffer.readKafkaInt32()
            }
            self.records = try buffer.readKafkaNullableBytes(compact: version >= 12)
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    switch tag {
                    case 0 where version >= 12:
                        self.divergingEpoch = try EpochEndOffset(from: &field, version: version)
                    case 1 where version >= 12:
                        self.currentLeader = try LeaderIdAndEpoch(from: &field, version: version)
                    case 2 where version >= 12:
                        self.snapshotId = try SnapshotId(from: &field, version: version)
                    default:
                        unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                    }
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaInt64(self.highWatermark)
            if version >= 4 {
                buffer.writeKafkaInt64(self.lastStableOffset)
            }
            if version >= 5 {
                buffer.writeKafkaInt64(self.logStartOffset)
            }
            if !(version >= 12) {
                if self.divergingEpoch != EpochEndOffset() { throw .fieldNotSupported(field: "divergingEpoch", version: version) }
            }
            if !(version >= 12) {
                if self.currentLeader != LeaderIdAndEpoch() { throw .fieldNotSupported(field: "currentLeader", version: version) }
            }
            if !(version >= 12) {
                if self.snapshotId != SnapshotId() { throw .fieldNotSupported(field: "snapshotId", version: version) }
            }
            if version >= 4 {
                if let elements = self.abortedTransactions {
                    buffer.writeKafkaArrayCount(elements.count, compact: version >= 12)
                    for element in elements {
                        try element.encode(into: &buffer, version: version)
                    }
                } else {
                    buffer.writeKafkaArrayCount(nil, compact: version >= 12)
                }
            }
            if version >= 11 {
                buffer.writeKafkaInt32(self.preferredReadReplica)
            } else {
                if self.preferredReadReplica != -1 { throw .fieldNotSupported(field: "preferredReadReplica", version: version) }
            }
            buffer.writeKafkaBytes(self.records, compact: version >= 12)
            if version >= 12 {
                var tagged = unknownTaggedFields
                if version >= 12, self.divergingEpoch != EpochEndOffset() {
                    tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                        try self.divergingEpoch.encode(into: &field, version: version)
                    })
                }
                if version >= 12, self.currentLeader != LeaderIdAndEpoch() {
                    tagged.append(try KafkaTaggedField.encoding(tag: 1) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                        try self.currentLeader.encode(into: &field, version: version)
                    })
                }
                if version >= 12, self.snapshotId != SnapshotId() {
                    tagged.append(try KafkaTaggedField.encoding(tag: 2) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                        try self.snapshotId.encode(into: &field, version: version)
                    })
                }
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchResponse {
    public struct EpochEndOffset: Sendable, Hashable {
        public var epoch: Int32 = -1
        public var endOffset: Int64 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 12 {
                self.epoch = try buffer.readKafkaInt32()
            }
            if version >= 12 {
                self.endOffset = try buffer.readKafkaInt64()
            }
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 12 {
                buffer.writeKafkaInt32(self.epoch)
            } else {
                if self.epoch != -1 { throw .fieldNotSupported(field: "epoch", version: version) }
            }
            if version >= 12 {
                buffer.writeKafkaInt64(self.endOffset)
            } else {
                if self.endOffset != -1 { throw .fieldNotSupported(field: "endOffset", version: version) }
            }
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchResponse {
    public struct LeaderIdAndEpoch: Sendable, Hashable {
        /// The ID of the current leader or -1 if the leader is unknown. (entity: brokerId)
        public var leaderId: Int32 = -1
        /// The latest known leader epoch
        public var leaderEpoch: Int32 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 12 {
                self.leaderId = try buffer.readKafkaInt32()
            }
            if version >= 12 {
                self.leaderEpoch = try buffer.readKafkaInt32()
            }
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 12 {
                buffer.writeKafkaInt32(self.leaderId)
            } else {
                if self.leaderId != -1 { throw .fieldNotSupported(field: "leaderId", version: version) }
            }
            if version >= 12 {
                buffer.writeKafkaInt32(self.leaderEpoch)
            } else {
                if self.leaderEpoch != -1 { throw .fieldNotSupported(field: "leaderEpoch", version: version) }
            }
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchResponse {
    public struct SnapshotId: Sendable, Hashable {
        public var endOffset: Int64 = -1
        public var epoch: Int32 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.endOffset = try buffer.readKafkaInt64()
            self.epoch = try buffer.readKafkaInt32()
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt64(self.endOffset)
            buffer.writeKafkaInt32(self.epoch)
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchResponse {
    public struct AbortedTransaction: Sendable, Hashable {
        /// The producer id associated with the aborted transaction. (entity: producerId)
        public var producerId: Int64 = 0
        /// The first offset in the aborted transaction.
        public var firstOffset: Int64 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 4 {
                self.producerId = try buffer.readKafkaInt64()
            }
            if version >= 4 {
                self.firstOffset = try buffer.readKafkaInt64()
            }
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 4 {
                buffer.writeKafkaInt64(self.producerId)
            } else {
                if self.producerId != 0 { throw .fieldNotSupported(field: "producerId", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaInt64(self.firstOffset)
            } else {
                if self.firstOffset != 0 { throw .fieldNotSupported(field: "firstOffset", version: version) }
            }
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension FetchResponse {
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
            if version >= 16 {
                self.nodeId = try buffer.readKafkaInt32()
            }
            if version >= 16 {
                self.host = try buffer.readKafkaString(compact: true, field: "host")
            }
            if version >= 16 {
                self.port = try buffer.readKafkaInt32()
            }
            if version >= 16 {
                self.rack = try buffer.readKafkaNullableString(compact: true)
            }
            if version >= 12 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 16 {
                buffer.writeKafkaInt32(self.nodeId)
            } else {
                if self.nodeId != 0 { throw .fieldNotSupported(field: "nodeId", version: version) }
            }
            if version >= 16 {
                buffer.writeKafkaString(self.host, compact: true)
            } else {
                if self.host != "" { throw .fieldNotSupported(field: "host", version: version) }
            }
            if version >= 16 {
                buffer.writeKafkaInt32(self.port)
            } else {
                if self.port != 0 { throw .fieldNotSupported(field: "port", version: version) }
            }
            if version >= 16 {
                buffer.writeKafkaString(self.rack, compact: true)
            } else {
                if self.rack != nil { throw .fieldNotSupported(field: "rack", version: version) }
            }
            if version >= 12 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
