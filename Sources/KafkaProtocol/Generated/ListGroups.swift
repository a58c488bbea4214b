// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ListGroupsRequest, versions 0-5 (flexible from v3).
public struct ListGroupsRequest: KafkaRequest {
    public typealias Response = ListGroupsResponse
    public static let apiKey: Int16 = 16
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    /// The states of the groups we want to list. If empty, all groups are returned with their state.
    public var statesFilter: [String] = []
    /// The types of the groups we want to list. If empty, all groups are returned with their type.
    public var typesFilter: [String] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 16, version: version) }
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [String] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "statesFilter")) }
                self.statesFilter = elements
            } else {
                throw .unexpectedNull(field: "statesFilter")
            }
        }
        if version >= 5 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [String] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "typesFilter")) }
                self.typesFilter = elements
            } else {
                throw .unexpectedNull(field: "typesFilter")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 16, version: version) }
        if version >= 4 {
            buffer.writeKafkaArrayCount(self.statesFilter.count, compact: true)
            for element in self.statesFilter {
                buffer.writeKafkaString(element, compact: true)
            }
        } else {
            if self.statesFilter != [] { throw .fieldNotSupported(field: "statesFilter", version: version) }
        }
        if version >= 5 {
            buffer.writeKafkaArrayCount(self.typesFilter.count, compact: true)
            for element in self.typesFilter {
                buffer.writeKafkaString(element, compact: true)
            }
        } else {
            if self.typesFilter != [] { throw .fieldNotSupported(field: "typesFilter", version: version) }
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// ListGroupsResponse, versions 0-5 (flexible from v3).
public struct ListGroupsResponse: KafkaResponse {
    public static let apiKey: Int16 = 16
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...5
    public static let firstFlexibleVersion: Int16? = 3

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Each group in the response.
    public var groups: [ListedGroup] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 16, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
            var elements: [ListedGroup] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ListedGroup(from: &buffer, version: version)) }
            self.groups = elements
        } else {
            throw .unexpectedNull(field: "groups")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 16, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.groups.count, compact: version >= 3)
        for element in self.groups {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ListGroupsResponse {
    public struct ListedGroup: Sendable, Hashable {
        /// The group ID. (entity: groupId)
        public var groupId: String = ""
        /// The group protocol type.
        public var protocolType: String = ""
        /// The group state name.
        public var groupState: String = ""
        /// The group type name.
        public var groupType: String = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.groupId = try buffer.readKafkaString(compact: version >= 3, field: "groupId")
            self.protocolType = try buffer.readKafkaString(compact: version >= 3, field: "protocolType")
            if version >= 4 {
                self.groupState = try buffer.readKafkaString(compact: true, field: "groupState")
            }
            if version >= 5 {
                self.groupType = try buffer.readKafkaString(compact: true, field: "groupType")
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
            buffer.writeKafkaString(self.groupId, compact: version >= 3)
            buffer.writeKafkaString(self.protocolType, compact: version >= 3)
            if version >= 4 {
                buffer.writeKafkaString(self.groupState, compact: true)
            }
            if version >= 5 {
                buffer.writeKafkaString(self.groupType, compact: true)
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
