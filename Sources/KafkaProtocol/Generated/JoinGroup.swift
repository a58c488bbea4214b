// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// JoinGroupRequest, versions 0-9 (flexible from v6).
public struct JoinGroupRequest: KafkaRequest {
    public typealias Response = JoinGroupResponse
    public static let apiKey: Int16 = 11
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 6

    /// The group identifier. (entity: groupId)
    public var groupId: String = ""
    /// The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds.
    public var sessionTimeoutMs: Int32 = 0
    /// The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group.
    public var rebalanceTimeoutMs: Int32 = -1
    /// The member id assigned by the group coordinator.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    public var groupInstanceId: String? = nil
    /// The unique name the for class of protocols implemented by the group we want to join.
    public var protocolType: String = ""
    /// The list of protocols that the member supports.
    public var protocols: [JoinGroupRequestProtocol] = []
    /// The reason why the member (re-)joins the group.
    public var reason: String? = nil
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 11, version: version) }
        self.groupId = try buffer.readKafkaString(compact: version >= 6, field: "groupId")
        self.sessionTimeoutMs = try buffer.readKafkaInt32()
        if version >= 1 {
            self.rebalanceTimeoutMs = try buffer.readKafkaInt32()
        }
        self.memberId = try buffer.readKafkaString(compact: version >= 6, field: "memberId")
        if version >= 5 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: version >= 6)
        }
        self.protocolType = try buffer.readKafkaString(compact: version >= 6, field: "protocolType")
        if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
            var elements: [JoinGroupRequestProtocol] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try JoinGroupRequestProtocol(from: &buffer, version: version)) }
            self.protocols = elements
        } else {
            throw .unexpectedNull(field: "protocols")
        }
        if version >= 8 {
            self.reason = try buffer.readKafkaNullableString(compact: true)
        }
        if version >= 6 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 11, version: version) }
        buffer.writeKafkaString(self.groupId, compact: version >= 6)
        buffer.writeKafkaInt32(self.sessionTimeoutMs)
        if version >= 1 {
            buffer.writeKafkaInt32(self.rebalanceTimeoutMs)
        }
        buffer.writeKafkaString(self.memberId, compact: version >= 6)
        if version >= 5 {
            buffer.writeKafkaString(self.groupInstanceId, compact: version >= 6)
        } else {
            if self.groupInstanceId != nil { throw .fieldNotSupported(field: "groupInstanceId", version: version) }
        }
        buffer.writeKafkaString(self.protocolType, compact: version >= 6)
        buffer.writeKafkaArrayCount(self.protocols.count, compact: version >= 6)
        for element in self.protocols {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 8 {
            buffer.writeKafkaString(self.reason, compact: true)
        }
        if version >= 6 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension JoinGroupRequest {
    public struct JoinGroupRequestProtocol: Sendable, Hashable {
        /// The protocol name.
        public var name: String = ""
        /// The protocol metadata.
        public var metadata: ByteBuffer = ByteBuffer()
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 6, field: "name")
            self.metadata = try buffer.readKafkaBytes(compact: version >= 6, field: "metadata")
            if version >= 6 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 6)
            buffer.writeKafkaBytes(self.metadata, compact: version >= 6)
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// JoinGroupResponse, versions 0-9 (flexible from v6).
public struct JoinGroupResponse: KafkaResponse {
    public static let apiKey: Int16 = 11
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 6

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The generation ID of the group.
    public var generationId: Int32 = -1
    /// The group protocol name.
    public var protocolType: String? = nil
    /// The group protocol selected by the coordinator.
    public var protocolName: String? = ""
    /// The leader of the group.
    public var leader: String = ""
    /// True if the leader must skip running the assignment.
    public var skipAssignment: Bool = false
    /// The member ID assigned by the group coordinator.
    public var memberId: String = ""
    public var members: [JoinGroupResponseMember] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 11, version: version) }
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        self.errorCode = try buffer.readKafkaInt16()
        self.generationId = try buffer.readKafkaInt32()
        if version >= 7 {
            self.protocolType = try buffer.readKafkaNullableString(compact: true)
        }
        if version >= 7 {
            self.protocolName = try buffer.readKafkaNullableString(compact: version >= 6)
        } else {
            self.protocolName = try buffer.readKafkaString(compact: version >= 6, field: "protocolName")
        }
        self.leader = try buffer.readKafkaString(compact: version >= 6, field: "leader")
        if version >= 9 {
            self.skipAssignment = try buffer.readKafkaBool()
        }
        self.memberId = try buffer.readKafkaString(compact: version >= 6, field: "memberId")
        if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
            var elements: [JoinGroupResponseMember] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try JoinGroupResponseMember(from: &buffer, version: version)) }
            self.members = elements
        } else {
            throw .unexpectedNull(field: "members")
        }
        if version >= 6 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 11, version: version) }
        if version >= 2 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaInt32(self.generationId)
        if version >= 7 {
            buffer.writeKafkaString(self.protocolType, compact: true)
        }
        if self.protocolName == nil && !(version >= 7) { throw .nullNotAllowed(field: "protocolName", version: version) }
        buffer.writeKafkaString(self.protocolName, compact: version >= 6)
        buffer.writeKafkaString(self.leader, compact: version >= 6)
        if version >= 9 {
            buffer.writeKafkaBool(self.skipAssignment)
        } else {
            if self.skipAssignment != false { throw .fieldNotSupported(field: "skipAssignment", version: version) }
        }
        buffer.writeKafkaString(self.memberId, compact: version >= 6)
        buffer.writeKafkaArrayCount(self.members.count, compact: version >= 6)
        for element in self.members {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 6 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension JoinGroupResponse {
    public struct JoinGroupResponseMember: Sendable, Hashable {
        /// The group member ID.
        public var memberId: String = ""
        /// The unique identifier of the consumer instance provided by end user.
        public var groupInstanceId: String? = nil
        /// The group member metadata.
        public var metadata: ByteBuffer = ByteBuffer()
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.memberId = try buffer.readKafkaString(compact: version >= 6, field: "memberId")
            if version >= 5 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: version >= 6)
            }
            self.metadata = try buffer.readKafkaBytes(compact: version >= 6, field: "metadata")
            if version >= 6 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.memberId, compact: version >= 6)
            if version >= 5 {
                buffer.writeKafkaString(self.groupInstanceId, compact: version >= 6)
            }
            buffer.writeKafkaBytes(self.metadata, compact: version >= 6)
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
