// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// SyncGroupRequest, versions 0-5 (flexible from v4).
public struct SyncGroupRequest: KafkaRequest {
    public typealias Response = SyncGroupResponse
    public static let apiKey: Int16 = 14
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 4

    /// The unique group identifier. (entity: groupId)
    public var groupId: String = ""
    /// The generation of the group.
    public var generationId: Int32 = 0
    /// The member ID assigned by the group.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    public var groupInstanceId: String? = nil
    /// The group protocol type.
    public var protocolType: String? = nil
    /// The group protocol name.
    public var protocolName: String? = nil
    /// Each assignment.
    public var assignments: [SyncGroupRequestAssignment] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 14, version: version) }
        self.groupId = try buffer.readKafkaString(compact: version >= 4, field: "groupId")
        self.generationId = try buffer.readKafkaInt32()
        self.memberId = try buffer.readKafkaString(compact: version >= 4, field: "memberId")
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: version >= 4)
        }
        if version >= 5 {
            self.protocolType = try buffer.readKafkaNullableString(compact: true)
        }
        if version >= 5 {
            self.protocolName = try buffer.readKafkaNullableString(compact: true)
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
            var elements: [SyncGroupRequestAssignment] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try SyncGroupRequestAssignment(from: &buffer, version: version)) }
            self.assignments = elements
        } else {
            throw .unexpectedNull(field: "assignments")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 14, version: version) }
        buffer.writeKafkaString(self.groupId, compact: version >= 4)
        buffer.writeKafkaInt32(self.generationId)
        buffer.writeKafkaString(self.memberId, compact: version >= 4)
        if version >= 3 {
            buffer.writeKafkaString(self.groupInstanceId, compact: version >= 4)
        } else {
            if self.groupInstanceId != nil { throw .fieldNotSupported(field: "groupInstanceId", version: version) }
        }
        if version >= 5 {
            buffer.writeKafkaString(self.protocolType, compact: true)
        }
        if version >= 5 {
            buffer.writeKafkaString(self.protocolName, compact: true)
        }
        buffer.writeKafkaArrayCount(self.assignments.count, compact: version >= 4)
        for element in self.assignments {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension SyncGroupRequest {
    public struct SyncGroupRequestAssignment: Sendable, Hashable {
        /// The ID of the member to assign.
        public var memberId: String = ""
        /// The member assignment.
        public var assignment: ByteBuffer = ByteBuffer()
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.memberId = try buffer.readKafkaString(compact: version >= 4, field: "memberId")
            self.assignment = try buffer.readKafkaBytes(compact: version >= 4, field: "assignment")
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
            buffer.writeKafkaString(self.memberId, compact: version >= 4)
            buffer.writeKafkaBytes(self.assignment, compact: version >= 4)
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// SyncGroupResponse, versions 0-5 (flexible from v4).
public struct SyncGroupResponse: KafkaResponse {
    public static let apiKey: Int16 = 14
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The group protocol type.
    public var protocolType: String? = nil
    /// The group protocol name.
    public var protocolName: String? = nil
    /// The member assignment.
    public var assignment: ByteBuffer = ByteBuffer()
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 14, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        self.errorCode = try buffer.readKafkaInt16()
        if version >= 5 {
            self.protocolType = try buffer.readKafkaNullableString(compact: true)
        }
        if version >= 5 {
            self.protocolName = try buffer.readKafkaNullableString(compact: true)
        }
        self.assignment = try buffer.readKafkaBytes(compact: version >= 4, field: "assignment")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 14, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaInt16(self.errorCode)
        if version >= 5 {
            buffer.writeKafkaString(self.protocolType, compact: true)
        }
        if version >= 5 {
            buffer.writeKafkaString(self.protocolName, compact: true)
        }
        buffer.writeKafkaBytes(self.assignment, compact: version >= 4)
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
