// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DeleteGroupsRequest, versions 0-2 (flexible from v2).
public struct DeleteGroupsRequest: KafkaRequest {
    public typealias Response = DeleteGroupsResponse
    public static let apiKey: Int16 = 42
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The group names to delete. (entity: groupId)
    public var groupsNames: [String] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 42, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: version >= 2, field: "groupsNames")) }
            self.groupsNames = elements
        } else {
            throw .unexpectedNull(field: "groupsNames")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 42, version: version) }
        buffer.writeKafkaArrayCount(self.groupsNames.count, compact: version >= 2)
        for element in self.groupsNames {
            buffer.writeKafkaString(element, compact: version >= 2)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// DeleteGroupsResponse, versions 0-2 (flexible from v2).
public struct DeleteGroupsResponse: KafkaResponse {
    public static let apiKey: Int16 = 42
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The deletion results
    public var results: [DeletableGroupResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 42, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [DeletableGroupResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DeletableGroupResult(from: &buffer, version: version)) }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 42, version: version) }
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

extension DeleteGroupsResponse {
    public struct DeletableGroupResult: Sendable, Hashable {
        /// The group id (entity: groupId)
        public var groupId: String = ""
        /// The deletion error, or 0 if the deletion succeeded.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.groupId = try buffer.readKafkaString(compact: version >= 2, field: "groupId")
            self.errorCode = try buffer.readKafkaInt16()
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
            buffer.writeKafkaString(self.groupId, compact: version >= 2)
            buffer.writeKafkaInt16(self.errorCode)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
