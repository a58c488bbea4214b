// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ProduceRequest, versions 0-11 (flexible from v9).
public struct ProduceRequest: KafkaRequest {
    public typealias Response = ProduceResponse
    public static let apiKey: Int16 = 0
    public static let kafka4MinimumVersion: Int16 = 3
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...11
    public static let firstFlexibleVersion: Int16? = 9

    /// The transactional ID, or null if the producer is not transactional. (entity: transactionalId)
    public var transactionalId: String? = nil
    /// The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR.
    public var acks: Int16 = 0
    /// The timeout to await a response in milliseconds.
    public var timeoutMs: Int32 = 0
    /// Each topic to produce to.
    public var topicData: [TopicProduceData] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 0, version: version) }
        if version >= 3 {
            self.transactionalId = try buffer.readKafkaNullableString(compact: version >= 9)
        }
        self.acks = try buffer.readKafkaInt16()
        self.timeoutMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
            var elements: [TopicProduceData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicProduceData(from: &buffer, version: version)) }
            self.topicData = elements
        } else {
            throw .unexpectedNull(field: "topicData")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 0, version: version) }
        if version >= 3 {
            buffer.writeKafkaString(self.transactionalId, compact: version >= 9)
        } else {
            if self.transactionalId != nil { throw .fieldNotSupported(field: "transactionalId", version: version) }
        }
        buffer.writeKafkaInt16(self.acks)
        buffer.writeKafkaInt32(self.timeoutMs)
        buffer.writeKafkaArrayCount(self.topicData.count, compact: version >= 9)
        for element in self.topicData {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 9 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ProduceRequest {
    public struct TopicProduceData: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// Each partition to produce to.
        public var partitionData: [PartitionProduceData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 9, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
                var elements: [PartitionProduceData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionProduceData(from: &buffer, version: version)) }
                self.partitionData = elements
            } else {
                throw .unexpectedNull(field: "partitionData")
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
            buffer.writeKafkaString(self.name, compact: version >= 9)
            buffer.writeKafkaArrayCount(self.partitionData.count, compact: version >= 9)
            for element in self.partitionData {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ProduceRequest {
    public struct PartitionProduceData: Sendable, Hashable {
        /// The partition index.
        public var index: Int32 = 0
        /// The record data to be produced.
        public var records: ByteBuffer? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.index = try buffer.readKafkaInt32()
            self.records = try buffer.readKafkaNullableBytes(compact: version >= 9)
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
            buffer.writeKafkaInt32(self.index)
            buffer.writeKafkaBytes(self.records, compact: version >= 9)
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// ProduceResponse, versions 0-11 (flexible from v9).
public struct ProduceResponse: KafkaResponse {
    public static let apiKey: Int16 = 0
    public static let kafka4MinimumVersion: Int16 = 3
    public static let validVersions: ClosedRange<Int16> = 0...11
    public static let firstFlexibleVersion: Int16? = 9

    /// Each produce response
    public var responses: [TopicProduceResponse] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 0, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
            var elements: [TopicProduceResponse] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicProduceResponse(from: &buffer, version: version)) }
            self.responses = elements
        } else {
            throw .unexpectedNull(field: "responses")
        }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if version >= 9 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                switch tag {
                case 0 where version >= 10:
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 0, version: version) }
        buffer.writeKafkaArrayCount(self.responses.count, compact: version >= 9)
        for element in self.responses {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        if !(version >= 10) {
            if self.nodeEndpoints != [] { throw .fieldNotSupported(field: "nodeEndpoints", version: version) }
        }
        if version >= 9 {
            var tagged = unknownTaggedFields
            if version >= 10, self.nodeEndpoints != [] {
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

extension ProduceResponse {
    public struct TopicProduceResponse: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var name: String = ""
        /// Each partition that we produced to within the topic.
        public var partitionResponses: [PartitionProduceResponse] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 9, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
                var elements: [PartitionProduceResponse] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionProduceResponse(from: &buffer, version: version)) }
                self.partitionResponses = elements
            } else {
                throw .unexpectedNull(field: "partitionResponses")
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
            buffer.writeKafkaString(self.name, compact: version >= 9)
            buffer.writeKafkaArrayCount(self.partitionResponses.count, compact: version >= 9)
            for element in self.partitionResponses {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ProduceResponse {
    public struct PartitionProduceResponse: Sendable, Hashable {
        /// The partition index.
        public var index: Int32 = 0
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The base offset.
        public var baseOffset: Int64 = 0
        /// The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended.
        public var logAppendTimeMs: Int64 = -1
        /// The log start offset.
        public var logStartOffset: Int64 = -1
        /// The batch indices of records that caused the batch to be dropped
        public var recordErrors: [BatchIndexAndErrorMessage] = []
        /// The global error message summarizing the common root cause of the records that caused the batch to be dropped
        public var errorMessage: String? = nil
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.index = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.baseOffset = try buffer.readKafkaInt64()
            if version >= 2 {
                self.logAppendTimeMs = try buffer.readKafkaInt64()
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInt64()
            }
            if version >= 8 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 9, minimumElementSize: 1) {
                    var elements: [BatchIndexAndErrorMessage] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try BatchIndexAndErrorMessage(from: &buffer, version: version)) }
                    self.recordErrors = elements
                } else {
                    throw .unexpectedNull(field: "recordErrors")
                }
            }
            if version >= 8 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 9)
            }
            if version >= 9 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    switch tag {
                    case 0 where version >= 10:
                        self.currentLeader = try LeaderIdAndEpoch(from: &field, version: version)
                    default:
                        unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                    }
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.index)
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaInt64(self.baseOffset)
            if version >= 2 {
                buffer.writeKafkaInt64(self.logAppendTimeMs)
            }
            if version >= 5 {
                buffer.writeKafkaInt64(self.logStartOffset)
            }
            if version >= 8 {
                buffer.writeKafkaArrayCount(self.recordErrors.count, compact: version >= 9)
                for element in self.recordErrors {
                    try element.encode(into: &buffer, version: version)
                }
            }
            if version >= 8 {
                buffer.writeKafkaString(self.errorMessage, compact: version >= 9)
            }
            if !(version >= 10) {
                if self.currentLeader != LeaderIdAndEpoch() { throw .fieldNotSupported(field: "currentLeader", version: version) }
            }
            if version >= 9 {
                var tagged = unknownTaggedFields
                if version >= 10, self.currentLeader != LeaderIdAndEpoch() {
                    tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                        try self.currentLeader.encode(into: &field, version: version)
                    })
                }
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ProduceResponse {
    public struct BatchIndexAndErrorMessage: Sendable, Hashable {
        /// The batch index of the record that cause the batch to be dropped
        public var batchIndex: Int32 = 0
        /// The error message of the record that caused the batch to be dropped
        public var batchIndexErrorMessage: String? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 8 {
                self.batchIndex = try buffer.readKafkaInt32()
            }
            if version >= 8 {
                self.batchIndexErrorMessage = try buffer.readKafkaNullableString(compact: version >= 9)
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
            if version >= 8 {
                buffer.writeKafkaInt32(self.batchIndex)
            } else {
                if self.batchIndex != 0 { throw .fieldNotSupported(field: "batchIndex", version: version) }
            }
            if version >= 8 {
                buffer.writeKafkaString(self.batchIndexErrorMessage, compact: version >= 9)
            } else {
                if self.batchIndexErrorMessage != nil { throw .fieldNotSupported(field: "batchIndexErrorMessage", version: version) }
            }
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ProduceResponse {
    public struct LeaderIdAndEpoch: Sendable, Hashable {
        /// The ID of the current leader or -1 if the leader is unknown. (entity: brokerId)
        public var leaderId: Int32 = -1
        /// The latest known leader epoch
        public var leaderEpoch: Int32 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 10 {
                self.leaderId = try buffer.readKafkaInt32()
            }
            if version >= 10 {
                self.leaderEpoch = try buffer.readKafkaInt32()
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
                buffer.writeKafkaInt32(self.leaderId)
            } else {
                if self.leaderId != -1 { throw .fieldNotSupported(field: "leaderId", version: version) }
            }
            if version >= 10 {
                buffer.writeKafkaInt32(self.leaderEpoch)
            } else {
                if self.leaderEpoch != -1 { throw .fieldNotSupported(field: "leaderEpoch", version: version) }
            }
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ProduceResponse {
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
            if version >= 10 {
                self.nodeId = try buffer.readKafkaInt32()
            }
            if version >= 10 {
                self.host = try buffer.readKafkaString(compact: true, field: "host")
            }
            if version >= 10 {
                self.port = try buffer.readKafkaInt32()
            }
            if version >= 10 {
                self.rack = try buffer.readKafkaNullableString(compact: true)
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
                buffer.writeKafkaInt32(self.nodeId)
            } else {
                if self.nodeId != 0 { throw .fieldNotSupported(field: "nodeId", version: version) }
            }
            if version >= 10 {
                buffer.writeKafkaString(self.host, compact: true)
            } else {
                if self.host != "" { throw .fieldNotSupported(field: "host", version: version) }
            }
            if version >= 10 {
                buffer.writeKafkaInt32(self.port)
            } else {
                if self.port != 0 { throw .fieldNotSupported(field: "port", version: version) }
            }
            if version >= 10 {
                buffer.writeKafkaString(self.rack, compact: true)
            } else {
                if self.rack != nil { throw .fieldNotSupported(field: "rack", version: version) }
            }
            if version >= 9 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
