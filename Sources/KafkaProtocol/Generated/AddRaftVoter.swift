// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// AddRaftVoterRequest, versions 0-0 (flexible from v0).
public struct AddRaftVoterRequest: KafkaRequest {
    public typealias Response = AddRaftVoterResponse
    public static let apiKey: Int16 = 80
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var clusterId: String? = ""
    public var timeoutMs: Int32 = 0
    /// The replica id of the voter getting added to the topic partition
    public var voterId: Int32 = 0
    /// The directory id of the voter getting added to the topic partition
    public var voterDirectoryId: KafkaUUID = .zero
    /// The endpoints that can be used to communicate with the voter
    public var listeners: [Listener] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 80, version: version) }
        self.clusterId = try buffer.readKafkaNullableString(compact: true)
        self.timeoutMs = try buffer.readKafkaInt32()
        self.voterId = try buffer.readKafkaInt32()
        self.voterDirectoryId = try buffer.readKafkaUUID()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [Listener] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try Listener(from: &buffer, version: version)) }
            self.listeners = elements
        } else {
            throw .unexpectedNull(field: "listeners")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 80, version: version) }
        buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeKafkaInt32(self.timeoutMs)
        buffer.writeKafkaInt32(self.voterId)
        buffer.writeKafkaUUID(self.voterDirectoryId)
        buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
        for element in self.listeners {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension AddRaftVoterRequest {
    public struct Listener: Sendable, Hashable {
        /// The name of the endpoint
        public var name: String = ""
        /// The hostname
        public var host: String = ""
        /// The port
        public var port: UInt16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaUInt16()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaString(self.host, compact: true)
            buffer.writeKafkaUInt16(self.port)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// AddRaftVoterResponse, versions 0-0 (flexible from v0).
public struct AddRaftVoterResponse: KafkaResponse {
    public static let apiKey: Int16 = 80
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    public var errorMessage: String? = ""
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 80, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 80, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: true)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}
