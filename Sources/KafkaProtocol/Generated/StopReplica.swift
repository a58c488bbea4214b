// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// StopReplicaRequest, versions 0-4 (flexible from v2).
public struct StopReplicaRequest: KafkaRequest {
    public typealias Response = StopReplicaResponse
    public static let apiKey: Int16 = 5
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 2

    /// The controller id. (entity: brokerId)
    public var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    public var isKRaftController: Bool = false
    /// The controller epoch.
    public var controllerEpoch: Int32 = 0
    /// The broker epoch.
    public var brokerEpoch: Int64 = -1
    /// Whether these partitions should be deleted.
    public var deletePartitions: Bool = false
    /// The partitions to stop.
    public var ungroupedPartitions: [StopReplicaPartitionV0] = []
    /// The topics to stop.
    public var topics: [StopReplicaTopicV1] = []
    /// Each topic.
    public var topicStates: [StopReplicaTopicState] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 5, version: version) }
        self.controllerId = try buffer.readKafkaInt32()
        if version >= 4 {
            self.isKRaftController = try buffer.readKafkaBool()
        }
        self.controllerEpoch = try buffer.readKafkaInt32()
        if version >= 1 {
            self.brokerEpoch = try buffer.readKafkaInt64()
        }
        if version <= 2 {
            self.deletePartitions = try buffer.readKafkaBool()
        }
        if version <= 0 {
            if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
                var elements: [StopReplicaPartitionV0] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try StopReplicaPartitionV0(from: &buffer, version: version)) }
                self.ungroupedPartitions = elements
            } else {
                throw .unexpectedNull(field: "ungroupedPartitions")
            }
        }
        if (1...2).contains(version) {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [StopReplicaTopicV1] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try StopReplicaTopicV1(from: &buffer, version: version)) }
                self.topics = elements
            } else {
                throw .unexpectedNull(field: "topics")
            }
        }
        if version >= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [StopReplicaTopicState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try StopReplicaTopicState(from: &buffer, version: version)) }
                self.topicStates = elements
            } else {
                throw .unexpectedNull(field: "topicStates")
            }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 5, version: version) }
        buffer.writeKafkaInt32(self.controllerId)
        if version >= 4 {
            buffer.writeKafkaBool(self.isKRaftController)
        } else {
            if self.isKRaftController != false { throw .fieldNotSupported(field: "isKRaftController", version: version) }
        }
        buffer.writeKafkaInt32(self.controllerEpoch)
        if version >= 1 {
            buffer.writeKafkaInt64(self.brokerEpoch)
        }
        if version <= 2 {
            buffer.writeKafkaBool(self.deletePartitions)
        } else {
            if self.deletePartitions != false { throw .fieldNotSupported(field: "deletePartitions", version: version) }
        }
        if version <= 0 {
            buffer.writeKafkaArrayCount(self.ungroupedPartitions.count, compact: false)
            for element in self.ungroupedPartitions {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.ungroupedPartitions != [] { throw .fieldNotSupported(field: "ungroupedPartitions", version: version) }
        }
        if (1...2).contains(version) {
            buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 2)
            for element in self.topics {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.topics != [] { throw .fieldNotSupported(field: "topics", version: version) }
        }
        if version >= 3 {
            buffer.writeKafkaArrayCount(self.topicStates.count, compact: true)
            for element in self.topicStates {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.topicStates != [] { throw .fieldNotSupported(field: "topicStates", version: version) }
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension StopReplicaRequest {
    public struct StopReplicaPartitionV0: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 0 {
                self.topicName = try buffer.readKafkaString(compact: false, field: "topicName")
            }
            if version <= 0 {
                self.partitionIndex = try buffer.readKafkaInt32()
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
            if version <= 0 {
                buffer.writeKafkaString(self.topicName, compact: false)
            } else {
                if self.topicName != "" { throw .fieldNotSupported(field: "topicName", version: version) }
            }
            if version <= 0 {
                buffer.writeKafkaInt32(self.partitionIndex)
            } else {
                if self.partitionIndex != 0 { throw .fieldNotSupported(field: "partitionIndex", version: version) }
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension StopReplicaRequest {
    public struct StopReplicaTopicV1: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The partition indexes.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if (1...2).contains(version) {
                self.name = try buffer.readKafkaString(compact: version >= 2, field: "name")
            }
            if (1...2).contains(version) {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.partitionIndexes = elements
                } else {
                    throw .unexpectedNull(field: "partitionIndexes")
                }
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
            if (1...2).contains(version) {
                buffer.writeKafkaString(self.name, compact: version >= 2)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if (1...2).contains(version) {
                buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: version >= 2)
                for element in self.partitionIndexes {
                    buffer.writeKafkaInt32(element)
                }
            } else {
                if self.partitionIndexes != [] { throw .fieldNotSupported(field: "partitionIndexes", version: version) }
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension StopReplicaRequest {
    public struct StopReplicaTopicState: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        /// The state of each partition
        public var partitionStates: [StopReplicaPartitionState] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 3 {
                self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            }
            if version >= 3 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [StopReplicaPartitionState] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try StopReplicaPartitionState(from: &buffer, version: version)) }
                    self.partitionStates = elements
                } else {
                    throw .unexpectedNull(field: "partitionStates")
                }
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
            if version >= 3 {
                buffer.writeKafkaString(self.topicName, compact: true)
            } else {
                if self.topicName != "" { throw .fieldNotSupported(field: "topicName", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaArrayCount(self.partitionStates.count, compact: true)
                for element in self.partitionStates {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.partitionStates != [] { throw .fieldNotSupported(field: "partitionStates", version: version) }
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension StopReplicaRequest {
    public struct StopReplicaPartitionState: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The leader epoch.
        public var leaderEpoch: Int32 = -1
        /// Whether this partition should be deleted.
        public var deletePartition: Bool = false
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 3 {
                self.partitionIndex = try buffer.readKafkaInt32()
            }
            if version >= 3 {
                self.leaderEpoch = try buffer.readKafkaInt32()
            }
            if version >= 3 {
                self.deletePartition = try buffer.readKafkaBool()
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
            if version >= 3 {
                buffer.writeKafkaInt32(self.partitionIndex)
            } else {
                if self.partitionIndex != 0 { throw .fieldNotSupported(field: "partitionIndex", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaInt32(self.leaderEpoch)
            } else {
                if self.leaderEpoch != -1 { throw .fieldNotSupported(field: "leaderEpoch", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaBool(self.deletePartition)
            } else {
                if self.deletePartition != false { throw .fieldNotSupported(field: "deletePartition", version: version) }
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// StopReplicaResponse, versions 0-4 (flexible from v2).
public struct StopReplicaResponse: KafkaResponse {
    public static let apiKey: Int16 = 5
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 2

    /// The top-level error code, or 0 if there was no top-level error.
    public var errorCode: Int16 = 0
    /// The responses for each partition.
    public var partitionErrors: [StopReplicaPartitionError] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 5, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [StopReplicaPartitionError] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try StopReplicaPartitionError(from: &buffer, version: version)) }
            self.partitionErrors = elements
        } else {
            throw .unexpectedNull(field: "partitionErrors")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 5, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.partitionErrors.count, compact: version >= 2)
        for element in self.partitionErrors {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension StopReplicaResponse {
    public struct StopReplicaPartitionError: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no partition error.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicName = try buffer.readKafkaString(compact: version >= 2, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInt32()
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
            buffer.writeKafkaString(self.topicName, compact: version >= 2)
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt16(self.errorCode)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
