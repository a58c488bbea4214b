// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ListClientMetricsResourcesRequest, versions 0-0 (flexible from v0).
public struct ListClientMetricsResourcesRequest: KafkaRequest {
    public typealias Response = ListClientMetricsResourcesResponse
    public static let apiKey: Int16 = 74
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 74, version: version) }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 74, version: version) }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// ListClientMetricsResourcesResponse, versions 0-0 (flexible from v0).
public struct ListClientMetricsResourcesResponse: KafkaResponse {
    public static let apiKey: Int16 = 74
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Each client metrics resource in the response.
    public var clientMetricsResources: [ClientMetricsResource] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 74, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [ClientMetricsResource] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ClientMetricsResource(from: &buffer, version: version)) }
            self.clientMetricsResources = elements
        } else {
            throw .unexpectedNull(field: "clientMetricsResources")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 74, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.clientMetricsResources.count, compact: true)
        for element in self.clientMetricsResources {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ListClientMetricsResourcesResponse {
    public struct ClientMetricsResource: Sendable, Hashable {
        /// The resource name.
        public var name: String = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
