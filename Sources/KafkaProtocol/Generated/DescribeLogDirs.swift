// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeLogDirsRequest, versions 0-4 (flexible from v2).
public struct DescribeLogDirsRequest: KafkaRequest {
    public typealias Response = DescribeLogDirsResponse
    public static let apiKey: Int16 = 35
    public static let kafka4MinimumVersion: Int16 = 1
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 2

    /// Each topic that we want to describe log directories for, or null for all topics.
    public var topics: [DescribableLogDirTopic]? = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 35, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [DescribableLogDirTopic] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribableLogDirTopic(from: &buffer, version: version)) }
            self.topics = elements
        } else {
            self.topics = nil
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 35, version: version) }
        if let elements = self.topics {
            buffer.writeKafkaArrayCount(elements.count, compact: version >= 2)
            for element in elements {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            buffer.writeKafkaArrayCount(nil, compact: version >= 2)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeLogDirsRequest {
    public struct DescribableLogDirTopic: Sendable, Hashable {
        /// The topic name (entity: topicName)
        public var topic: String = ""
        /// The partition indexes.
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

/// DescribeLogDirsResponse, versions 0-4 (flexible from v2).
public struct DescribeLogDirsResponse: KafkaResponse {
    public static let apiKey: Int16 = 35
    public static let kafka4MinimumVersion: Int16 = 1
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The log directories.
    public var results: [DescribeLogDirsResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 35, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if version >= 3 {
            self.errorCode = try buffer.readKafkaInt16()
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [DescribeLogDirsResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribeLogDirsResult(from: &buffer, version: version)) }
            self.results = elements
        } else {
            throw .unexpectedNull(field: "results")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 35, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        if version >= 3 {
            buffer.writeKafkaInt16(self.errorCode)
        }
        buffer.writeKafkaArrayCount(self.results.count, compact: version >= 2)
        for element in self.results {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeLogDirsResponse {
    public struct DescribeLogDirsResult: Sendable, Hashable {
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The absolute log directory path.
        public var logDir: String = ""
        /// Each topic.
        public var topics: [DescribeLogDirsTopic] = []
        /// The total size in bytes of the volume the log directory is in.
        public var totalBytes: Int64 = -1
        /// The usable size in bytes of the volume the log directory is in.
        public var usableBytes: Int64 = -1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.logDir = try buffer.readKafkaString(compact: version >= 2, field: "logDir")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [DescribeLogDirsTopic] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DescribeLogDirsTopic(from: &buffer, version: version)) }
                self.topics = elements
            } else {
                throw .unexpectedNull(field: "topics")
            }
            if version >= 4 {
                self.totalBytes = try buffer.readKafkaInt64()
            }
            if version >= 4 {
                self.usableBytes = try buffer.readKafkaInt64()
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
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.logDir, compact: version >= 2)
            buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 2)
            for element in self.topics {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 4 {
                buffer.writeKafkaInt64(self.totalBytes)
            }
            if version >= 4 {
                buffer.writeKafkaInt64(self.usableBytes)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeLogDirsResponse {
    public struct DescribeLogDirsTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        public var partitions: [DescribeLogDirsPartition] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 2, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [DescribeLogDirsPartition] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DescribeLogDirsPartition(from: &buffer, version: version)) }
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
            buffer.writeKafkaString(self.name, compact: version >= 2)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 2)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeLogDirsResponse {
    public struct DescribeLogDirsPartition: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The size of the log segments in this partition in bytes.
        public var partitionSize: Int64 = 0
        /// The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition)
        public var offsetLag: Int64 = 0
        /// True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future.
        public var isFutureKey: Bool = false
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.partitionSize = try buffer.readKafkaInt64()
            self.offsetLag = try buffer.readKafkaInt64()
            self.isFutureKey = try buffer.readKafkaBool()
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
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt64(self.partitionSize)
            buffer.writeKafkaInt64(self.offsetLag)
            buffer.writeKafkaBool(self.isFutureKey)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
