// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ElectLeadersRequest, versions 0-2 (flexible from v2).
public struct ElectLeadersRequest: KafkaRequest {
    public typealias Response = ElectLeadersResponse
    public static let apiKey: Int16 = 43
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica.
    public var electionType: Int8 = 0
    /// The topic partitions to elect leaders.
    public var topicPartitions: [TopicPartitions]? = []
    /// The time in ms to wait for the election to complete.
    public var timeoutMs: Int32 = 60000
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 43, version: version) }
        if version >= 1 {
            self.electionType = try buffer.readKafkaInt8()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [TopicPartitions] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try TopicPartitions(from: &buffer, version: version)) }
            self.topicPartitions = elements
        } else {
            self.topicPartitions = nil
        }
        self.timeoutMs = try buffer.readKafkaInt32()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 43, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt8(self.electionType)
        } else {
            if self.electionType != 0 { throw .fieldNotSupported(field: "electionType", version: version) }
        }
        if let elements = self.topicPartitions {
            buffer.writeKafkaArrayCount(elements.count, compact: version >= 2)
            for element in elements {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            buffer.writeKafkaArrayCount(nil, compact: version >= 2)
        }
        buffer.writeKafkaInt32(self.timeoutMs)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ElectLeadersRequest {
    public struct TopicPartitions: Sendable, Hashable {
        /// The name of a topic. (entity: topicName)
        public var topic: String = ""
        /// The partitions of this topic whose leader should be elected.
        public var partitions: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topic = try buffer.readKafkaString(compact: version >= 2, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
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
            buffer.writeKafkaString(self.topic, compact: version >= 2)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 2)
            for element in self.partitions {
                buffer.writeKafkaInt32(element)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// ElectLeadersResponse, versions 0-2 (flexible from v2).
public struct ElectLeadersResponse: KafkaResponse {
    public static let apiKey: Int16 = 43
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    public var errorCode: Int16 = 0
    /// The election results, or an empty array if the requester did not have permission and the request asks for all partitions.
    public var replicaElectionResults: [ReplicaElectionResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 43, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if version >= 1 {
            self.errorCode = try buffer.readKafkaInt16()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [ReplicaElectionResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ReplicaElectionResult(from: &buffer, version: version)) }
            self.replicaElectionResults = elements
        } else {
            throw .unexpectedNull(field: "replicaElectionResults")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 43, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        if version >= 1 {
            buffer.writeKafkaInt16(self.errorCode)
        } else {
            if self.errorCode != 0 { throw .fieldNotSupported(field: "errorCode", version: version) }
        }
        buffer.writeKafkaArrayCount(self.replicaElectionResults.count, compact: version >= 2)
        for element in self.replicaElectionResults {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ElectLeadersResponse {
    public struct ReplicaElectionResult: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var topic: String = ""
        /// The results for each partition
        public var partitionResult: [PartitionResult] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topic = try buffer.readKafkaString(compact: version >= 2, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [PartitionResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionResult(from: &buffer, version: version)) }
                self.partitionResult = elements
            } else {
                throw .unexpectedNull(field: "partitionResult")
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
            buffer.writeKafkaString(self.topic, compact: version >= 2)
            buffer.writeKafkaArrayCount(self.partitionResult.count, compact: version >= 2)
            for element in self.partitionResult {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ElectLeadersResponse {
    public struct PartitionResult: Sendable, Hashable {
        /// The partition id
        public var partitionId: Int32 = 0
        /// The result error, or zero if there was no error.
        public var errorCode: Int16 = 0
        /// The result message, or null if there was no error.
        public var errorMessage: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionId = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 2)
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
            buffer.writeKafkaInt32(self.partitionId)
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.errorMessage, compact: version >= 2)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
