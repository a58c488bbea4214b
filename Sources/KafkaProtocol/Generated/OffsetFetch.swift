// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// OffsetFetchRequest, versions 0-9 (flexible from v6).
public struct OffsetFetchRequest: KafkaRequest {
    public typealias Response = OffsetFetchResponse
    public static let apiKey: Int16 = 9
    public static let kafka4MinimumVersion: Int16 = 1
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 6

    /// The group to fetch offsets for. (entity: groupId)
    public var groupId: String = ""
    /// Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
    public var topics: [OffsetFetchRequestTopic]? = []
    /// Each group we would like to fetch offsets for
    public var groups: [OffsetFetchRequestGroup] = []
    /// Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions.
    public var requireStable: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 9, version: version) }
        if version <= 7 {
            self.groupId = try buffer.readKafkaString(compact: version >= 6, field: "groupId")
        }
        if version <= 7 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
                var elements: [OffsetFetchRequestTopic] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetFetchRequestTopic(from: &buffer, version: version)) }
                self.topics = elements
            } else if version >= 2 {
                self.topics = nil
            } else {
                throw .unexpectedNull(field: "topics")
            }
        }
        if version >= 8 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [OffsetFetchRequestGroup] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetFetchRequestGroup(from: &buffer, version: version)) }
                self.groups = elements
            } else {
                throw .unexpectedNull(field: "groups")
            }
        }
        if version >= 7 {
            self.requireStable = try buffer.readKafkaBool()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 9, version: version) }
        if version <= 7 {
            buffer.writeKafkaString(self.groupId, compact: version >= 6)
        } else {
            if self.groupId != "" { throw .fieldNotSupported(field: "groupId", version: version) }
        }
        if version <= 7 {
            if let elements = self.topics {
                buffer.writeKafkaArrayCount(elements.count, compact: version >= 6)
                for element in elements {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                guard version >= 2 else { throw .nullNotAllowed(field: "topics", version: version) }
                buffer.writeKafkaArrayCount(nil, compact: version >= 6)
            }
        } else {
            if self.topics != [] { throw .fieldNotSupported(field: "topics", version: version) }
        }
        if version >= 8 {
            buffer.writeKafkaArrayCount(self.groups.count, compact: true)
            for element in self.groups {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.groups != [] { throw .fieldNotSupported(field: "groups", version: version) }
        }
        if version >= 7 {
            buffer.writeKafkaBool(self.requireStable)
        } else {
            if self.requireStable != false { throw .fieldNotSupported(field: "requireStable", version: version) }
        }
        if version >= 6 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension OffsetFetchRequest {
    public struct OffsetFetchRequestTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The partition indexes we would like to fetch offsets for.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 7 {
                self.name = try buffer.readKafkaString(compact: version >= 6, field: "name")
            }
            if version <= 7 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.partitionIndexes = elements
                } else {
                    throw .unexpectedNull(field: "partitionIndexes")
                }
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
            if version <= 7 {
                buffer.writeKafkaString(self.name, compact: version >= 6)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version <= 7 {
                buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: version >= 6)
                for element in self.partitionIndexes {
                    buffer.writeKafkaInt32(element)
                }
            } else {
                if self.partitionIndexes != [] { throw .fieldNotSupported(field: "partitionIndexes", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetFetchRequest {
    public struct OffsetFetchRequestGroup: Sendable, Hashable {
        /// The group ID. (entity: groupId)
        public var groupId: String = ""
        /// The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848).
        public var memberId: String? = nil
        /// The member epoch if using the new consumer protocol (KIP-848).
        public var memberEpoch: Int32 = -1
        /// Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
        public var topics: [OffsetFetchRequestTopics]? = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 8 {
                self.groupId = try buffer.readKafkaString(compact: true, field: "groupId")
            }
            if version >= 9 {
                self.memberId = try buffer.readKafkaNullableString(compact: true)
            }
            if version >= 9 {
                self.memberEpoch = try buffer.readKafkaInt32()
            }
            if version >= 8 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [OffsetFetchRequestTopics] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try OffsetFetchRequestTopics(from: &buffer, version: version)) }
                    self.topics = elements
                } else {
                    self.topics = nil
                }
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
            if version >= 8 {
                buffer.writeKafkaString(self.groupId, compact: true)
            } else {
                if self.groupId != "" { throw .fieldNotSupported(field: "groupId", version: version) }
            }
            if version >= 9 {
                buffer.writeKafkaString(self.memberId, compact: true)
            }
            if version >= 9 {
                buffer.writeKafkaInt32(self.memberEpoch)
            }
            if version >= 8 {
                if let elements = self.topics {
                    buffer.writeKafkaArrayCount(elements.count, compact: true)
                    for element in elements {
                        try element.encode(into: &buffer, version: version)
                    }
                } else {
                    buffer.writeKafkaArrayCount(nil, compact: true)
                }
            } else {
                if self.topics != [] { throw .fieldNotSupported(field: "topics", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetFetchRequest {
    public struct OffsetFetchRequestTopics: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The partition indexes we would like to fetch offsets for.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 8 {
                self.name = try buffer.readKafkaString(compact: true, field: "name")
            }
            if version >= 8 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.partitionIndexes = elements
                } else {
                    throw .unexpectedNull(field: "partitionIndexes")
                }
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
            if version >= 8 {
                buffer.writeKafkaString(self.name, compact: true)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version >= 8 {
                buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: true)
                for element in self.partitionIndexes {
                    buffer.writeKafkaInt32(element)
                }
            } else {
                if self.partitionIndexes != [] { throw .fieldNotSupported(field: "partitionIndexes", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// OffsetFetchResponse, versions 0-9 (flexible from v6).
public struct OffsetFetchResponse: KafkaResponse {
    public static let apiKey: Int16 = 9
    public static let kafka4MinimumVersion: Int16 = 1
    public static let validVersions: ClosedRange<Int16> = 0...9
    public static let firstFlexibleVersion: Int16? = 6

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The responses per topic.
    public var topics: [OffsetFetchResponseTopic] = []
    /// The top-level error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The responses per group id.
    public var groups: [OffsetFetchResponseGroup] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 9, version: version) }
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if version <= 7 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
                var elements: [OffsetFetchResponseTopic] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetFetchResponseTopic(from: &buffer, version: version)) }
                self.topics = elements
            } else {
                throw .unexpectedNull(field: "topics")
            }
        }
        if (2...7).contains(version) {
            self.errorCode = try buffer.readKafkaInt16()
        }
        if version >= 8 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [OffsetFetchResponseGroup] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetFetchResponseGroup(from: &buffer, version: version)) }
                self.groups = elements
            } else {
                throw .unexpectedNull(field: "groups")
            }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 9, version: version) }
        if version >= 3 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        if version <= 7 {
            buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 6)
            for element in self.topics {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.topics != [] { throw .fieldNotSupported(field: "topics", version: version) }
        }
        if (2...7).contains(version) {
            buffer.writeKafkaInt16(self.errorCode)
        }
        if version >= 8 {
            buffer.writeKafkaArrayCount(self.groups.count, compact: true)
            for element in self.groups {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.groups != [] { throw .fieldNotSupported(field: "groups", version: version) }
        }
        if version >= 6 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension OffsetFetchResponse {
    public struct OffsetFetchResponseTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The responses per partition
        public var partitions: [OffsetFetchResponsePartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 7 {
                self.name = try buffer.readKafkaString(compact: version >= 6, field: "name")
            }
            if version <= 7 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
                    var elements: [OffsetFetchResponsePartition] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try OffsetFetchResponsePartition(from: &buffer, version: version)) }
                    self.partitions = elements
                } else {
                    throw .unexpectedNull(field: "partitions")
                }
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
            if version <= 7 {
                buffer.writeKafkaString(self.name, compact: version >= 6)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version <= 7 {
                buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 6)
                for element in self.partitions {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.partitions != [] { throw .fieldNotSupported(field: "partitions", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetFetchResponse {
    public struct OffsetFetchResponsePartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The committed message offset.
        public var committedOffset: Int64 = 0
        /// The leader epoch.
        public var committedLeaderEpoch: Int32 = -1
        /// The partition metadata.
        public var metadata: String? = ""
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 7 {
                self.partitionIndex = try buffer.readKafkaInt32()
            }
            if version <= 7 {
                self.committedOffset = try buffer.readKafkaInt64()
            }
            if (5...7).contains(version) {
                self.committedLeaderEpoch = try buffer.readKafkaInt32()
            }
            if version <= 7 {
                self.metadata = try buffer.readKafkaNullableString(compact: version >= 6)
            }
            if version <= 7 {
                self.errorCode = try buffer.readKafkaInt16()
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
            if version <= 7 {
                buffer.writeKafkaInt32(self.partitionIndex)
            } else {
                if self.partitionIndex != 0 { throw .fieldNotSupported(field: "partitionIndex", version: version) }
            }
            if version <= 7 {
                buffer.writeKafkaInt64(self.committedOffset)
            } else {
                if self.committedOffset != 0 { throw .fieldNotSupported(field: "committedOffset", version: version) }
            }
            if (5...7).contains(version) {
                buffer.writeKafkaInt32(self.committedLeaderEpoch)
            }
            if version <= 7 {
                buffer.writeKafkaString(self.metadata, compact: version >= 6)
            } else {
                if self.metadata != "" { throw .fieldNotSupported(field: "metadata", version: version) }
            }
            if version <= 7 {
                buffer.writeKafkaInt16(self.errorCode)
            } else {
                if self.errorCode != 0 { throw .fieldNotSupported(field: "errorCode", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetFetchResponse {
    public struct OffsetFetchResponseGroup: Sendable, Hashable {
        /// The group ID. (entity: groupId)
        public var groupId: String = ""
        /// The responses per topic.
        public var topics: [OffsetFetchResponseTopics] = []
        /// The group-level error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 8 {
                self.groupId = try buffer.readKafkaString(compact: true, field: "groupId")
            }
            if version >= 8 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [OffsetFetchResponseTopics] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try OffsetFetchResponseTopics(from: &buffer, version: version)) }
                    self.topics = elements
                } else {
                    throw .unexpectedNull(field: "topics")
                }
            }
            if version >= 8 {
                self.errorCode = try buffer.readKafkaInt16()
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
            if version >= 8 {
                buffer.writeKafkaString(self.groupId, compact: true)
            } else {
                if self.groupId != "" { throw .fieldNotSupported(field: "groupId", version: version) }
            }
            if version >= 8 {
                buffer.writeKafkaArrayCount(self.topics.count, compact: true)
                for element in self.topics {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.topics != [] { throw .fieldNotSupported(field: "topics", version: version) }
            }
            if version >= 8 {
                buffer.writeKafkaInt16(self.errorCode)
            } else {
                if self.errorCode != 0 { throw .fieldNotSupported(field: "errorCode", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetFetchResponse {
    public struct OffsetFetchResponseTopics: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The responses per partition
        public var partitions: [OffsetFetchResponsePartitions] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 8 {
                self.name = try buffer.readKafkaString(compact: true, field: "name")
            }
            if version >= 8 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [OffsetFetchResponsePartitions] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try OffsetFetchResponsePartitions(from: &buffer, version: version)) }
                    self.partitions = elements
                } else {
                    throw .unexpectedNull(field: "partitions")
                }
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
            if version >= 8 {
                buffer.writeKafkaString(self.name, compact: true)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version >= 8 {
                buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
                for element in self.partitions {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.partitions != [] { throw .fieldNotSupported(field: "partitions", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension OffsetFetchResponse {
    public struct OffsetFetchResponsePartitions: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The committed message offset.
        public var committedOffset: Int64 = 0
        /// The leader epoch.
        public var committedLeaderEpoch: Int32 = -1
        /// The partition metadata.
        public var metadata: String? = ""
        /// The partition-level error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 8 {
                self.partitionIndex = try buffer.readKafkaInt32()
            }
            if version >= 8 {
                self.committedOffset = try buffer.readKafkaInt64()
            }
            if version >= 8 {
                self.committedLeaderEpoch = try buffer.readKafkaInt32()
            }
            if version >= 8 {
                self.metadata = try buffer.readKafkaNullableString(compact: true)
            }
            if version >= 8 {
                self.errorCode = try buffer.readKafkaInt16()
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
            if version >= 8 {
                buffer.writeKafkaInt32(self.partitionIndex)
            } else {
                if self.partitionIndex != 0 { throw .fieldNotSupported(field: "partitionIndex", version: version) }
            }
            if version >= 8 {
                buffer.writeKafkaInt64(self.committedOffset)
            } else {
                if self.committedOffset != 0 { throw .fieldNotSupported(field: "committedOffset", version: version) }
            }
            if version >= 8 {
                buffer.writeKafkaInt32(self.committedLeaderEpoch)
            }
            if version >= 8 {
                buffer.writeKafkaString(self.metadata, compact: true)
            } else {
                if self.metadata != "" { throw .fieldNotSupported(field: "metadata", version: version) }
            }
            if version >= 8 {
                buffer.writeKafkaInt16(self.errorCode)
            } else {
                if self.errorCode != 0 { throw .fieldNotSupported(field: "errorCode", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
