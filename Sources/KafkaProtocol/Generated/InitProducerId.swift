// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// InitProducerIdRequest, versions 0-5 (flexible from v2).
public struct InitProducerIdRequest: KafkaRequest {
    public typealias Response = InitProducerIdResponse
    public static let apiKey: Int16 = 22
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 2

    /// The transactional id, or null if the producer is not transactional. (entity: transactionalId)
    public var transactionalId: String? = ""
    /// The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined.
    public var transactionTimeoutMs: Int32 = 0
    /// The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (entity: producerId)
    public var producerId: Int64 = -1
    /// The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match.
    public var producerEpoch: Int16 = -1
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 22, version: version) }
        self.transactionalId = try buffer.readKafkaNullableString(compact: version >= 2)
        self.transactionTimeoutMs = try buffer.readKafkaInt32()
        if version >= 3 {
            self.producerId = try buffer.readKafkaInt64()
        }
        if version >= 3 {
            self.producerEpoch = try buffer.readKafkaInt16()
        }
        if version >= 2 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 22, version: version) }
        buffer.writeKafkaString(self.transactionalId, compact: version >= 2)
        buffer.writeKafkaInt32(self.transactionTimeoutMs)
        if version >= 3 {
            buffer.writeKafkaInt64(self.producerId)
        } else {
            if self.producerId != -1 { throw .fieldNotSupported(field: "producerId", version: version) }
        }
        if version >= 3 {
            buffer.writeKafkaInt16(self.producerEpoch)
        } else {
            if self.producerEpoch != -1 { throw .fieldNotSupported(field: "producerEpoch", version: version) }
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// InitProducerIdResponse, versions 0-5 (flexible from v2).
public struct InitProducerIdResponse: KafkaResponse {
    public static let apiKey: Int16 = 22
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The current producer id. (entity: producerId)
    public var producerId: Int64 = -1
    /// The current epoch associated with the producer id.
    public var producerEpoch: Int16 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 22, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.producerId = try buffer.readKafkaInt64()
        self.producerEpoch = try buffer.readKafkaInt16()
        if version >= 2 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 22, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaInt64(self.producerId)
        buffer.writeKafkaInt16(self.producerEpoch)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
