// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeClusterRequest, versions 0-1 (flexible from v0).
public struct DescribeClusterRequest: KafkaRequest {
    public typealias Response = DescribeClusterResponse
    public static let apiKey: Int16 = 60
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// Whether to include cluster authorized operations.
    public var includeClusterAuthorizedOperations: Bool = false
    /// The endpoint type to describe. 1=brokers, 2=controllers.
    public var endpointType: Int8 = 1
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 60, version: version) }
        self.includeClusterAuthorizedOperations = try buffer.readKafkaBool()
        if version >= 1 {
            self.endpointType = try buffer.readKafkaInt8()
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 60, version: version) }
        buffer.writeKafkaBool(self.includeClusterAuthorizedOperations)
        if version >= 1 {
            buffer.writeKafkaInt8(self.endpointType)
        } else {
            if self.endpointType != 1 { throw .fieldNotSupported(field: "endpointType", version: version) }
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// DescribeClusterResponse, versions 0-1 (flexible from v0).
public struct DescribeClusterResponse: KafkaResponse {
    public static let apiKey: Int16 = 60
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top-level error code, or 0 if there was no error
    public var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    public var errorMessage: String? = nil
    /// The endpoint type that was described. 1=brokers, 2=controllers.
    public var endpointType: Int8 = 1
    /// The cluster ID that responding broker belongs to.
    public var clusterId: String = ""
    /// The ID of the controller broker. (entity: brokerId)
    public var controllerId: Int32 = -1
    /// Each broker in the response.
    public var brokers: [DescribeClusterBroker] = []
    /// 32-bit bitfield to represent authorized operations for this cluster.
    public var clusterAuthorizedOperations: Int32 = -2147483648
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 60, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if version >= 1 {
            self.endpointType = try buffer.readKafkaInt8()
        }
        self.clusterId = try buffer.readKafkaString(compact: true, field: "clusterId")
        self.controllerId = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [DescribeClusterBroker] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribeClusterBroker(from: &buffer, version: version)) }
            self.brokers = elements
        } else {
            throw .unexpectedNull(field: "brokers")
        }
        self.clusterAuthorizedOperations = try buffer.readKafkaInt32()
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 60, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: true)
        if version >= 1 {
            buffer.writeKafkaInt8(self.endpointType)
        } else {
            if self.endpointType != 1 { throw .fieldNotSupported(field: "endpointType", version: version) }
        }
        buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeKafkaInt32(self.controllerId)
        buffer.writeKafkaArrayCount(self.brokers.count, compact: true)
        for element in self.brokers {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaInt32(self.clusterAuthorizedOperations)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DescribeClusterResponse {
    public struct DescribeClusterBroker: Sendable, Hashable {
        /// The broker ID. (entity: brokerId)
        public var brokerId: Int32 = 0
        /// The broker hostname.
        public var host: String = ""
        /// The broker port.
        public var port: Int32 = 0
        /// The rack of the broker, or null if it has not been assigned to a rack.
        public var rack: String? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.brokerId = try buffer.readKafkaInt32()
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInt32()
            self.rack = try buffer.readKafkaNullableString(compact: true)
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.brokerId)
            buffer.writeKafkaString(self.host, compact: true)
            buffer.writeKafkaInt32(self.port)
            buffer.writeKafkaString(self.rack, compact: true)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
