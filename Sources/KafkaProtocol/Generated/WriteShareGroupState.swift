// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// WriteShareGroupStateRequest, versions 0-0 (flexible from v0).
public struct WriteShareGroupStateRequest: KafkaRequest {
    public typealias Response = WriteShareGroupStateResponse
    public static let apiKey: Int16 = 85
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The group identifier.
    public var groupId: String = ""
    /// The data for the topics.
    public var topics: [WriteStateData] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 85, version: version) }
        self.groupId = try buffer.readKafkaString(compact: true, field: "groupId")
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [WriteStateData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try WriteStateData(from: &buffer, version: version)) }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 85, version: version) }
        buffer.writeKafkaString(self.groupId, compact: true)
        buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension WriteShareGroupStateRequest {
    public struct WriteStateData: Sendable, Hashable {
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

extension WriteShareGroupStateRequest {
    public struct PartitionData: Sendable, Hashable {
        /// The partition index.
        public var partition: Int32 = 0
        /// The state epoch for this share-partition.
        public var stateEpoch: Int32 = 0
        /// The leader epoch of the share-partition.
        public var leaderEpoch: Int32 = 0
        /// The share-partition start offset, or -1 if the start offset is not being written.
        public var startOffset: Int64 = 0
        public var stateBatches: [StateBatch] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partition = try buffer.readKafkaInt32()
            self.stateEpoch = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            self.startOffset = try buffer.readKafkaInt64()
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [StateBatch] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try StateBatch(from: &buffer, version: version)) }
                self.stateBatches = elements
            } else {
                throw .unexpectedNull(field: "stateBatches")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.partition)
            buffer.writeKafkaInt32(self.stateEpoch)
            buffer.writeKafkaInt32(self.leaderEpoch)
            buffer.writeKafkaInt64(self.startOffset)
            buffer.writeKafkaArrayCount(self.stateBatches.count, compact: true)
            for element in self.stateBatches {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension WriteShareGroupStateRequest {
    public struct StateBatch: Sendable, Hashable {
        /// The base offset of this state batch.
        public var firstOffset: Int64 = 0
        /// The last offset of this state batch.
        public var lastOffset: Int64 = 0
        /// The state - 0:Available,2:Acked,4:Archived
        public var deliveryState: Int8 = 0
        /// The delivery count.
        public var deliveryCount: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.firstOffset = try buffer.readKafkaInt64()
            self.lastOffset = try buffer.readKafkaInt64()
            self.deliveryState = try buffer.readKafkaInt8()
            self.deliveryCount = try buffer.readKafkaInt16()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt64(self.firstOffset)
            buffer.writeKafkaInt64(self.lastOffset)
            buffer.writeKafkaInt8(self.deliveryState)
            buffer.writeKafkaInt16(self.deliveryCount)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// WriteShareGroupStateResponse, versions 0-0 (flexible from v0).
public struct WriteShareGroupStateResponse: KafkaResponse {
    public static let apiKey: Int16 = 85
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The write results
    public var results: [WriteStateResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 85, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [WriteStateResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try WriteStateResult(from: &buffer, version: version)) }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 85, version: version) }
        buffer.writeKafkaArrayCount(self.results.count, compact: true)
        for element in self.results {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension WriteShareGroupStateResponse {
    public struct WriteStateResult: Sendable, Hashable {
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

extension WriteShareGroupStateResponse {
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
