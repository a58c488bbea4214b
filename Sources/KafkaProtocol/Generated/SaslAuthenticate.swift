// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// SaslAuthenticateRequest, versions 0-2 (flexible from v2).
public struct SaslAuthenticateRequest: KafkaRequest {
    public typealias Response = SaslAuthenticateResponse
    public static let apiKey: Int16 = 36
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The SASL authentication bytes from the client, as defined by the SASL mechanism.
    public var authBytes: ByteBuffer = ByteBuffer()
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 36, version: version) }
        self.authBytes = try buffer.readKafkaBytes(compact: version >= 2, field: "authBytes")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 36, version: version) }
        buffer.writeKafkaBytes(self.authBytes, compact: version >= 2)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// SaslAuthenticateResponse, versions 0-2 (flexible from v2).
public struct SaslAuthenticateResponse: KafkaResponse {
    public static let apiKey: Int16 = 36
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    public var errorMessage: String? = ""
    /// The SASL authentication bytes from the server, as defined by the SASL mechanism.
    public var authBytes: ByteBuffer = ByteBuffer()
    /// Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur.
    public var sessionLifetimeMs: Int64 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 36, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 2)
        self.authBytes = try buffer.readKafkaBytes(compact: version >= 2, field: "authBytes")
        if version >= 1 {
            self.sessionLifetimeMs = try buffer.readKafkaInt64()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 36, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: version >= 2)
        buffer.writeKafkaBytes(self.authBytes, compact: version >= 2)
        if version >= 1 {
            buffer.writeKafkaInt64(self.sessionLifetimeMs)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
