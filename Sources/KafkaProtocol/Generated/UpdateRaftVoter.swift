// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// UpdateRaftVoterRequest, versions 0-0 (flexible from v0).
public struct UpdateRaftVoterRequest: KafkaRequest {
    public typealias Response = UpdateRaftVoterResponse
    public static let apiKey: Int16 = 82
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var clusterId: String? = ""
    /// The current leader epoch of the partition, -1 for unknown leader epoch
    public var currentLeaderEpoch: Int32 = 0
    /// The replica id of the voter getting updated in the topic partition
    public var voterId: Int32 = 0
    /// The directory id of the voter getting updated in the topic partition
    public var voterDirectoryId: KafkaUUID = .zero
    /// The endpoint that can be used to communicate with the leader
    public var listeners: [Listener] = []
    /// The range of versions of the protocol that the replica supports
    public var kRaftVersionFeature: KRaftVersionFeature = KRaftVersionFeature()
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 82, version: version) }
        self.clusterId = try buffer.readKafkaNullableString(compact: true)
        self.currentLeaderEpoch = try buffer.readKafkaInt32()
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
        self.kRaftVersionFeature = try KRaftVersionFeature(from: &buffer, version: version)
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 82, version: version) }
        buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeKafkaInt32(self.currentLeaderEpoch)
        buffer.writeKafkaInt32(self.voterId)
        buffer.writeKafkaUUID(self.voterDirectoryId)
        buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
        for element in self.listeners {
            try element.encode(into: &buffer, version: version)
        }
        try self.kRaftVersionFeature.encode(into: &buffer, version: version)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension UpdateRaftVoterRequest {
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

extension UpdateRaftVoterRequest {
    public struct KRaftVersionFeature: Sendable, Hashable {
        /// The minimum supported KRaft protocol version
        public var minSupportedVersion: Int16 = 0
        /// The maximum supported KRaft protocol version
        public var maxSupportedVersion: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.minSupportedVersion = try buffer.readKafkaInt16()
            self.maxSupportedVersion = try buffer.readKafkaInt16()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt16(self.minSupportedVersion)
            buffer.writeKafkaInt16(self.maxSupportedVersion)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// UpdateRaftVoterResponse, versions 0-0 (flexible from v0).
public struct UpdateRaftVoterResponse: KafkaResponse {
    public static let apiKey: Int16 = 82
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error
    public var errorCode: Int16 = 0
    public var currentLeader: CurrentLeader = CurrentLeader()
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 82, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            switch tag {
            case 0:
                self.currentLeader = try CurrentLeader(from: &field, version: version)
            default:
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 82, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        var tagged = unknownTaggedFields
        if self.currentLeader != CurrentLeader() {
            tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                try self.currentLeader.encode(into: &field, version: version)
            })
        }
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension UpdateRaftVoterResponse {
    public struct CurrentLeader: Sendable, Hashable {
        /// The replica id of the current leader or -1 if the leader is unknown (entity: brokerId)
        public var leaderId: Int32 = -1
        /// The latest known leader epoch
        public var leaderEpoch: Int32 = -1
        /// The node's hostname
        public var host: String = ""
        /// The node's port
        public var port: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.leaderId)
            buffer.writeKafkaInt32(self.leaderEpoch)
            buffer.writeKafkaString(self.host, compact: true)
            buffer.writeKafkaInt32(self.port)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
