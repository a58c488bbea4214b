// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DeleteShareGroupStateRequest, versions 0-0 (flexible from v0).
public struct DeleteShareGroupStateRequest: KafkaRequest {
    public typealias Response = DeleteShareGroupStateResponse
    public static let apiKey: Int16 = 86
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The group identifier.
    public var groupId: String = ""
    /// The data for the topics.
    public var topics: [DeleteStateData] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 86, version: version) }
        self.groupId = try buffer.readKafkaString(compact: true, field: "groupId")
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [DeleteStateData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DeleteStateData(from: &buffer, version: version)) }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 86, version: version) }
        buffer.writeKafkaString(self.groupId, compact: true)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DeleteShareGroupStateRequest {
    public struct DeleteStateData: Sendable, Hashable {
        /// The topic identifier.
        public var topicId: KafkaUUID = .zero
        /// The data for the partitions.
        public var partitions: [PartitionData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicId = try buffer.readKafkaUUID()
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
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DeleteShareGroupStateRequest {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partition: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partition = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partition)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// DeleteShareGroupStateResponse, versions 0-0 (flexible from v0).
public struct DeleteShareGroupStateResponse: KafkaResponse {
    public static let apiKey: Int16 = 86
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The delete results
    public var results: [DeleteStateResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 86, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [DeleteStateResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DeleteStateResult(from: &buffer, version: version)) }
            self.results = elements
        } else {
            throw .unexpectedNull(field: "results")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 86, version: version) }
        buffer.writeKafkaArrayCount(self.results.count, compact: true)
        for element in self.results {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension DeleteShareGroupStateResponse {
    public struct DeleteStateResult: Sendable, Hashable {
        /// The topic identifier
        public var topicId: KafkaUUID = .zero
        /// The results for the partitions.
        public var partitions: [PartitionResult] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [PartitionResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try PartitionResult(from: &buffer, version: version)) }
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
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DeleteShareGroupStateResponse {
    public struct PartitionResult: Sendable, Hashable {
        /// The partition index.
        public var partition: Int32 = 0
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        public var errorMessage: String? = nil
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partition = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partition)
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.errorMessage, compact: true)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
