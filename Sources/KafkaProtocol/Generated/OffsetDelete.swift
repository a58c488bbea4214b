// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// OffsetDeleteRequest, versions 0-0 (never flexible).
public struct OffsetDeleteRequest: KafkaRequest {
    public typealias Response = OffsetDeleteResponse
    public static let apiKey: Int16 = 47
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = nil

    /// The unique group identifier. (entity: groupId)
    public var groupId: String = ""
    /// The topics to delete offsets for
    public var topics: [OffsetDeleteRequestTopic] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 47, version: version) }
        self.groupId = try buffer.readKafkaString(compact: false, field: "groupId")
        if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
            var elements: [OffsetDeleteRequestTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try OffsetDeleteRequestTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 47, version: version) }
        buffer.writeKafkaString(self.groupId, compact: false)
        buffer.writeKafkaArrayCount(self.topics.count, compact: false)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
    }
}

extension OffsetDeleteRequest {
    public struct OffsetDeleteRequestTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// Each partition to delete offsets for.
        public var partitions: [OffsetDeleteRequestPartition] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: false, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
                var elements: [OffsetDeleteRequestPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetDeleteRequestPartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: false)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: false)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
        }
    }
}

extension OffsetDeleteRequest {
    public struct OffsetDeleteRequestPartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
        }
    }
}

/// OffsetDeleteResponse, versions 0-0 (never flexible).
public struct OffsetDeleteResponse: KafkaResponse {
    public static let apiKey: Int16 = 47
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = nil

    /// The top-level error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    public var topics: [OffsetDeleteResponseTopic] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 47, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
            var elements: [OffsetDeleteResponseTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try OffsetDeleteResponseTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            throw .unexpectedNull(field: "topics")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 47, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.topics.count, compact: false)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
    }
}

extension OffsetDeleteResponse {
    public struct OffsetDeleteResponseTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The responses for each partition in the topic.
        public var partitions: [OffsetDeleteResponsePartition] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: false, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
                var elements: [OffsetDeleteResponsePartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OffsetDeleteResponsePartition(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: false)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: false)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
        }
    }
}

extension OffsetDeleteResponse {
    public struct OffsetDeleteResponsePartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt16(self.errorCode)
        }
    }
}
