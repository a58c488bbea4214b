// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// LeaveGroupRequest, versions 0-5 (flexible from v4).
public struct LeaveGroupRequest: KafkaRequest {
    public typealias Response = LeaveGroupResponse
    public static let apiKey: Int16 = 13
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 4

    /// The ID of the group to leave. (entity: groupId)
    public var groupId: String = ""
    /// The member ID to remove from the group.
    public var memberId: String = ""
    /// List of leaving member identities.
    public var members: [MemberIdentity] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 13, version: version) }
        self.groupId = try buffer.readKafkaString(compact: version >= 4, field: "groupId")
        if version <= 2 {
            self.memberId = try buffer.readKafkaString(compact: false, field: "memberId")
        }
        if version >= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [MemberIdentity] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try MemberIdentity(from: &buffer, version: version)) }
                self.members = elements
            } else {
                throw .unexpectedNull(field: "members")
            }
        }
        if version >= 4 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 13, version: version) }
        buffer.writeKafkaString(self.groupId, compact: version >= 4)
        if version <= 2 {
            buffer.writeKafkaString(self.memberId, compact: false)
        } else {
            if self.memberId != "" { throw .fieldNotSupported(field: "memberId", version: version) }
        }
        if version >= 3 {
            buffer.writeKafkaArrayCount(self.members.count, compact: version >= 4)
            for element in self.members {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.members != [] { throw .fieldNotSupported(field: "members", version: version) }
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension LeaveGroupRequest {
    public struct MemberIdentity: Sendable, Hashable {
        /// The member ID to remove from the group.
        public var memberId: String = ""
        /// The group instance ID to remove from the group.
        public var groupInstanceId: String? = nil
        /// The reason why the member left the group.
        public var reason: String? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 3 {
                self.memberId = try buffer.readKafkaString(compact: version >= 4, field: "memberId")
            }
            if version >= 3 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: version >= 4)
            }
            if version >= 5 {
                self.reason = try buffer.readKafkaNullableString(compact: true)
            }
            if version >= 4 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 3 {
                buffer.writeKafkaString(self.memberId, compact: version >= 4)
            } else {
                if self.memberId != "" { throw .fieldNotSupported(field: "memberId", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaString(self.groupInstanceId, compact: version >= 4)
            } else {
                if self.groupInstanceId != nil { throw .fieldNotSupported(field: "groupInstanceId", version: version) }
            }
            if version >= 5 {
                buffer.writeKafkaString(self.reason, compact: true)
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// LeaveGroupResponse, versions 0-5 (flexible from v4).
public struct LeaveGroupResponse: KafkaResponse {
    public static let apiKey: Int16 = 13
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// List of leaving member responses.
    public var members: [MemberResponse] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 13, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        self.errorCode = try buffer.readKafkaInt16()
        if version >= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [MemberResponse] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try MemberResponse(from: &buffer, version: version)) }
                self.members = elements
            } else {
                throw .unexpectedNull(field: "members")
            }
        }
        if version >= 4 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 13, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaInt16(self.errorCode)
        if version >= 3 {
            buffer.writeKafkaArrayCount(self.members.count, compact: version >= 4)
            for element in self.members {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.members != [] { throw .fieldNotSupported(field: "members", version: version) }
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension LeaveGroupResponse {
    public struct MemberResponse: Sendable, Hashable {
        /// The member ID to remove from the group.
        public var memberId: String = ""
        /// The group instance ID to remove from the group.
        public var groupInstanceId: String? = ""
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 3 {
                self.memberId = try buffer.readKafkaString(compact: version >= 4, field: "memberId")
            }
            if version >= 3 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: version >= 4)
            }
            if version >= 3 {
                self.errorCode = try buffer.readKafkaInt16()
            }
            if version >= 4 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 3 {
                buffer.writeKafkaString(self.memberId, compact: version >= 4)
            } else {
                if self.memberId != "" { throw .fieldNotSupported(field: "memberId", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaString(self.groupInstanceId, compact: version >= 4)
            } else {
                if self.groupInstanceId != "" { throw .fieldNotSupported(field: "groupInstanceId", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaInt16(self.errorCode)
            } else {
                if self.errorCode != 0 { throw .fieldNotSupported(field: "errorCode", version: version) }
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
