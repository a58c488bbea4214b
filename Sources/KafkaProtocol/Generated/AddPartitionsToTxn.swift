// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// AddPartitionsToTxnRequest, versions 0-5 (flexible from v3).
public struct AddPartitionsToTxnRequest: KafkaRequest {
    public typealias Response = AddPartitionsToTxnResponse
    public static let apiKey: Int16 = 24
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    /// List of transactions to add partitions to.
    public var transactions: [AddPartitionsToTxnTransaction] = []
    /// The transactional id corresponding to the transaction. (entity: transactionalId)
    public var v3AndBelowTransactionalId: String = ""
    /// Current producer id in use by the transactional id. (entity: producerId)
    public var v3AndBelowProducerId: Int64 = 0
    /// Current epoch associated with the producer id.
    public var v3AndBelowProducerEpoch: Int16 = 0
    /// The partitions to add to the transaction.
    public var v3AndBelowTopics: [AddPartitionsToTxnTopic] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 24, version: version) }
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [AddPartitionsToTxnTransaction] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AddPartitionsToTxnTransaction(from: &buffer, version: version)) }
                self.transactions = elements
            } else {
                throw .unexpectedNull(field: "transactions")
            }
        }
        if version <= 3 {
            self.v3AndBelowTransactionalId = try buffer.readKafkaString(compact: version >= 3, field: "v3AndBelowTransactionalId")
        }
        if version <= 3 {
            self.v3AndBelowProducerId = try buffer.readKafkaInt64()
        }
        if version <= 3 {
            self.v3AndBelowProducerEpoch = try buffer.readKafkaInt16()
        }
        if version <= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
                var elements: [AddPartitionsToTxnTopic] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AddPartitionsToTxnTopic(from: &buffer, version: version)) }
                self.v3AndBelowTopics = elements
            } else {
                throw .unexpectedNull(field: "v3AndBelowTopics")
            }
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 24, version: version) }
        if version >= 4 {
            buffer.writeKafkaArrayCount(self.transactions.count, compact: true)
            for element in self.transactions {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.transactions != [] { throw .fieldNotSupported(field: "transactions", version: version) }
        }
        if version <= 3 {
            buffer.writeKafkaString(self.v3AndBelowTransactionalId, compact: version >= 3)
        } else {
            if self.v3AndBelowTransactionalId != "" { throw .fieldNotSupported(field: "v3AndBelowTransactionalId", version: version) }
        }
        if version <= 3 {
            buffer.writeKafkaInt64(self.v3AndBelowProducerId)
        } else {
            if self.v3AndBelowProducerId != 0 { throw .fieldNotSupported(field: "v3AndBelowProducerId", version: version) }
        }
        if version <= 3 {
            buffer.writeKafkaInt16(self.v3AndBelowProducerEpoch)
        } else {
            if self.v3AndBelowProducerEpoch != 0 { throw .fieldNotSupported(field: "v3AndBelowProducerEpoch", version: version) }
        }
        if version <= 3 {
            buffer.writeKafkaArrayCount(self.v3AndBelowTopics.count, compact: version >= 3)
            for element in self.v3AndBelowTopics {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.v3AndBelowTopics != [] { throw .fieldNotSupported(field: "v3AndBelowTopics", version: version) }
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension AddPartitionsToTxnRequest {
    public struct AddPartitionsToTxnTransaction: Sendable, Hashable {
        /// The transactional id corresponding to the transaction. (entity: transactionalId)
        public var transactionalId: String = ""
        /// Current producer id in use by the transactional id. (entity: producerId)
        public var producerId: Int64 = 0
        /// Current epoch associated with the producer id.
        public var producerEpoch: Int16 = 0
        /// Boolean to signify if we want to check if the partition is in the transaction rather than add it.
        public var verifyOnly: Bool = false
        /// The partitions to add to the transaction.
        public var topics: [AddPartitionsToTxnTopic] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 4 {
                self.transactionalId = try buffer.readKafkaString(compact: true, field: "transactionalId")
            }
            if version >= 4 {
                self.producerId = try buffer.readKafkaInt64()
            }
            if version >= 4 {
                self.producerEpoch = try buffer.readKafkaInt16()
            }
            if version >= 4 {
                self.verifyOnly = try buffer.readKafkaBool()
            }
            if version >= 4 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [AddPartitionsToTxnTopic] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try AddPartitionsToTxnTopic(from: &buffer, version: version)) }
                    self.topics = elements
                } else {
                    throw .unexpectedNull(field: "topics")
                }
            }
            if version >= 3 {
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
                buffer.writeKafkaString(self.transactionalId, compact: true)
            } else {
                if self.transactionalId != "" { throw .fieldNotSupported(field: "transactionalId", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaInt64(self.producerId)
            } else {
                if self.producerId != 0 { throw .fieldNotSupported(field: "producerId", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaInt16(self.producerEpoch)
            } else {
                if self.producerEpoch != 0 { throw .fieldNotSupported(field: "producerEpoch", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaBool(self.verifyOnly)
            } else {
                if self.verifyOnly != false { throw .fieldNotSupported(field: "verifyOnly", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaArrayCount(self.topics.count, compact: true)
                for element in self.topics {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.topics != [] { throw .fieldNotSupported(field: "topics", version: version) }
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension AddPartitionsToTxnRequest {
    public struct AddPartitionsToTxnTopic: Sendable, Hashable {
        /// The name of the topic. (entity: topicName)
        public var name: String = ""
        /// The partition indexes to add to the transaction
        public var partitions: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 3, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 3 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 3)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 3)
            for element in self.partitions {
                buffer.writeKafkaInt32(element)
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// AddPartitionsToTxnResponse, versions 0-5 (flexible from v3).
public struct AddPartitionsToTxnResponse: KafkaResponse {
    public static let apiKey: Int16 = 24
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The response top level error code.
    public var errorCode: Int16 = 0
    /// Results categorized by transactional ID.
    public var resultsByTransaction: [AddPartitionsToTxnResult] = []
    /// The results for each topic.
    public var resultsByTopicV3AndBelow: [AddPartitionsToTxnTopicResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 24, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if version >= 4 {
            self.errorCode = try buffer.readKafkaInt16()
        }
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [AddPartitionsToTxnResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AddPartitionsToTxnResult(from: &buffer, version: version)) }
                self.resultsByTransaction = elements
            } else {
                throw .unexpectedNull(field: "resultsByTransaction")
            }
        }
        if version <= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
                var elements: [AddPartitionsToTxnTopicResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AddPartitionsToTxnTopicResult(from: &buffer, version: version)) }
                self.resultsByTopicV3AndBelow = elements
            } else {
                throw .unexpectedNull(field: "resultsByTopicV3AndBelow")
            }
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 24, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        if version >= 4 {
            buffer.writeKafkaInt16(self.errorCode)
        }
        if version >= 4 {
            buffer.writeKafkaArrayCount(self.resultsByTransaction.count, compact: true)
            for element in self.resultsByTransaction {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.resultsByTransaction != [] { throw .fieldNotSupported(field: "resultsByTransaction", version: version) }
        }
        if version <= 3 {
            buffer.writeKafkaArrayCount(self.resultsByTopicV3AndBelow.count, compact: version >= 3)
            for element in self.resultsByTopicV3AndBelow {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.resultsByTopicV3AndBelow != [] { throw .fieldNotSupported(field: "resultsByTopicV3AndBelow", version: version) }
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension AddPartitionsToTxnResponse {
    public struct AddPartitionsToTxnResult: Sendable, Hashable {
        /// The transactional id corresponding to the transaction. (entity: transactionalId)
        public var transactionalId: String = ""
        /// The results for each topic.
        public var topicResults: [AddPartitionsToTxnTopicResult] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 4 {
                self.transactionalId = try buffer.readKafkaString(compact: true, field: "transactionalId")
            }
            if version >= 4 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [AddPartitionsToTxnTopicResult] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try AddPartitionsToTxnTopicResult(from: &buffer, version: version)) }
                    self.topicResults = elements
                } else {
                    throw .unexpectedNull(field: "topicResults")
                }
            }
            if version >= 3 {
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
                buffer.writeKafkaString(self.transactionalId, compact: true)
            } else {
                if self.transactionalId != "" { throw .fieldNotSupported(field: "transactionalId", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaArrayCount(self.topicResults.count, compact: true)
                for element in self.topicResults {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.topicResults != [] { throw .fieldNotSupported(field: "topicResults", version: version) }
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension AddPartitionsToTxnResponse {
    public struct AddPartitionsToTxnTopicResult: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The results for each partition
        public var resultsByPartition: [AddPartitionsToTxnPartitionResult] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 3, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
                var elements: [AddPartitionsToTxnPartitionResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AddPartitionsToTxnPartitionResult(from: &buffer, version: version)) }
                self.resultsByPartition = elements
            } else {
                throw .unexpectedNull(field: "resultsByPartition")
            }
            if version >= 3 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 3)
            buffer.writeKafkaArrayCount(self.resultsByPartition.count, compact: version >= 3)
            for element in self.resultsByPartition {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension AddPartitionsToTxnResponse {
    public struct AddPartitionsToTxnPartitionResult: Sendable, Hashable {
        /// The partition indexes.
        public var partitionIndex: Int32 = 0
        /// The response error code.
        public var partitionErrorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.partitionErrorCode = try buffer.readKafkaInt16()
            if version >= 3 {
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
            buffer.writeKafkaInt16(self.partitionErrorCode)
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
