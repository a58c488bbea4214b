// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ExpireDelegationTokenRequest, versions 0-2 (flexible from v2).
public struct ExpireDelegationTokenRequest: KafkaRequest {
    public typealias Response = ExpireDelegationTokenResponse
    public static let apiKey: Int16 = 40
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The HMAC of the delegation token to be expired.
    public var hmac: ByteBuffer = ByteBuffer()
    /// The expiry time period in milliseconds.
    public var expiryTimePeriodMs: Int64 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 40, version: version) }
        self.hmac = try buffer.readKafkaBytes(compact: version >= 2, field: "hmac")
        self.expiryTimePeriodMs = try buffer.readKafkaInt64()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 40, version: version) }
        buffer.writeKafkaBytes(self.hmac, compact: version >= 2)
        buffer.writeKafkaInt64(self.expiryTimePeriodMs)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// ExpireDelegationTokenResponse, versions 0-2 (flexible from v2).
public struct ExpireDelegationTokenResponse: KafkaResponse {
    public static let apiKey: Int16 = 40
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The timestamp in milliseconds at which this token expires.
    public var expiryTimestampMs: Int64 = 0
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 40, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        self.expiryTimestampMs = try buffer.readKafkaInt64()
        self.throttleTimeMs = try buffer.readKafkaInt32()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 40, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaInt64(self.expiryTimestampMs)
        buffer.writeKafkaInt32(self.throttleTimeMs)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
