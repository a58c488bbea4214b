// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// BrokerRegistrationRequest, versions 0-4 (flexible from v0).
public struct BrokerRegistrationRequest: KafkaRequest {
    public typealias Response = BrokerRegistrationResponse
    public static let apiKey: Int16 = 62
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 0

    /// The broker ID. (entity: brokerId)
    public var brokerId: Int32 = 0
    /// The cluster id of the broker process.
    public var clusterId: String = ""
    /// The incarnation id of the broker process.
    public var incarnationId: KafkaUUID = .zero
    /// The listeners of this broker
    public var listeners: [Listener] = []
    /// The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    public var features: [Feature] = []
    /// The rack which this broker is in.
    public var rack: String? = ""
    /// If the required configurations for ZK migration are present, this value is set to true
    public var isMigratingZkBroker: Bool = false
    /// Log directories configured in this broker which are available.
    public var logDirs: [KafkaUUID] = []
    /// The epoch before a clean shutdown.
    public var previousBrokerEpoch: Int64 = -1
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 62, version: version) }
        self.brokerId = try buffer.readKafkaInt32()
        self.clusterId = try buffer.readKafkaString(compact: true, field: "clusterId")
        self.incarnationId = try buffer.readKafkaUUID()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [Listener] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try Listener(from: &buffer, version: version)) }
            self.listeners = elements
        } else {
            throw .unexpectedNull(field: "listeners")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [Feature] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try Feature(from: &buffer, version: version)) }
            self.features = elements
        } else {
            throw .unexpectedNull(field: "features")
        }
        self.rack = try buffer.readKafkaNullableString(compact: true)
        if version >= 1 {
            self.isMigratingZkBroker = try buffer.readKafkaBool()
        }
        if version >= 2 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 16) {
                var elements: [KafkaUUID] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaUUID()) }
                self.logDirs = elements
            } else {
                throw .unexpectedNull(field: "logDirs")
            }
        }
        if version >= 3 {
            self.previousBrokerEpoch = try buffer.readKafkaInt64()
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 62, version: version) }
        buffer.writeKafkaInt32(self.brokerId)
        buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeKafkaUUID(self.incarnationId)
        buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
        for element in self.listeners {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaArrayCount(self.features.count, compact: true)
        for element in self.features {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaString(self.rack, compact: true)
        if version >= 1 {
            buffer.writeKafkaBool(self.isMigratingZkBroker)
        } else {
            if self.isMigratingZkBroker != false { throw .fieldNotSupported(field: "isMigratingZkBroker", version: version) }
        }
        if version >= 2 {
            buffer.writeKafkaArrayCount(self.logDirs.count, compact: true)
            for element in self.logDirs {
                buffer.writeKafkaUUID(element)
            }
        }
        if version >= 3 {
            buffer.writeKafkaInt64(self.previousBrokerEpoch)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension BrokerRegistrationRequest {
    public struct Listener: Sendable, Hashable {
        /// The name of the endpoint.
        public var name: String = ""
        /// The hostname.
        public var host: String = ""
        /// The port.
        public var port: UInt16 = 0
        /// The security protocol.
        public var securityProtocol: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaUInt16()
            self.securityProtocol = try buffer.readKafkaInt16()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaString(self.host, compact: true)
            buffer.writeKafkaUInt16(self.port)
            buffer.writeKafkaInt16(self.securityProtocol)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension BrokerRegistrationRequest {
    public struct Feature: Sendable, Hashable {
        /// The feature name.
        public var name: String = ""
        /// The minimum supported feature level.
        public var minSupportedVersion: Int16 = 0
        /// The maximum supported feature level.
        public var maxSupportedVersion: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.minSupportedVersion = try buffer.readKafkaInt16()
            self.maxSupportedVersion = try buffer.readKafkaInt16()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaInt16(self.minSupportedVersion)
            buffer.writeKafkaInt16(self.maxSupportedVersion)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// BrokerRegistrationResponse, versions 0-4 (flexible from v0).
public struct BrokerRegistrationResponse: KafkaResponse {
    public static let apiKey: Int16 = 62
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 0

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The broker's assigned epoch, or -1 if none was assigned.
    public var brokerEpoch: Int64 = -1
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 62, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.brokerEpoch = try buffer.readKafkaInt64()
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 62, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaInt64(self.brokerEpoch)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}
