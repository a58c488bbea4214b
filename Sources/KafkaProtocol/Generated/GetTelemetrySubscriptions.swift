// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// GetTelemetrySubscriptionsRequest, versions 0-0 (flexible from v0).
public struct GetTelemetrySubscriptionsRequest: KafkaRequest {
    public typealias Response = GetTelemetrySubscriptionsResponse
    public static let apiKey: Int16 = 71
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// Unique id for this client instance, must be set to 0 on the first request.
    public var clientInstanceId: KafkaUUID = .zero
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 71, version: version) }
        self.clientInstanceId = try buffer.readKafkaUUID()
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 71, version: version) }
        buffer.writeKafkaUUID(self.clientInstanceId)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// GetTelemetrySubscriptionsResponse, versions 0-0 (flexible from v0).
public struct GetTelemetrySubscriptionsResponse: KafkaResponse {
    public static let apiKey: Int16 = 71
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Assigned client instance id if ClientInstanceId was 0 in the request, else 0.
    public var clientInstanceId: KafkaUUID = .zero
    /// Unique identifier for the current subscription set for this client instance.
    public var subscriptionId: Int32 = 0
    /// Compression types that broker accepts for the PushTelemetryRequest.
    public var acceptedCompressionTypes: [Int8] = []
    /// Configured push interval, which is the lowest configured interval in the current subscription set.
    public var pushIntervalMs: Int32 = 0
    /// The maximum bytes of binary data the broker accepts in PushTelemetryRequest.
    public var telemetryMaxBytes: Int32 = 0
    /// Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values
    public var deltaTemporality: Bool = false
    /// Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed.
    public var requestedMetrics: [String] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 71, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.clientInstanceId = try buffer.readKafkaUUID()
        self.subscriptionId = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [Int8] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaInt8()) }
            self.acceptedCompressionTypes = elements
        } else {
            throw .unexpectedNull(field: "acceptedCompressionTypes")
        }
        self.pushIntervalMs = try buffer.readKafkaInt32()
        self.telemetryMaxBytes = try buffer.readKafkaInt32()
        self.deltaTemporality = try buffer.readKafkaBool()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "requestedMetrics")) }
            self.requestedMetrics = elements
        } else {
            throw .unexpectedNull(field: "requestedMetrics")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 71, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaUUID(self.clientInstanceId)
        buffer.writeKafkaInt32(self.subscriptionId)
        buffer.writeKafkaArrayCount(self.acceptedCompressionTypes.count, compact: true)
        for element in self.acceptedCompressionTypes {
            buffer.writeKafkaInt8(element)
        }
        buffer.writeKafkaInt32(self.pushIntervalMs)
        buffer.writeKafkaInt32(self.telemetryMaxBytes)
        buffer.writeKafkaBool(self.deltaTemporality)
        buffer.writeKafkaArrayCount(self.requestedMetrics.count, compact: true)
        for element in self.requestedMetrics {
            buffer.writeKafkaString(element, compact: true)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}
