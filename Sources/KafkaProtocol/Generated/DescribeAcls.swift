// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeAclsRequest, versions 0-3 (flexible from v2).
public struct DescribeAclsRequest: KafkaRequest {
    public typealias Response = DescribeAclsResponse
    public static let apiKey: Int16 = 29
    public static let kafka4MinimumVersion: Int16 = 1
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// The resource type.
    public var resourceTypeFilter: Int8 = 0
    /// The resource name, or null to match any resource name.
    public var resourceNameFilter: String? = ""
    /// The resource pattern to match.
    public var patternTypeFilter: Int8 = 3
    /// The principal to match, or null to match any principal.
    public var principalFilter: String? = ""
    /// The host to match, or null to match any host.
    public var hostFilter: String? = ""
    /// The operation to match.
    public var operation: Int8 = 0
    /// The permission type to match.
    public var permissionType: Int8 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 29, version: version) }
        self.resourceTypeFilter = try buffer.readKafkaInt8()
        self.resourceNameFilter = try buffer.readKafkaNullableString(compact: version >= 2)
        if version >= 1 {
            self.patternTypeFilter = try buffer.readKafkaInt8()
        }
        self.principalFilter = try buffer.readKafkaNullableString(compact: version >= 2)
        self.hostFilter = try buffer.readKafkaNullableString(compact: version >= 2)
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 29, version: version) }
        buffer.writeKafkaInt8(self.resourceTypeFilter)
        buffer.writeKafkaString(self.resourceNameFilter, compact: version >= 2)
        if version >= 1 {
            buffer.writeKafkaInt8(self.patternTypeFilter)
        } else {
            if self.patternTypeFilter != 3 { throw .fieldNotSupported(field: "patternTypeFilter", version: version) }
        }
        buffer.writeKafkaString(self.principalFilter, compact: version >= 2)
        buffer.writeKafkaString(self.hostFilter, compact: version >= 2)
        buffer.writeKafkaInt8(self.operation)
        buffer.writeKafkaInt8(self.permissionType)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// DescribeAclsResponse, versions 0-3 (flexible from v2).
public struct DescribeAclsResponse: KafkaResponse {
    public static let apiKey: Int16 = 29
    public static let kafka4MinimumVersion: Int16 = 1
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    public var errorMessage: String? = ""
    /// Each Resource that is referenced in an ACL.
    public var resources: [DescribeAclsResource] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 29, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 2)
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [DescribeAclsResource] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribeAclsResource(from: &buffer, version: version)) }
            self.resources = elements
        } else {
            throw .unexpectedNull(field: "resources")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 29, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: version >= 2)
        buffer.writeKafkaArrayCount(self.resources.count, compact: version >= 2)
        for element in self.resources {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeAclsResponse {
    public struct DescribeAclsResource: Sendable, Hashable {
        /// The resource type.
        public var resourceType: Int8 = 0
        /// The resource name.
        public var resourceName: String = ""
        /// The resource pattern type.
        public var patternType: Int8 = 3
        /// The ACLs.
        public var acls: [AclDescription] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.resourceType = try buffer.readKafkaInt8()
            self.resourceName = try buffer.readKafkaString(compact: version >= 2, field: "resourceName")
            if version >= 1 {
                self.patternType = try buffer.readKafkaInt8()
            }
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [AclDescription] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AclDescription(from: &buffer, version: version)) }
                self.acls = elements
            } else {
                throw .unexpectedNull(field: "acls")
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
            buffer.writeKafkaInt8(self.resourceType)
            buffer.writeKafkaString(self.resourceName, compact: version >= 2)
            if version >= 1 {
                buffer.writeKafkaInt8(self.patternType)
            } else {
                if self.patternType != 3 { throw .fieldNotSupported(field: "patternType", version: version) }
            }
            buffer.writeKafkaArrayCount(self.acls.count, compact: version >= 2)
            for element in self.acls {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeAclsResponse {
    public struct AclDescription: Sendable, Hashable {
        /// The ACL principal.
        public var principal: String = ""
        /// The ACL host.
        public var host: String = ""
        /// The ACL operation.
        public var operation: Int8 = 0
        /// The ACL permission type.
        public var permissionType: Int8 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
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
