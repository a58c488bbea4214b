// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ControllerRegistrationRequest, versions 0-0 (flexible from v0).
public struct ControllerRegistrationRequest: KafkaRequest {
    public typealias Response = ControllerRegistrationResponse
    public static let apiKey: Int16 = 70
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The ID of the controller to register.
    public var controllerId: Int32 = 0
    /// The controller incarnation ID, which is unique to each process run.
    public var incarnationId: KafkaUUID = .zero
    /// Set if the required configurations for ZK migration are present.
    public var zkMigrationReady: Bool = false
    /// The listeners of this controller
    public var listeners: [Listener] = []
    /// The features on this controller
    public var features: [Feature] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 70, version: version) }
        self.controllerId = try buffer.readKafkaInt32()
        self.incarnationId = try buffer.readKafkaUUID()
        self.zkMigrationReady = try buffer.readKafkaBool()
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
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 70, version: version) }
        buffer.writeKafkaInt32(self.controllerId)
        buffer.writeKafkaUUID(self.incarnationId)
        buffer.writeKafkaBool(self.zkMigrationReady)
        buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
        for element in self.listeners {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaArrayCount(self.features.count, compact: true)
        for element in self.features {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ControllerRegistrationRequest {
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

extension ControllerRegistrationRequest {
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

/// ControllerRegistrationResponse, versions 0-0 (flexible from v0).
public struct ControllerRegistrationResponse: KafkaResponse {
    public static let apiKey: Int16 = 70
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The response error code.
    public var errorCode: Int16 = 0
    /// The response error message, or null if there was no error.
    public var errorMessage: String? = ""
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 70, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 70, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: true)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}
