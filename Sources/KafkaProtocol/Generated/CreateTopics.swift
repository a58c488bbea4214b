// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// CreateTopicsRequest, versions 0-7 (flexible from v5).
public struct CreateTopicsRequest: KafkaRequest {
    public typealias Response = CreateTopicsResponse
    public static let apiKey: Int16 = 19
    public static let kafka4MinimumVersion: Int16 = 2
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...7
    public static let firstFlexibleVersion: Int16? = 5

    /// The topics to create.
    public var topics: [CreatableTopic] = []
    /// How long to wait in milliseconds before timing out the request.
    public var timeoutMs: Int32 = 60000
    /// If true, check that the topics can be created as specified, but don't create anything.
    public var validateOnly: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 19, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 5, minimumElementSize: 1) {
            var elements: [CreatableTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try CreatableTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.timeoutMs = try buffer.readKafkaInt32()
        if version >= 1 {
            self.validateOnly = try buffer.readKafkaBool()
        }
        if version >= 5 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 19, version: version) }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 5)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaInt32(self.timeoutMs)
        if version >= 1 {
            buffer.writeKafkaBool(self.validateOnly)
        } else {
            if self.validateOnly != false { throw .fieldNotSupported(field: "validateOnly", version: version) }
        }
        if version >= 5 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension CreateTopicsRequest {
    public struct CreatableTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions.
        public var numPartitions: Int32 = 0
        /// The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor.
        public var replicationFactor: Int16 = 0
        /// The manual partition assignment, or the empty array if we are using automatic assignment.
        public var assignments: [CreatableReplicaAssignment] = []
        /// The custom topic configurations to set.
        public var configs: [CreatableTopicConfig] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 5, field: "name")
            self.numPartitions = try buffer.readKafkaInt32()
            self.replicationFactor = try buffer.readKafkaInt16()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 5, minimumElementSize: 1) {
                var elements: [CreatableReplicaAssignment] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try CreatableReplicaAssignment(from: &buffer, version: version)) }
                self.assignments = elements
            } else {
                throw .unexpectedNull(field: "assignments")
            }
            if let count = try buffer.readKafkaArrayCount(compact: version >= 5, minimumElementSize: 1) {
                var elements: [CreatableTopicConfig] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try CreatableTopicConfig(from: &buffer, version: version)) }
                self.configs = elements
            } else {
                throw .unexpectedNull(field: "configs")
            }
            if version >= 5 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 5)
            buffer.writeKafkaInt32(self.numPartitions)
            buffer.writeKafkaInt16(self.replicationFactor)
            buffer.writeKafkaArrayCount(self.assignments.count, compact: version >= 5)
            for element in self.assignments {
                try element.encode(into: &buffer, version: version)
            }
            buffer.writeKafkaArrayCount(self.configs.count, compact: version >= 5)
            for element in self.configs {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 5 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension CreateTopicsRequest {
    public struct CreatableReplicaAssignment: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The brokers to place the partition on. (entity: brokerId)
        public var brokerIds: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 5, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.brokerIds = elements
            } else {
                throw .unexpectedNull(field: "brokerIds")
            }
            if version >= 5 {
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
            buffer.writeKafkaArrayCount(self.brokerIds.count, compact: version >= 5)
            for element in self.brokerIds {
                buffer.writeKafkaInt32(element)
            }
            if version >= 5 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension CreateTopicsRequest {
    public struct CreatableTopicConfig: Sendable, Hashable {
        /// The configuration name.
        public var name: String = ""
        /// The configuration value.
        public var value: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 5, field: "name")
            self.value = try buffer.readKafkaNullableString(compact: version >= 5)
            if version >= 5 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 5)
            buffer.writeKafkaString(self.value, compact: version >= 5)
            if version >= 5 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// CreateTopicsResponse, versions 0-7 (flexible from v5).
public struct CreateTopicsResponse: KafkaResponse {
    public static let apiKey: Int16 = 19
    public static let kafka4MinimumVersion: Int16 = 2
    public static let validVersions: ClosedRange<Int16> = 0...7
    public static let firstFlexibleVersion: Int16? = 5

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Results for each topic we tried to create.
    public var topics: [CreatableTopicResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 19, version: version) }
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 5, minimumElementSize: 1) {
            var elements: [CreatableTopicResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try CreatableTopicResult(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 5 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 19, version: version) }
        if version >= 2 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 5)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 5 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension CreateTopicsResponse {
    public struct CreatableTopicResult: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The unique topic ID
        public var topicId: KafkaUUID = .zero
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        public var errorMessage: String? = ""
        /// Optional topic config error returned if configs are not returned in the response.
        public var topicConfigErrorCode: Int16 = 0
        /// Number of partitions of the topic.
        public var numPartitions: Int32 = -1
        /// Replication factor of the topic.
        public var replicationFactor: Int16 = -1
        /// Configuration of the topic.
        public var configs: [CreatableTopicConfigs]? = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 5, field: "name")
            if version >= 7 {
                self.topicId = try buffer.readKafkaUUID()
            }
            self.errorCode = try buffer.readKafkaInt16()
            if version >= 1 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 5)
            }
            if version >= 5 {
                self.numPartitions = try buffer.readKafkaInt32()
            }
            if version >= 5 {
                self.replicationFactor = try buffer.readKafkaInt16()
            }
            if version >= 5 {
                if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                    var elements: [CreatableTopicConfigs] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try CreatableTopicConfigs(from: &buffer, version: version)) }
                    self.configs = elements
                } else {
                    self.configs = nil
                }
            }
            if version >= 5 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    switch tag {
                    case 0 where version >= 5:
                        self.topicConfigErrorCode = try field.readKafkaInt16()
                    default:
                        unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                    }
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 5)
            if version >= 7 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeKafkaInt16(self.errorCode)
            if version >= 1 {
                buffer.writeKafkaString(self.errorMessage, compact: version >= 5)
            }
            if version >= 5 {
                buffer.writeKafkaInt32(self.numPartitions)
            }
            if version >= 5 {
                buffer.writeKafkaInt16(self.replicationFactor)
            }
            if version >= 5 {
                if let elements = self.configs {
                    buffer.writeKafkaArrayCount(elements.count, compact: true)
                    for element in elements {
                        try element.encode(into: &buffer, version: version)
                    }
                } else {
                    buffer.writeKafkaArrayCount(nil, compact: true)
                }
            }
            if version >= 5 {
                var tagged = unknownTaggedFields
                if version >= 5, self.topicConfigErrorCode != 0 {
                    tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                        field.writeKafkaInt16(self.topicConfigErrorCode)
                    })
                }
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension CreateTopicsResponse {
    public struct CreatableTopicConfigs: Sendable, Hashable {
        /// The configuration name.
        public var name: String = ""
        /// The configuration value.
        public var value: String? = ""
        /// True if the configuration is read-only.
        public var readOnly: Bool = false
        /// The configuration source.
        public var configSource: Int8 = -1
        /// True if this configuration is sensitive.
        public var isSensitive: Bool = false
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 5 {
                self.name = try buffer.readKafkaString(compact: true, field: "name")
            }
            if version >= 5 {
                self.value = try buffer.readKafkaNullableString(compact: true)
            }
            if version >= 5 {
                self.readOnly = try buffer.readKafkaBool()
            }
            if version >= 5 {
                self.configSource = try buffer.readKafkaInt8()
            }
            if version >= 5 {
                self.isSensitive = try buffer.readKafkaBool()
            }
            if version >= 5 {
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
                buffer.writeKafkaString(self.name, compact: true)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version >= 5 {
                buffer.writeKafkaString(self.value, compact: true)
            } else {
                if self.value != "" { throw .fieldNotSupported(field: "value", version: version) }
            }
            if version >= 5 {
                buffer.writeKafkaBool(self.readOnly)
            } else {
                if self.readOnly != false { throw .fieldNotSupported(field: "readOnly", version: version) }
            }
            if version >= 5 {
                buffer.writeKafkaInt8(self.configSource)
            }
            if version >= 5 {
                buffer.writeKafkaBool(self.isSensitive)
            } else {
                if self.isSensitive != false { throw .fieldNotSupported(field: "isSensitive", version: version) }
            }
            if version >= 5 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
