// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ListPartitionReassignmentsRequest, versions 0-0 (flexible from v0).
public struct ListPartitionReassignmentsRequest: KafkaRequest {
    public typealias Response = ListPartitionReassignmentsResponse
    public static let apiKey: Int16 = 46
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker", "controller", "zkBroker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The time in ms to wait for the request to complete.
    public var timeoutMs: Int32 = 60000
    /// The topics to list partition reassignments for, or null to list everything.
    public var topics: [ListPartitionReassignmentsTopics]? = nil
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 46, version: version) }
        self.timeoutMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [ListPartitionReassignmentsTopics] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ListPartitionReassignmentsTopics(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            self.topics = nil
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 46, version: version) }
        buffer.writeKafkaInt32(self.timeoutMs)
        if let elements = self.topics {
            buffer.writeKafkaArrayCount(elements.count, compact: true)
            for element in elements {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            buffer.writeKafkaArrayCount(nil, compact: true)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ListPartitionReassignmentsRequest {
    public struct ListPartitionReassignmentsTopics: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var name: String = ""
        /// The partitions to list partition reassignments for.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.partitionIndexes = elements
            } else {
                throw .unexpectedNull(field: "partitionIndexes")
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
            buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: true)
            for element in self.partitionIndexes {
                buffer.writeKafkaInt32(element)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// ListPartitionReassignmentsResponse, versions 0-0 (flexible from v0).
public struct ListPartitionReassignmentsResponse: KafkaResponse {
    public static let apiKey: Int16 = 46
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top-level error code, or 0 if there was no error
    public var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    public var errorMessage: String? = ""
    /// The ongoing reassignments for each topic.
    public var topics: [OngoingTopicReassignment] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 46, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [OngoingTopicReassignment] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try OngoingTopicReassignment(from: &buffer, version: version)) }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 46, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: true)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ListPartitionReassignmentsResponse {
    public struct OngoingTopicReassignment: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The ongoing reassignments for each partition.
        public var partitions: [OngoingPartitionReassignment] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [OngoingPartitionReassignment] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OngoingPartitionReassignment(from: &buffer, version: version)) }
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

extension ListPartitionReassignmentsResponse {
    public struct OngoingPartitionReassignment: Sendable, Hashable {
        /// The index of the partition.
        public var partitionIndex: Int32 = 0
        /// The current replica set. (entity: brokerId)
        public var replicas: [Int32] = []
        /// The set of replicas we are currently adding. (entity: brokerId)
        public var addingReplicas: [Int32] = []
        /// The set of replicas we are currently removing. (entity: brokerId)
        public var removingReplicas: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.replicas = elements
            } else {
                throw .unexpectedNull(field: "replicas")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.addingReplicas = elements
            } else {
                throw .unexpectedNull(field: "addingReplicas")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.removingReplicas = elements
            } else {
                throw .unexpectedNull(field: "removingReplicas")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaArrayCount(self.replicas.count, compact: true)
            for element in self.replicas {
                buffer.writeKafkaInt32(element)
            }
            buffer.writeKafkaArrayCount(self.addingReplicas.count, compact: true)
            for element in self.addingReplicas {
                buffer.writeKafkaInt32(element)
            }
            buffer.writeKafkaArrayCount(self.removingReplicas.count, compact: true)
            for element in self.removingReplicas {
                buffer.writeKafkaInt32(element)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
