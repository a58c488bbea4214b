// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ListTransactionsRequest, versions 0-1 (flexible from v0).
public struct ListTransactionsRequest: KafkaRequest {
    public typealias Response = ListTransactionsResponse
    public static let apiKey: Int16 = 66
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned
    public var stateFilters: [String] = []
    /// The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned (entity: producerId)
    public var producerIdFilters: [Int64] = []
    /// Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned
    public var durationFilter: Int64 = -1
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 66, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "stateFilters")) }
            self.stateFilters = elements
        } else {
            throw .unexpectedNull(field: "stateFilters")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 8) {
            var elements: [Int64] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaInt64()) }
            self.producerIdFilters = elements
        } else {
            throw .unexpectedNull(field: "producerIdFilters")
        }
        if version >= 1 {
            self.durationFilter = try buffer.readKafkaInt64()
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 66, version: version) }
        buffer.writeKafkaArrayCount(self.stateFilters.count, compact: true)
        for element in self.stateFilters {
            buffer.writeKafkaString(element, compact: true)
        }
        buffer.writeKafkaArrayCount(self.producerIdFilters.count, compact: true)
        for element in self.producerIdFilters {
            buffer.writeKafkaInt64(element)
        }
        if version >= 1 {
            buffer.writeKafkaInt64(self.durationFilter)
        } else {
            if self.durationFilter != -1 { throw .fieldNotSupported(field: "durationFilter", version: version) }
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// ListTransactionsResponse, versions 0-1 (flexible from v0).
public struct ListTransactionsResponse: KafkaResponse {
    public static let apiKey: Int16 = 66
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    /// Set of state filters provided in the request which were unknown to the transaction coordinator
    public var unknownStateFilters: [String] = []
    public var transactionStates: [TransactionState] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 66, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "unknownStateFilters")) }
            self.unknownStateFilters = elements
        } else {
            throw .unexpectedNull(field: "unknownStateFilters")
        }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 66, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.unknownStateFilters.count, compact: true)
        for element in self.unknownStateFilters {
            buffer.writeKafkaString(element, compact: true)
        }
        buffer.writeKafkaArrayCount(self.transactionStates.count, compact: true)
        for element in self.transactionStates {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ListTransactionsResponse {
    public struct TransactionState: Sendable, Hashable {
        /// Entity: transactionalId.
        public var transactionalId: String = ""
        /// Entity: producerId.
        public var producerId: Int64 = 0
        /// The current transaction state of the producer
        public var transactionState: String = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.transactionalId = try buffer.readKafkaString(compact: true, field: "transactionalId")
            self.producerId = try buffer.readKafkaInt64()
            self.transactionState = try buffer.readKafkaString(compact: true, field: "transactionState")
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.transactionalId, compact: true)
            buffer.writeKafkaInt64(self.producerId)
            buffer.writeKafkaString(self.transactionState, compact: true)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
