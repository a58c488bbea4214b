// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// AddOffsetsToTxnRequest, versions 0-4 (flexible from v3).
public struct AddOffsetsToTxnRequest: KafkaRequest {
    public typealias Response = AddOffsetsToTxnResponse
    public static let apiKey: Int16 = 25
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    /// The transactional id corresponding to the transaction. (entity: transactionalId)
    public var transactionalId: String = ""
    /// Current producer id in use by the transactional id. (entity: producerId)
    public var producerId: Int64 = 0
    /// Current epoch associated with the producer id.
    public var producerEpoch: Int16 = 0
    /// The unique group identifier. (entity: groupId)
    public var groupId: String = ""
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 25, version: version) }
        self.transactionalId = try buffer.readKafkaString(compact: version >= 3, field: "transactionalId")
        self.producerId = try buffer.readKafkaInt64()
        self.producerEpoch = try buffer.readKafkaInt16()
        self.groupId = try buffer.readKafkaString(compact: version >= 3, field: "groupId")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 25, version: version) }
        buffer.writeKafkaString(self.transactionalId, compact: version >= 3)
        buffer.writeKafkaInt64(self.producerId)
        buffer.writeKafkaInt16(self.producerEpoch)
        buffer.writeKafkaString(self.groupId, compact: version >= 3)
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// AddOffsetsToTxnResponse, versions 0-4 (flexible from v3).
public struct AddOffsetsToTxnResponse: KafkaResponse {
    public static let apiKey: Int16 = 25
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The response error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 25, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 25, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
