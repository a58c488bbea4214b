// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DeleteTopicsRequest, versions 0-6 (flexible from v4).
public struct DeleteTopicsRequest: KafkaRequest {
    public typealias Response = DeleteTopicsResponse
    public static let apiKey: Int16 = 20
    public static let kafka4MinimumVersion: Int16 = 1
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...6
    public static let firstFlexibleVersion: Int16? = 4

    /// The name or topic ID of the topic
    public var topics: [DeleteTopicState] = []
    /// The names of the topics to delete (entity: topicName)
    public var topicNames: [String] = []
    /// The length of time in milliseconds to wait for the deletions to complete.
    public var timeoutMs: Int32 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 20, version: version) }
        if version >= 6 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [DeleteTopicState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DeleteTopicState(from: &buffer, version: version)) }
                self.topics = elements
            } else {
                throw .unexpectedNull(field: "topics")
            }
        }
        if version <= 5 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [String] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: version >= 4, field: "topicNames")) }
                self.topicNames = elements
            } else {
                throw .unexpectedNull(field: "topicNames")
            }
        }
        self.timeoutMs = try buffer.readKafkaInt32()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 20, version: version) }
        if version >= 6 {
            buffer.writeKafkaArrayCount(self.topics.count, compact: true)
            for element in self.topics {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.topics != [] { throw .fieldNotSupported(field: "topics", version: version) }
        }
        if version <= 5 {
            buffer.writeKafkaArrayCount(self.topicNames.count, compact: version >= 4)
            for element in self.topicNames {
                buffer.writeKafkaString(element, compact: version >= 4)
            }
        }
        buffer.writeKafkaInt32(self.timeoutMs)
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DeleteTopicsRequest {
    public struct DeleteTopicState: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var name: String? = nil
        /// The unique topic ID
        public var topicId: KafkaUUID = .zero
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 6 {
                self.name = try buffer.readKafkaNullableString(compact: true)
            }
            if version >= 6 {
                self.topicId = try buffer.readKafkaUUID()
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
            if version >= 6 {
                buffer.writeKafkaString(self.name, compact: true)
            } else {
                if self.name != nil { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version >= 6 {
                buffer.writeKafkaUUID(self.topicId)
            } else {
                if self.topicId != .zero { throw .fieldNotSupported(field: "topicId", version: version) }
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// DeleteTopicsResponse, versions 0-6 (flexible from v4).
public struct DeleteTopicsResponse: KafkaResponse {
    public static let apiKey: Int16 = 20
    public static let kafka4MinimumVersion: Int16 = 1
    public static let validVersions: ClosedRange<Int16> = 0...6
    public static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The results for each topic we tried to delete.
    public var responses: [DeletableTopicResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 20, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
            var elements: [DeletableTopicResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DeletableTopicResult(from: &buffer, version: version)) }
            self.responses = elements
        } else {
            throw .unexpectedNull(field: "responses")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 20, version: version) }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        buffer.writeKafkaArrayCount(self.responses.count, compact: version >= 4)
        for element in self.responses {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DeleteTopicsResponse {
    public struct DeletableTopicResult: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var name: String? = ""
        /// the unique topic ID
        public var topicId: KafkaUUID = .zero
        /// The deletion error, or 0 if the deletion succeeded.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        public var errorMessage: String? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 6 {
                self.name = try buffer.readKafkaNullableString(compact: version >= 4)
            } else {
                self.name = try buffer.readKafkaString(compact: version >= 4, field: "name")
            }
            if version >= 6 {
                self.topicId = try buffer.readKafkaUUID()
            }
            self.errorCode = try buffer.readKafkaInt16()
            if version >= 5 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: true)
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
            if self.name == nil && !(version >= 6) { throw .nullNotAllowed(field: "name", version: version) }
            buffer.writeKafkaString(self.name, compact: version >= 4)
            if version >= 6 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeKafkaInt16(self.errorCode)
            if version >= 5 {
                buffer.writeKafkaString(self.errorMessage, compact: true)
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
