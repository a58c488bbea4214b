// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// AlterPartitionRequest, versions 0-3 (flexible from v0).
public struct AlterPartitionRequest: KafkaRequest {
    public typealias Response = AlterPartitionResponse
    public static let apiKey: Int16 = 56
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 0

    /// The ID of the requesting broker (entity: brokerId)
    public var brokerId: Int32 = 0
    /// The epoch of the requesting broker
    public var brokerEpoch: Int64 = -1
    public var topics: [TopicData] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 56, version: version) }
        self.brokerId = try buffer.readKafkaInt32()
        self.brokerEpoch = try buffer.readKafkaInt64()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicData(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 56, version: version) }
        buffer.writeKafkaInt32(self.brokerId)
        buffer.writeKafkaInt64(self.brokerEpoch)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension AlterPartitionRequest {
    public struct TopicData: Sendable, Hashable {
        /// The name of the topic to alter ISRs for (entity: topicName)
        public var topicName: String = ""
        /// The ID of the topic to alter ISRs for
        public var topicId: KafkaUUID = .zero
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 1 {
                self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            }
            if version >= 2 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [PartitionData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionData(from: &buffer, version: version)) }
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
            if version <= 1 {
                buffer.writeKafkaString(self.topicName, compact: true)
            }
            if version >= 2 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension AlterPartitionRequest {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index
        public var partitionIndex: Int32 = 0
        /// The leader epoch of this partition
        public var leaderEpoch: Int32 = 0
        /// The ISR for this partition. Deprecated since version 3. (entity: brokerId)
        public var newIsr: [Int32] = []
        public var newIsrWithEpochs: [BrokerState] = []
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        public var leaderRecoveryState: Int8 = 0
        /// The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request.
        public var partitionEpoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            if version <= 2 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.newIsr = elements
                } else {
                    throw .unexpectedNull(field: "newIsr")
                }
            }
            if version >= 3 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [BrokerState] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try BrokerState(from: &buffer, version: version)) }
                    self.newIsrWithEpochs = elements
                } else {
                    throw .unexpectedNull(field: "newIsrWithEpochs")
                }
            }
            if version >= 1 {
                self.leaderRecoveryState = try buffer.readKafkaInt8()
            }
            self.partitionEpoch = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt32(self.leaderEpoch)
            if version <= 2 {
                buffer.writeKafkaArrayCount(self.newIsr.count, compact: true)
                for element in self.newIsr {
                    buffer.writeKafkaInt32(element)
                }
            } else {
                if self.newIsr != [] { throw .fieldNotSupported(field: "newIsr", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaArrayCount(self.newIsrWithEpochs.count, compact: true)
                for element in self.newIsrWithEpochs {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.newIsrWithEpochs != [] { throw .fieldNotSupported(field: "newIsrWithEpochs", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaInt8(self.leaderRecoveryState)
            } else {
                if self.leaderRecoveryState != 0 { throw .fieldNotSupported(field: "leaderRecoveryState", version: version) }
            }
            buffer.writeKafkaInt32(self.partitionEpoch)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension AlterPartitionRequest {
    public struct BrokerState: Sendable, Hashable {
        /// The ID of the broker. (entity: brokerId)
        public var brokerId: Int32 = 0
        /// The epoch of the broker. It will be -1 if the epoch check is not supported.
        public var brokerEpoch: Int64 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 3 {
                self.brokerId = try buffer.readKafkaInt32()
            }
            if version >= 3 {
                self.brokerEpoch = try buffer.readKafkaInt64()
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 3 {
                buffer.writeKafkaInt32(self.brokerId)
            } else {
                if self.brokerId != 0 { throw .fieldNotSupported(field: "brokerId", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaInt64(self.brokerEpoch)
            } else {
                if self.brokerEpoch != -1 { throw .fieldNotSupported(field: "brokerEpoch", version: version) }
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// AlterPartitionResponse, versions 0-3 (flexible from v0).
public struct AlterPartitionResponse: KafkaResponse {
    public static let apiKey: Int16 = 56
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code
    public var errorCode: Int16 = 0
    public var topics: [TopicData] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 56, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [TopicData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicData(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 56, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension AlterPartitionResponse {
    public struct TopicData: Sendable, Hashable {
        /// The name of the topic (entity: topicName)
        public var topicName: String = ""
        /// The ID of the topic
        public var topicId: KafkaUUID = .zero
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 1 {
                self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            }
            if version >= 2 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [PartitionData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionData(from: &buffer, version: version)) }
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
            if version <= 1 {
                buffer.writeKafkaString(self.topicName, compact: true)
            }
            if version >= 2 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension AlterPartitionResponse {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index
        public var partitionIndex: Int32 = 0
        /// The partition level error code
        public var errorCode: Int16 = 0
        /// The broker ID of the leader. (entity: brokerId)
        public var leaderId: Int32 = 0
        /// The leader epoch.
        public var leaderEpoch: Int32 = 0
        /// The in-sync replica IDs. (entity: brokerId)
        public var isr: [Int32] = []
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        public var leaderRecoveryState: Int8 = 0
        /// The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers.
        public var partitionEpoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.leaderId = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.isr = elements
            } else {
                throw .unexpectedNull(field: "isr")
            }
            if version >= 1 {
                self.leaderRecoveryState = try buffer.readKafkaInt8()
            }
            self.partitionEpoch = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaInt32(self.leaderId)
            buffer.writeKafkaInt32(self.leaderEpoch)
            buffer.writeKafkaArrayCount(self.isr.count, compact: true)
            for element in self.isr {
                buffer.writeKafkaInt32(element)
            }
            if version >= 1 {
                buffer.writeKafkaInt8(self.leaderRecoveryState)
            }
            buffer.writeKafkaInt32(self.partitionEpoch)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
