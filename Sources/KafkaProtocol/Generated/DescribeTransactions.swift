// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeTransactionsRequest, versions 0-0 (flexible from v0).
public struct DescribeTransactionsRequest: KafkaRequest {
    public typealias Response = DescribeTransactionsResponse
    public static let apiKey: Int16 = 65
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// Array of transactionalIds to include in describe results. If empty, then no results will be returned. (entity: transactionalId)
    public var transactionalIds: [String] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 65, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "transactionalIds")) }
            self.transactionalIds = elements
        } else {
            throw .unexpectedNull(field: "transactionalIds")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 65, version: version) }
        buffer.writeKafkaArrayCount(self.transactionalIds.count, compact: true)
        for element in self.transactionalIds {
            buffer.writeKafkaString(element, compact: true)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// DescribeTransactionsResponse, versions 0-0 (flexible from v0).
public struct DescribeTransactionsResponse: KafkaResponse {
    public static let apiKey: Int16 = 65
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    public var transactionStates: [TransactionState] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 65, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TransactionState] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TransactionState(from: &buffer, version: version)) }
            self.transactionStates = elements
        } else {
            throw .unexpectedNull(field: "transactionStates")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 65, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.transactionStates.count, compact: true)
        for element in self.transactionStates {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DescribeTransactionsResponse {
    public struct TransactionState: Sendable, Hashable {
        public var errorCode: Int16 = 0
        /// Entity: transactionalId.
        public var transactionalId: String = ""
        public var transactionState: String = ""
        public var transactionTimeoutMs: Int32 = 0
        public var transactionStartTimeMs: Int64 = 0
        /// Entity: producerId.
        public var producerId: Int64 = 0
        public var producerEpoch: Int16 = 0
        /// The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers.
        public var topics: [TopicData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.transactionalId = try buffer.readKafkaString(compact: true, field: "transactionalId")
            self.transactionState = try buffer.readKafkaString(compact: true, field: "transactionState")
            self.transactionTimeoutMs = try buffer.readKafkaInt32()
            self.transactionStartTimeMs = try buffer.readKafkaInt64()
            self.producerId = try buffer.readKafkaInt64()
            self.producerEpoch = try buffer.readKafkaInt16()
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
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.transactionalId, compact: true)
            buffer.writeKafkaString(self.transactionState, compact: true)
            buffer.writeKafkaInt32(self.transactionTimeoutMs)
            buffer.writeKafkaInt64(self.transactionStartTimeMs)
            buffer.writeKafkaInt64(self.producerId)
            buffer.writeKafkaInt16(self.producerEpoch)
            buffer.writeKafkaArrayCount(self.topics.count, compact: true)
            for element in self.topics {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeTransactionsResponse {
    public struct TopicData: Sendable, Hashable {
        /// Entity: topicName.
        public var topic: String = ""
        public var partitions: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topic = try buffer.readKafkaString(compact: true, field: "topic")
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
            buffer.writeKafkaString(self.topic, compact: true)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                buffer.writeKafkaInt32(element)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
