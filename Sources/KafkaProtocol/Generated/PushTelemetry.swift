// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// PushTelemetryRequest, versions 0-0 (flexible from v0).
public struct PushTelemetryRequest: KafkaRequest {
    public typealias Response = PushTelemetryResponse
    public static let apiKey: Int16 = 72
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// Unique id for this client instance.
    public var clientInstanceId: KafkaUUID = .zero
    /// Unique identifier for the current subscription.
    public var subscriptionId: Int32 = 0
    /// Client is terminating the connection.
    public var terminating: Bool = false
    /// Compression codec used to compress the metrics.
    public var compressionType: Int8 = 0
    /// Metrics encoded in OpenTelemetry MetricsData v1 protobuf format.
    public var metrics: ByteBuffer = ByteBuffer()
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 72, version: version) }
        self.clientInstanceId = try buffer.readKafkaUUID()
        self.subscriptionId = try buffer.readKafkaInt32()
        self.terminating = try buffer.readKafkaBool()
        self.compressionType = try buffer.readKafkaInt8()
        self.metrics = try buffer.readKafkaBytes(compact: true, field: "metrics")
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 72, version: version) }
        buffer.writeKafkaUUID(self.clientInstanceId)
        buffer.writeKafkaInt32(self.subscriptionId)
        buffer.writeKafkaBool(self.terminating)
        buffer.writeKafkaInt8(self.compressionType)
        buffer.writeKafkaBytes(self.metrics, compact: true)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// PushTelemetryResponse, versions 0-0 (flexible from v0).
public struct PushTelemetryResponse: KafkaResponse {
    public static let apiKey: Int16 = 72
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 72, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 72, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}
