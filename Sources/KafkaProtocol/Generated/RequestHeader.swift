// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// RequestHeader, versions 0-2 (flexible from v2).
public struct RequestHeader: KafkaMessage {
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The API key of this request.
    public var requestApiKey: Int16 = 0
    /// The API version of this request.
    public var requestApiVersion: Int16 = 0
    /// The correlation ID of this request.
    public var correlationId: Int32 = 0
    /// The client ID string.
    public var clientId: String? = ""
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: -1, version: version) }
        self.requestApiKey = try buffer.readKafkaInt16()
        self.requestApiVersion = try buffer.readKafkaInt16()
        self.correlationId = try buffer.readKafkaInt32()
        if version >= 1 {
            self.clientId = try buffer.readKafkaNullableString(compact: false)
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: -1, version: version) }
        buffer.writeKafkaInt16(self.requestApiKey)
        buffer.writeKafkaInt16(self.requestApiVersion)
        buffer.writeKafkaInt32(self.correlationId)
        if version >= 1 {
            buffer.writeKafkaString(self.clientId, compact: false)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
