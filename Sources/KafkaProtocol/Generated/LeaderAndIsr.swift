// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// LeaderAndIsrRequest, versions 0-7 (flexible from v4).
public struct LeaderAndIsrRequest: KafkaRequest {
    public typealias Response = LeaderAndIsrResponse
    public static let apiKey: Int16 = 4
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker"]
    public static let validVersions: ClosedRange<Int16> = 0...7
    public static let firstFlexibleVersion: Int16? = 4

    /// The current controller ID. (entity: brokerId)
    public var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    public var isKRaftController: Bool = false
    /// The current controller epoch.
    public var controllerEpoch: Int32 = 0
    /// The current broker epoch.
    public var brokerEpoch: Int64 = -1
    /// The type that indicates whether all topics are included in the request
    public var type: Int8 = 0
    /// The state of each partition, in a v0 or v1 message.
    public var ungroupedPartitionStates: [LeaderAndIsrPartitionState] = []
    /// Each topic.
    public var topicStates: [LeaderAndIsrTopicState] = []
    /// The current live leaders.
    public var liveLeaders: [LeaderAndIsrLiveLeader] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 4, version: version) }
        self.controllerId = try buffer.readKafkaInt32()
        if version >= 7 {
            self.isKRaftController = try buffer.readKafkaBool()
        }
        self.controllerEpoch = try buffer.readKafkaInt32()
        if version >= 2 {
            self.brokerEpoch = try buffer.readKafkaInt64()
        }
        if version >= 5 {
            self.type = try buffer.readKafkaInt8()
        }
        if version <= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
                var elements: [LeaderAndIsrPartitionState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try LeaderAndIsrPartitionState(from: &buffer, version: version)) }
                self.ungroupedPartitionStates = elements
            } else {
                throw .unexpectedNull(field: "ungroupedPartitionStates")
            }
        }
        if version >= 2 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [LeaderAndIsrTopicState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try LeaderAndIsrTopicState(from: &buffer, version: version)) }
                self.topicStates = elements
            } else {
                throw .unexpectedNull(field: "topicStates")
            }
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
            var elements: [LeaderAndIsrLiveLeader] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try LeaderAndIsrLiveLeader(from: &buffer, version: version)) }
            self.liveLeaders = elements
        } else {
            throw .unexpectedNull(field: "liveLeaders")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 4, version: version) }
        buffer.writeKafkaInt32(self.controllerId)
        if version >= 7 {
            buffer.writeKafkaBool(self.isKRaftController)
        } else {
            if self.isKRaftController != false { throw .fieldNotSupported(field: "isKRaftController", version: version) }
        }
        buffer.writeKafkaInt32(self.controllerEpoch)
        if version >= 2 {
            buffer.writeKafkaInt64(self.brokerEpoch)
        }
        if version >= 5 {
            buffer.writeKafkaInt8(self.type)
        } else {
            if self.type != 0 { throw .fieldNotSupported(field: "type", version: version) }
        }
        if version <= 1 {
            buffer.writeKafkaArrayCount(self.ungroupedPartitionStates.count, compact: false)
            for element in self.ungroupedPartitionStates {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.ungroupedPartitionStates != [] { throw .fieldNotSupported(field: "ungroupedPartitionStates", version: version) }
        }
        if version >= 2 {
            buffer.writeKafkaArrayCount(self.topicStates.count, compact: version >= 4)
            for element in self.topicStates {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.topicStates != [] { throw .fieldNotSupported(field: "topicStates", version: version) }
        }
        buffer.writeKafkaArrayCount(self.liveLeaders.count, compact: version >= 4)
        for element in self.liveLeaders {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension LeaderAndIsrRequest {
    public struct LeaderAndIsrTopicState: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        /// The unique topic ID.
        public var topicId: KafkaUUID = .zero
        /// The state of each partition
        public var partitionStates: [LeaderAndIsrPartitionState] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 2 {
                self.topicName = try buffer.readKafkaString(compact: version >= 4, field: "topicName")
            }
            if version >= 5 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if version >= 2 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                    var elements: [LeaderAndIsrPartitionState] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try LeaderAndIsrPartitionState(from: &buffer, version: version)) }
                    self.partitionStates = elements
                } else {
                    throw .unexpectedNull(field: "partitionStates")
                }
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
            if version >= 2 {
                buffer.writeKafkaString(self.topicName, compact: version >= 4)
            } else {
                if self.topicName != "" { throw .fieldNotSupported(field: "topicName", version: version) }
            }
            if version >= 5 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if version >= 2 {
                buffer.writeKafkaArrayCount(self.partitionStates.count, compact: version >= 4)
                for element in self.partitionStates {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.partitionStates != [] { throw .fieldNotSupported(field: "partitionStates", version: version) }
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension LeaderAndIsrRequest {
    public struct LeaderAndIsrLiveLeader: Sendable, Hashable {
        /// The leader's broker ID. (entity: brokerId)
        public var brokerId: Int32 = 0
        /// The leader's hostname.
        public var hostName: String = ""
        /// The leader's port.
        public var port: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.brokerId = try buffer.readKafkaInt32()
            self.hostName = try buffer.readKafkaString(compact: version >= 4, field: "hostName")
            self.port = try buffer.readKafkaInt32()
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
            buffer.writeKafkaInt32(self.brokerId)
            buffer.writeKafkaString(self.hostName, compact: version >= 4)
            buffer.writeKafkaInt32(self.port)
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension LeaderAndIsrRequest {
    public struct LeaderAndIsrPartitionState: Sendable, Hashable {
        /// The topic name.  This is only present in v0 or v1. (entity: topicName)
        public var topicName: String = ""
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The controller epoch.
        public var controllerEpoch: Int32 = 0
        /// The broker ID of the leader. (entity: brokerId)
        public var leader: Int32 = 0
        /// The leader epoch.
        public var leaderEpoch: Int32 = 0
        /// The in-sync replica IDs. (entity: brokerId)
        public var isr: [Int32] = []
        /// The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion)
        public var partitionEpoch: Int32 = 0
        /// The replica IDs. (entity: brokerId)
        public var replicas: [Int32] = []
        /// The replica IDs that we are adding this partition to, or null if no replicas are being added. (entity: brokerId)
        public var addingReplicas: [Int32] = []
        /// The replica IDs that we are removing this partition from, or null if no replicas are being removed. (entity: brokerId)
        public var removingReplicas: [Int32] = []
        /// Whether the replica should have existed on the broker or not.
        public var isNew: Bool = false
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        public var leaderRecoveryState: Int8 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 1 {
                self.topicName = try buffer.readKafkaString(compact: false, field: "topicName")
            }
            self.partitionIndex = try buffer.readKafkaInt32()
            self.controllerEpoch = try buffer.readKafkaInt32()
            self.leader = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.isr = elements
            } else {
                throw .unexpectedNull(field: "isr")
            }
            self.partitionEpoch = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.replicas = elements
            } else {
                throw .unexpectedNull(field: "replicas")
            }
            if version >= 3 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.addingReplicas = elements
                } else {
                    throw .unexpectedNull(field: "addingReplicas")
                }
            }
            if version >= 3 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.removingReplicas = elements
                } else {
                    throw .unexpectedNull(field: "removingReplicas")
                }
            }
            if version >= 1 {
                self.isNew = try buffer.readKafkaBool()
            }
            if version >= 6 {
                self.leaderRecoveryState = try buffer.readKafkaInt8()
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
            if version <= 1 {
                buffer.writeKafkaString(self.topicName, compact: false)
            }
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt32(self.controllerEpoch)
            buffer.writeKafkaInt32(self.leader)
            buffer.writeKafkaInt32(self.leaderEpoch)
            buffer.writeKafkaArrayCount(self.isr.count, compact: version >= 4)
            for element in self.isr {
                buffer.writeKafkaInt32(element)
            }
            buffer.writeKafkaInt32(self.partitionEpoch)
            buffer.writeKafkaArrayCount(self.replicas.count, compact: version >= 4)
            for element in self.replicas {
                buffer.writeKafkaInt32(element)
            }
            if version >= 3 {
                buffer.writeKafkaArrayCount(self.addingReplicas.count, compact: version >= 4)
                for element in self.addingReplicas {
                    buffer.writeKafkaInt32(element)
                }
            }
            if version >= 3 {
                buffer.writeKafkaArrayCount(self.removingReplicas.count, compact: version >= 4)
                for element in self.removingReplicas {
                    buffer.writeKafkaInt32(element)
                }
            }
            if version >= 1 {
                buffer.writeKafkaBool(self.isNew)
            }
            if version >= 6 {
                buffer.writeKafkaInt8(self.leaderRecoveryState)
            } else {
                if self.leaderRecoveryState != 0 { throw .fieldNotSupported(field: "leaderRecoveryState", version: version) }
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// LeaderAndIsrResponse, versions 0-7 (flexible from v4).
public struct LeaderAndIsrResponse: KafkaResponse {
    public static let apiKey: Int16 = 4
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...7
    public static let firstFlexibleVersion: Int16? = 4

    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Each partition in v0 to v4 message.
    public var partitionErrors: [LeaderAndIsrPartitionError] = []
    /// Each topic
    public var topics: [LeaderAndIsrTopicError] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 4, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if version <= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [LeaderAndIsrPartitionError] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try LeaderAndIsrPartitionError(from: &buffer, version: version)) }
                self.partitionErrors = elements
            } else {
                throw .unexpectedNull(field: "partitionErrors")
            }
        }
        if version >= 5 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [LeaderAndIsrTopicError] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try LeaderAndIsrTopicError(from: &buffer, version: version)) }
                self.topics = elements
            } else {
                throw .unexpectedNull(field: "topics")
            }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 4, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        if version <= 4 {
            buffer.writeKafkaArrayCount(self.partitionErrors.count, compact: version >= 4)
            for element in self.partitionErrors {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.partitionErrors != [] { throw .fieldNotSupported(field: "partitionErrors", version: version) }
        }
        if version >= 5 {
            buffer.writeKafkaArrayCount(self.topics.count, compact: true)
            for element in self.topics {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.topics != [] { throw .fieldNotSupported(field: "topics", version: version) }
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension LeaderAndIsrResponse {
    public struct LeaderAndIsrTopicError: Sendable, Hashable {
        /// The unique topic ID
        public var topicId: KafkaUUID = .zero
        /// Each partition.
        public var partitionErrors: [LeaderAndIsrPartitionError] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 5 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if version >= 5 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [LeaderAndIsrPartitionError] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try LeaderAndIsrPartitionError(from: &buffer, version: version)) }
                    self.partitionErrors = elements
                } else {
                    throw .unexpectedNull(field: "partitionErrors")
                }
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
            if version >= 5 {
                buffer.writeKafkaUUID(self.topicId)
            } else {
                if self.topicId != .zero { throw .fieldNotSupported(field: "topicId", version: version) }
            }
            if version >= 5 {
                buffer.writeKafkaArrayCount(self.partitionErrors.count, compact: true)
                for element in self.partitionErrors {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.partitionErrors != [] { throw .fieldNotSupported(field: "partitionErrors", version: version) }
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension LeaderAndIsrResponse {
    public struct LeaderAndIsrPartitionError: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 4 {
                self.topicName = try buffer.readKafkaString(compact: version >= 4, field: "topicName")
            }
            self.partitionIndex = try buffer.readKafkaInt32()
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
            if version <= 4 {
                buffer.writeKafkaString(self.topicName, compact: version >= 4)
            }
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt16(self.errorCode)
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
