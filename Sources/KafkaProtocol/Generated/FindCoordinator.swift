// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// FindCoordinatorRequest, versions 0-6 (flexible from v3).
public struct FindCoordinatorRequest: KafkaRequest {
    public typealias Response = FindCoordinatorResponse
    public static let apiKey: Int16 = 10
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...6
    public static let firstFlexibleVersion: Int16? = 3

    /// The coordinator key.
    public var key: String = ""
    /// The coordinator key type. (Group, transaction, etc.)
    public var keyType: Int8 = 0
    /// The coordinator keys.
    public var coordinatorKeys: [String] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 10, version: version) }
        if version <= 3 {
            self.key = try buffer.readKafkaString(compact: version >= 3, field: "key")
        }
        if version >= 1 {
            self.keyType = try buffer.readKafkaInt8()
        }
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [String] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "coordinatorKeys")) }
                self.coordinatorKeys = elements
            } else {
                throw .unexpectedNull(field: "coordinatorKeys")
            }
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 10, version: version) }
        if version <= 3 {
            buffer.writeKafkaString(self.key, compact: version >= 3)
        } else {
            if self.key != "" { throw .fieldNotSupported(field: "key", version: version) }
        }
        if version >= 1 {
            buffer.writeKafkaInt8(self.keyType)
        } else {
            if self.keyType != 0 { throw .fieldNotSupported(field: "keyType", version: version) }
        }
        if version >= 4 {
            buffer.writeKafkaArrayCount(self.coordinatorKeys.count, compact: true)
            for element in self.coordinatorKeys {
                buffer.writeKafkaString(element, compact: true)
            }
        } else {
            if self.coordinatorKeys != [] { throw .fieldNotSupported(field: "coordinatorKeys", version: version) }
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// FindCoordinatorResponse, versions 0-6 (flexible from v3).
public struct FindCoordinatorResponse: KafkaResponse {
    public static let apiKey: Int16 = 10
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...6
    public static let firstFlexibleVersion: Int16? = 3

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    public var errorMessage: String? = ""
    /// The node id. (entity: brokerId)
    public var nodeId: Int32 = 0
    /// The host name.
    public var host: String = ""
    /// The port.
    public var port: Int32 = 0
    /// Each coordinator result in the response
    public var coordinators: [Coordinator] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 10, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if version <= 3 {
            self.errorCode = try buffer.readKafkaInt16()
        }
        if (1...3).contains(version) {
            self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 3)
        }
        if version <= 3 {
            self.nodeId = try buffer.readKafkaInt32()
        }
        if version <= 3 {
            self.host = try buffer.readKafkaString(compact: version >= 3, field: "host")
        }
        if version <= 3 {
            self.port = try buffer.readKafkaInt32()
        }
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [Coordinator] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try Coordinator(from: &buffer, version: version)) }
                self.coordinators = elements
            } else {
                throw .unexpectedNull(field: "coordinators")
            }
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 10, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        if version <= 3 {
            buffer.writeKafkaInt16(self.errorCode)
        } else {
            if self.errorCode != 0 { throw .fieldNotSupported(field: "errorCode", version: version) }
        }
        if (1...3).contains(version) {
            buffer.writeKafkaString(self.errorMessage, compact: version >= 3)
        }
        if version <= 3 {
            buffer.writeKafkaInt32(self.nodeId)
        } else {
            if self.nodeId != 0 { throw .fieldNotSupported(field: "nodeId", version: version) }
        }
        if version <= 3 {
            buffer.writeKafkaString(self.host, compact: version >= 3)
        } else {
            if self.host != "" { throw .fieldNotSupported(field: "host", version: version) }
        }
        if version <= 3 {
            buffer.writeKafkaInt32(self.port)
        } else {
            if self.port != 0 { throw .fieldNotSupported(field: "port", version: version) }
        }
        if version >= 4 {
            buffer.writeKafkaArrayCount(self.coordinators.count, compact: true)
            for element in self.coordinators {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.coordinators != [] { throw .fieldNotSupported(field: "coordinators", version: version) }
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension FindCoordinatorResponse {
    public struct Coordinator: Sendable, Hashable {
        /// The coordinator key.
        public var key: String = ""
        /// The node id. (entity: brokerId)
        public var nodeId: Int32 = 0
        /// The host name.
        public var host: String = ""
        /// The port.
        public var port: Int32 = 0
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        public var errorMessage: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 4 {
                self.key = try buffer.readKafkaString(compact: true, field: "key")
            }
            if version >= 4 {
                self.nodeId = try buffer.readKafkaInt32()
            }
            if version >= 4 {
                self.host = try buffer.readKafkaString(compact: true, field: "host")
            }
            if version >= 4 {
                self.port = try buffer.readKafkaInt32()
            }
            if version >= 4 {
                self.errorCode = try buffer.readKafkaInt16()
            }
            if version >= 4 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            }
            if version >= 3 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 4 {
                buffer.writeKafkaString(self.key, compact: true)
            } else {
                if self.key != "" { throw .fieldNotSupported(field: "key", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaInt32(self.nodeId)
            } else {
                if self.nodeId != 0 { throw .fieldNotSupported(field: "nodeId", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaString(self.host, compact: true)
            } else {
                if self.host != "" { throw .fieldNotSupported(field: "host", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaInt32(self.port)
            } else {
                if self.port != 0 { throw .fieldNotSupported(field: "port", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaInt16(self.errorCode)
            } else {
                if self.errorCode != 0 { throw .fieldNotSupported(field: "errorCode", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaString(self.errorMessage, compact: true)
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
