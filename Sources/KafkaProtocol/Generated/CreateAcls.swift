// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// CreateAclsRequest, versions 0-3 (flexible from v2).
public struct CreateAclsRequest: KafkaRequest {
    public typealias Response = CreateAclsResponse
    public static let apiKey: Int16 = 30
    public static let kafka4MinimumVersion: Int16 = 1
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// The ACLs that we want to create.
    public var creations: [AclCreation] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 30, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [AclCreation] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try AclCreation(from: &buffer, version: version)) }
            self.creations = elements
        } else {
            throw .unexpectedNull(field: "creations")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 30, version: version) }
        buffer.writeKafkaArrayCount(self.creations.count, compact: version >= 2)
        for element in self.creations {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension CreateAclsRequest {
    public struct AclCreation: Sendable, Hashable {
        /// The type of the resource.
        public var resourceType: Int8 = 0
        /// The resource name for the ACL.
        public var resourceName: String = ""
        /// The pattern type for the ACL.
        public var resourcePatternType: Int8 = 3
        /// The principal for the ACL.
        public var principal: String = ""
        /// The host for the ACL.
        public var host: String = ""
        /// The operation type for the ACL (read, write, etc.).
        public var operation: Int8 = 0
        /// The permission type for the ACL (allow, deny, etc.).
        public var permissionType: Int8 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.resourceType = try buffer.readKafkaInt8()
            self.resourceName = try buffer.readKafkaString(compact: version >= 2, field: "resourceName")
            if version >= 1 {
                self.resourcePatternType = try buffer.readKafkaInt8()
            }
            self.principal = try buffer.readKafkaString(compact: version >= 2, field: "principal")
            self.host = try buffer.readKafkaString(compact: version >= 2, field: "host")
            self.operation = try buffer.readKafkaInt8()
            self.permissionType = try buffer.readKafkaInt8()
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
            buffer.writeKafkaInt8(self.resourceType)
            buffer.writeKafkaString(self.resourceName, compact: version >= 2)
            if version >= 1 {
                buffer.writeKafkaInt8(self.resourcePatternType)
            } else {
                if self.resourcePatternType != 3 { throw .fieldNotSupported(field: "resourcePatternType", version: version) }
            }
            buffer.writeKafkaString(self.principal, compact: version >= 2)
            buffer.writeKafkaString(self.host, compact: version >= 2)
            buffer.writeKafkaInt8(self.operation)
            buffer.writeKafkaInt8(self.permissionType)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// CreateAclsResponse, versions 0-3 (flexible from v2).
public struct CreateAclsResponse: KafkaResponse {
    public static let apiKey: Int16 = 30
    public static let kafka4MinimumVersion: Int16 = 1
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The results for each ACL creation.
    public var results: [AclCreationResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 30, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [AclCreationResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try AclCreationResult(from: &buffer, version: version)) }
            self.results = elements
        } else {
            throw .unexpectedNull(field: "results")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 30, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.results.count, compact: version >= 2)
        for element in self.results {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension CreateAclsResponse {
    public struct AclCreationResult: Sendable, Hashable {
        /// The result error, or zero if there was no error.
        public var errorCode: Int16 = 0
        /// The result message, or null if there was no error.
        public var errorMessage: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 2)
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
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.errorMessage, compact: version >= 2)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
