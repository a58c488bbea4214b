// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// EnvelopeRequest, versions 0-0 (flexible from v0).
public struct EnvelopeRequest: KafkaRequest {
    public typealias Response = EnvelopeResponse
    public static let apiKey: Int16 = 58
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller", "zkBroker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The embedded request header and data.
    public var requestData: ByteBuffer = ByteBuffer()
    /// Value of the initial client principal when the request is redirected by a broker.
    public var requestPrincipal: ByteBuffer? = ByteBuffer()
    /// The original client's address in bytes.
    public var clientHostAddress: ByteBuffer = ByteBuffer()
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 58, version: version) }
        self.requestData = try buffer.readKafkaBytes(compact: true, field: "requestData")
        self.requestPrincipal = try buffer.readKafkaNullableBytes(compact: true)
        self.clientHostAddress = try buffer.readKafkaBytes(compact: true, field: "clientHostAddress")
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 58, version: version) }
        buffer.writeKafkaBytes(self.requestData, compact: true)
        buffer.writeKafkaBytes(self.requestPrincipal, compact: true)
        buffer.writeKafkaBytes(self.clientHostAddress, compact: true)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// EnvelopeResponse, versions 0-0 (flexible from v0).
public struct EnvelopeResponse: KafkaResponse {
    public static let apiKey: Int16 = 58
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The embedded response header and data.
    public var responseData: ByteBuffer? = nil
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 58, version: version) }
        self.responseData = try buffer.readKafkaNullableBytes(compact: true)
        self.errorCode = try buffer.readKafkaInt16()
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 58, version: version) }
        buffer.writeKafkaBytes(self.responseData, compact: true)
        buffer.writeKafkaInt16(self.errorCode)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}
