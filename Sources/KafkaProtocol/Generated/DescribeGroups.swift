// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeGroupsRequest, versions 0-5 (flexible from v5).
public struct DescribeGroupsRequest: KafkaRequest {
    public typealias Response = DescribeGroupsResponse
    public static let apiKey: Int16 = 15
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 5

    /// The names of the groups to describe (entity: groupId)
    public var groups: [String] = []
    /// Whether to include authorized operations.
    public var includeAuthorizedOperations: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 15, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 5, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: version >= 5, field: "groups")) }
            self.groups = elements
        } else {
            throw .unexpectedNull(field: "groups")
        }
        if version >= 3 {
            self.includeAuthorizedOperations = try buffer.readKafkaBool()
        }
        if version >= 5 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 15, version: version) }
        buffer.writeKafkaArrayCount(self.groups.count, compact: version >= 5)
        for element in self.groups {
            buffer.writeKafkaString(element, compact: version >= 5)
        }
        if version >= 3 {
            buffer.writeKafkaBool(self.includeAuthorizedOperations)
        } else {
            if self.includeAuthorizedOperations != false { throw .fieldNotSupported(field: "includeAuthorizedOperations", version: version) }
        }
        if version >= 5 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// DescribeGroupsResponse, versions 0-5 (flexible from v5).
public struct DescribeGroupsResponse: KafkaResponse {
    public static let apiKey: Int16 = 15
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 5

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Each described group.
    public var groups: [DescribedGroup] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 15, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 5, minimumElementSize: 1) {
            var elements: [DescribedGroup] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribedGroup(from: &buffer, version: version)) }
            self.groups = elements
        } else {
            throw .unexpectedNull(field: "groups")
        }
        if version >= 5 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 15, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaArrayCount(self.groups.count, compact: version >= 5)
        for element in self.groups {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 5 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeGroupsResponse {
    public struct DescribedGroup: Sendable, Hashable {
        /// The describe error, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The group ID string. (entity: groupId)
        public var groupId: String = ""
        /// The group state string, or the empty string.
        public var groupState: String = ""
        /// The group protocol type, or the empty string.
        public var protocolType: String = ""
        /// The group protocol data, or the empty string.
        public var protocolData: String = ""
        /// The group members.
        public var members: [DescribedGroupMember] = []
        /// 32-bit bitfield to represent authorized operations for this group.
        public var authorizedOperations: Int32 = -2147483648
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.groupId = try buffer.readKafkaString(compact: version >= 5, field: "groupId")
            self.groupState = try buffer.readKafkaString(compact: version >= 5, field: "groupState")
            self.protocolType = try buffer.readKafkaString(compact: version >= 5, field: "protocolType")
            self.protocolData = try buffer.readKafkaString(compact: version >= 5, field: "protocolData")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 5, minimumElementSize: 1) {
                var elements: [DescribedGroupMember] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DescribedGroupMember(from: &buffer, version: version)) }
                self.members = elements
            } else {
                throw .unexpectedNull(field: "members")
            }
            if version >= 3 {
                self.authorizedOperations = try buffer.readKafkaInt32()
            }
            if version >= 5 {
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
            buffer.writeKafkaString(self.groupId, compact: version >= 5)
            buffer.writeKafkaString(self.groupState, compact: version >= 5)
            buffer.writeKafkaString(self.protocolType, compact: version >= 5)
            buffer.writeKafkaString(self.protocolData, compact: version >= 5)
            buffer.writeKafkaArrayCount(self.members.count, compact: version >= 5)
            for element in self.members {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 3 {
                buffer.writeKafkaInt32(self.authorizedOperations)
            } else {
                if self.authorizedOperations != -2147483648 { throw .fieldNotSupported(field: "authorizedOperations", version: version) }
            }
            if version >= 5 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeGroupsResponse {
    public struct DescribedGroupMember: Sendable, Hashable {
        /// The member ID assigned by the group coordinator.
        public var memberId: String = ""
        /// The unique identifier of the consumer instance provided by end user.
        public var groupInstanceId: String? = nil
        /// The client ID used in the member's latest join group request.
        public var clientId: String = ""
        /// The client host.
        public var clientHost: String = ""
        /// The metadata corresponding to the current group protocol in use.
        public var memberMetadata: ByteBuffer = ByteBuffer()
        /// The current assignment provided by the group leader.
        public var memberAssignment: ByteBuffer = ByteBuffer()
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.memberId = try buffer.readKafkaString(compact: version >= 5, field: "memberId")
            if version >= 4 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: version >= 5)
            }
            self.clientId = try buffer.readKafkaString(compact: version >= 5, field: "clientId")
            self.clientHost = try buffer.readKafkaString(compact: version >= 5, field: "clientHost")
            self.memberMetadata = try buffer.readKafkaBytes(compact: version >= 5, field: "memberMetadata")
            self.memberAssignment = try buffer.readKafkaBytes(compact: version >= 5, field: "memberAssignment")
            if version >= 5 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.memberId, compact: version >= 5)
            if version >= 4 {
                buffer.writeKafkaString(self.groupInstanceId, compact: version >= 5)
            }
            buffer.writeKafkaString(self.clientId, compact: version >= 5)
            buffer.writeKafkaString(self.clientHost, compact: version >= 5)
            buffer.writeKafkaBytes(self.memberMetadata, compact: version >= 5)
            buffer.writeKafkaBytes(self.memberAssignment, compact: version >= 5)
            if version >= 5 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
