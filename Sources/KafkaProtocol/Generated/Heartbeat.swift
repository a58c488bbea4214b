// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// HeartbeatRequest, versions 0-4 (flexible from v4).
public struct HeartbeatRequest: KafkaRequest {
    public typealias Response = HeartbeatResponse
    public static let apiKey: Int16 = 12
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    /// The group id. (entity: groupId)
    public var groupId: String = ""
    /// The generation of the group.
    public var generationId: Int32 = 0
    /// The member ID.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    public var groupInstanceId: String? = nil
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 12, version: version) }
        self.groupId = try buffer.readKafkaString(compact: version >= 4, field: "groupId")
        self.generationId = try buffer.readKafkaInt32()
        self.memberId = try buffer.readKafkaString(compact: version >= 4, field: "memberId")
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: version >= 4)
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 12, version: version) }
        buffer.writeKafkaString(self.groupId, compact: version >= 4)
        buffer.writeKafkaInt32(self.generationId)
        buffer.writeKafkaString(self.memberId, compact: version >= 4)
        if version >= 3 {
            buffer.writeKafkaString(self.groupInstanceId, compact: version >= 4)
        } else {
            if self.groupInstanceId != nil { throw .fieldNotSupported(field: "groupInstanceId", version: version) }
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// HeartbeatResponse, versions 0-4 (flexible from v4).
public struct HeartbeatResponse: KafkaResponse {
    public static let apiKey: Int16 = 12
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 12, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        self.errorCode = try buffer.readKafkaInt16()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 12, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaInt16(self.errorCode)
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
