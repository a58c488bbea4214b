// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ListOffsetsRequest, versions 0-10 (flexible from v6).
public struct ListOffsetsRequest: KafkaRequest {
    public typealias Response = ListOffsetsResponse
    public static let apiKey: Int16 = 2
    public static let kafka4MinimumVersion: Int16 = 1
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...10
    public static let firstFlexibleVersion: Int16? = 6

    /// The broker ID of the requester, or -1 if this request is being made by a normal consumer. (entity: brokerId)
    public var replicaId: Int32 = 0
    /// This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records
    public var isolationLevel: Int8 = 0
    /// Each topic in the request.
    public var topics: [ListOffsetsTopic] = []
    /// The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage.
    public var timeoutMs: Int32 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 2, version: version) }
        self.replicaId = try buffer.readKafkaInt32()
        if version >= 2 {
            self.isolationLevel = try buffer.readKafkaInt8()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
            var elements: [ListOffsetsTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ListOffsetsTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 10 {
            self.timeoutMs = try buffer.readKafkaInt32()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 2, version: version) }
        buffer.writeKafkaInt32(self.replicaId)
        if version >= 2 {
            buffer.writeKafkaInt8(self.isolationLevel)
        } else {
            if self.isolationLevel != 0 { throw .fieldNotSupported(field: "isolationLevel", version: version) }
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 6)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 10 {
            buffer.writeKafkaInt32(self.timeoutMs)
        }
        if version >= 6 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ListOffsetsRequest {
    public struct ListOffsetsTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// Each partition in the request.
        public var partitions: [ListOffsetsPartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 6, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
                var elements: [ListOffsetsPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try ListOffsetsPartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
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
            buffer.writeKafkaString(self.name, compact: version >= 6)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 6)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ListOffsetsRequest {
    public struct ListOffsetsPartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The current leader epoch.
        public var currentLeaderEpoch: Int32 = -1
        /// The current timestamp.
        public var timestamp: Int64 = 0
        /// The maximum number of offsets to report.
        public var maxNumOffsets: Int32 = 1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            if version >= 4 {
                self.currentLeaderEpoch = try buffer.readKafkaInt32()
            }
            self.timestamp = try buffer.readKafkaInt64()
            if version <= 0 {
                self.maxNumOffsets = try buffer.readKafkaInt32()
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
            buffer.writeKafkaInt32(self.partitionIndex)
            if version >= 4 {
                buffer.writeKafkaInt32(self.currentLeaderEpoch)
            }
            buffer.writeKafkaInt64(self.timestamp)
            if version <= 0 {
                buffer.writeKafkaInt32(self.maxNumOffsets)
            } else {
                if self.maxNumOffsets != 1 { throw .fieldNotSupported(field: "maxNumOffsets", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// ListOffsetsResponse, versions 0-10 (flexible from v6).
public struct ListOffsetsResponse: KafkaResponse {
    public static let apiKey: Int16 = 2
    public static let kafka4MinimumVersion: Int16 = 1
    public static let validVersions: ClosedRange<Int16> = 0...10
    public static let firstFlexibleVersion: Int16? = 6

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    public var topics: [ListOffsetsTopicResponse] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 2, version: version) }
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
            var elements: [ListOffsetsTopicResponse] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ListOffsetsTopicResponse(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 2, version: version) }
        if version >= 2 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 6)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 6 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ListOffsetsResponse {
    public struct ListOffsetsTopicResponse: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var name: String = ""
        /// Each partition in the response.
        public var partitions: [ListOffsetsPartitionResponse] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 6, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
                var elements: [ListOffsetsPartitionResponse] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try ListOffsetsPartitionResponse(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
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
            buffer.writeKafkaString(self.name, compact: version >= 6)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 6)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ListOffsetsResponse {
    public struct ListOffsetsPartitionResponse: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The result offsets.
        public var oldStyleOffsets: [Int64] = []
        /// The timestamp associated with the returned offset.
        public var timestamp: Int64 = -1
        /// The returned offset.
        public var offset: Int64 = -1
        public var leaderEpoch: Int32 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            if version <= 0 {
                if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 8) {
                    var elements: [Int64] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt64()) }
                    self.oldStyleOffsets = elements
                } else {
                    throw .unexpectedNull(field: "oldStyleOffsets")
                }
            }
            if version >= 1 {
                self.timestamp = try buffer.readKafkaInt64()
            }
            if version >= 1 {
                self.offset = try buffer.readKafkaInt64()
            }
            if version >= 4 {
                self.leaderEpoch = try buffer.readKafkaInt32()
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
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt16(self.errorCode)
            if version <= 0 {
                buffer.writeKafkaArrayCount(self.oldStyleOffsets.count, compact: false)
                for element in self.oldStyleOffsets {
                    buffer.writeKafkaInt64(element)
                }
            } else {
                if self.oldStyleOffsets != [] { throw .fieldNotSupported(field: "oldStyleOffsets", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaInt64(self.timestamp)
            } else {
                if self.timestamp != -1 { throw .fieldNotSupported(field: "timestamp", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaInt64(self.offset)
            } else {
                if self.offset != -1 { throw .fieldNotSupported(field: "offset", version: version) }
            }
            if version >= 4 {
                buffer.writeKafkaInt32(self.leaderEpoch)
            } else {
                if self.leaderEpoch != -1 { throw .fieldNotSupported(field: "leaderEpoch", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
