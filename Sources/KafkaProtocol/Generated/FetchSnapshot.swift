// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// FetchSnapshotRequest, versions 0-1 (flexible from v0).
public struct FetchSnapshotRequest: KafkaRequest {
    public typealias Response = FetchSnapshotResponse
    public static let apiKey: Int16 = 59
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// The clusterId if known, this is used to validate metadata fetches prior to broker registration
    public var clusterId: String? = nil
    /// The broker ID of the follower (entity: brokerId)
    public var replicaId: Int32 = -1
    /// The maximum bytes to fetch from all of the snapshots
    public var maxBytes: Int32 = 0x7fffffff
    /// The topics to fetch
    public var topics: [TopicSnapshot] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 59, version: version) }
        self.replicaId = try buffer.readKafkaInt32()
        self.maxBytes = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicSnapshot] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicSnapshot(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            switch tag {
            case 0:
                self.clusterId = try field.readKafkaNullableString(compact: true)
            default:
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 59, version: version) }
        buffer.writeKafkaInt32(self.replicaId)
        buffer.writeKafkaInt32(self.maxBytes)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        var tagged = unknownTaggedFields
        if self.clusterId != nil {
            tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                field.writeKafkaString(self.clusterId, compact: true)
            })
        }
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension FetchSnapshotRequest {
    public struct TopicSnapshot: Sendable, Hashable {
        /// The name of the topic to fetch (entity: topicName)
        public var name: String = ""
        /// The partitions to fetch
        public var partitions: [PartitionSnapshot] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [PartitionSnapshot] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionSnapshot(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension FetchSnapshotRequest {
    public struct PartitionSnapshot: Sendable, Hashable {
        /// The partition index
        public var partition: Int32 = 0
        /// The current leader epoch of the partition, -1 for unknown leader epoch
        public var currentLeaderEpoch: Int32 = 0
        /// The snapshot endOffset and epoch to fetch
        public var snapshotId: SnapshotId = SnapshotId()
        /// The byte position within the snapshot to start fetching from
        public var position: Int64 = 0
        /// The directory id of the follower fetching
        public var replicaDirectoryId: KafkaUUID = .zero
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partition = try buffer.readKafkaInt32()
            self.currentLeaderEpoch = try buffer.readKafkaInt32()
            self.snapshotId = try SnapshotId(from: &buffer, version: version)
            self.position = try buffer.readKafkaInt64()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                switch tag {
                case 0 where version >= 1:
                    self.replicaDirectoryId = try field.readKafkaUUID()
                default:
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partition)
            buffer.writeKafkaInt32(self.currentLeaderEpoch)
            try self.snapshotId.encode(into: &buffer, version: version)
            buffer.writeKafkaInt64(self.position)
            var tagged = unknownTaggedFields
            if version >= 1, self.replicaDirectoryId != .zero {
                tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    field.writeKafkaUUID(self.replicaDirectoryId)
                })
            }
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension FetchSnapshotRequest {
    public struct SnapshotId: Sendable, Hashable {
        public var endOffset: Int64 = 0
        public var epoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.endOffset = try buffer.readKafkaInt64()
            self.epoch = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt64(self.endOffset)
            buffer.writeKafkaInt32(self.epoch)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// FetchSnapshotResponse, versions 0-1 (flexible from v0).
public struct FetchSnapshotResponse: KafkaResponse {
    public static let apiKey: Int16 = 59
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    public var errorCode: Int16 = 0
    /// The topics to fetch.
    public var topics: [TopicSnapshot] = []
    /// Endpoints for all current-leaders enumerated in PartitionSnapshot
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 59, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicSnapshot] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicSnapshot(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            switch tag {
            case 0 where version >= 1:
                if let count = try field.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [NodeEndpoint] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try NodeEndpoint(from: &field, version: version)) }
                    self.nodeEndpoints = elements
                } else {
                    throw .unexpectedNull(field: "nodeEndpoints")
                }
            default:
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 59, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if !(version >= 1) {
            if self.nodeEndpoints != [] { throw .fieldNotSupported(field: "nodeEndpoints", version: version) }
        }
        var tagged = unknownTaggedFields
        if version >= 1, self.nodeEndpoints != [] {
            tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                field.writeKafkaArrayCount(self.nodeEndpoints.count, compact: true)
                for element in self.nodeEndpoints {
                    try element.encode(into: &field, version: version)
                }
            })
        }
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension FetchSnapshotResponse {
    public struct TopicSnapshot: Sendable, Hashable {
        /// The name of the topic to fetch. (entity: topicName)
        public var name: String = ""
        /// The partitions to fetch.
        public var partitions: [PartitionSnapshot] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [PartitionSnapshot] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionSnapshot(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension FetchSnapshotResponse {
    public struct PartitionSnapshot: Sendable, Hashable {
        /// The partition index.
        public var index: Int32 = 0
        /// The error code, or 0 if there was no fetch error.
        public var errorCode: Int16 = 0
        /// The snapshot endOffset and epoch fetched
        public var snapshotId: SnapshotId = SnapshotId()
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// The total size of the snapshot.
        public var size: Int64 = 0
        /// The starting byte position within the snapshot included in the Bytes field.
        public var position: Int64 = 0
        /// Snapshot data in records format which may not be aligned on an offset boundary
        public var unalignedRecords: ByteBuffer = ByteBuffer()
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.index = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.snapshotId = try SnapshotId(from: &buffer, version: version)
            self.size = try buffer.readKafkaInt64()
            self.position = try buffer.readKafkaInt64()
            self.unalignedRecords = try buffer.readKafkaBytes(compact: true, field: "unalignedRecords")
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                switch tag {
                case 0:
                    self.currentLeader = try LeaderIdAndEpoch(from: &field, version: version)
                default:
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.index)
            buffer.writeKafkaInt16(self.errorCode)
            try self.snapshotId.encode(into: &buffer, version: version)
            buffer.writeKafkaInt64(self.size)
            buffer.writeKafkaInt64(self.position)
            buffer.writeKafkaBytes(self.unalignedRecords, compact: true)
            var tagged = unknownTaggedFields
            if self.currentLeader != LeaderIdAndEpoch() {
                tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    try self.currentLeader.encode(into: &field, version: version)
                })
            }
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension FetchSnapshotResponse {
    public struct SnapshotId: Sendable, Hashable {
        public var endOffset: Int64 = 0
        public var epoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.endOffset = try buffer.readKafkaInt64()
            self.epoch = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt64(self.endOffset)
            buffer.writeKafkaInt32(self.epoch)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension FetchSnapshotResponse {
    public struct LeaderIdAndEpoch: Sendable, Hashable {
        /// The ID of the current leader or -1 if the leader is unknown. (entity: brokerId)
        public var leaderId: Int32 = 0
        /// The latest known leader epoch
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
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
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension FetchSnapshotResponse {
    public struct NodeEndpoint: Sendable, Hashable {
        /// The ID of the associated node (entity: brokerId)
        public var nodeId: Int32 = 0
        /// The node's hostname
        public var host: String = ""
        /// The node's port
        public var port: UInt16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 1 {
                self.nodeId = try buffer.readKafkaInt32()
            }
            if version >= 1 {
                self.host = try buffer.readKafkaString(compact: true, field: "host")
            }
            if version >= 1 {
                self.port = try buffer.readKafkaUInt16()
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 1 {
                buffer.writeKafkaInt32(self.nodeId)
            } else {
                if self.nodeId != 0 { throw .fieldNotSupported(field: "nodeId", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaString(self.host, compact: true)
            } else {
                if self.host != "" { throw .fieldNotSupported(field: "host", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaUInt16(self.port)
            } else {
                if self.port != 0 { throw .fieldNotSupported(field: "port", version: version) }
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
