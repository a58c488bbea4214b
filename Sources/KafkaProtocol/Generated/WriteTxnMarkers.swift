// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// WriteTxnMarkersRequest, versions 0-1 (flexible from v1).
public struct WriteTxnMarkersRequest: KafkaRequest {
    public typealias Response = WriteTxnMarkersResponse
    public static let apiKey: Int16 = 27
    public static let kafka4MinimumVersion: Int16 = 1
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// The transaction markers to be written.
    public var markers: [WritableTxnMarker] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 27, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [WritableTxnMarker] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try WritableTxnMarker(from: &buffer, version: version)) }
            self.markers = elements
        } else {
            throw .unexpectedNull(field: "markers")
        }
        if version >= 1 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 27, version: version) }
        buffer.writeKafkaArrayCount(self.markers.count, compact: version >= 1)
        for element in self.markers {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension WriteTxnMarkersRequest {
    public struct WritableTxnMarker: Sendable, Hashable {
        /// The current producer ID. (entity: producerId)
        public var producerId: Int64 = 0
        /// The current epoch associated with the producer ID.
        public var producerEpoch: Int16 = 0
        /// The result of the transaction to write to the partitions (false = ABORT, true = COMMIT).
        public var transactionResult: Bool = false
        /// Each topic that we want to write transaction marker(s) for.
        public var topics: [WritableTxnMarkerTopic] = []
        /// Epoch associated with the transaction state partition hosted by this transaction coordinator
        public var coordinatorEpoch: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.producerId = try buffer.readKafkaInt64()
            self.producerEpoch = try buffer.readKafkaInt16()
            self.transactionResult = try buffer.readKafkaBool()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [WritableTxnMarkerTopic] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try WritableTxnMarkerTopic(from: &buffer, version: version)) }
                self.topics = elements
            } else {
                throw .unexpectedNull(field: "topics")
            }
            self.coordinatorEpoch = try buffer.readKafkaInt32()
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt64(self.producerId)
            buffer.writeKafkaInt16(self.producerEpoch)
            buffer.writeKafkaBool(self.transactionResult)
            buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 1)
            for element in self.topics {
                try element.encode(into: &buffer, version: version)
            }
            buffer.writeKafkaInt32(self.coordinatorEpoch)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension WriteTxnMarkersRequest {
    public struct WritableTxnMarkerTopic: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The indexes of the partitions to write transaction markers for.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 1, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.partitionIndexes = elements
            } else {
                throw .unexpectedNull(field: "partitionIndexes")
            }
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 1)
            buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: version >= 1)
            for element in self.partitionIndexes {
                buffer.writeKafkaInt32(element)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// WriteTxnMarkersResponse, versions 0-1 (flexible from v1).
public struct WriteTxnMarkersResponse: KafkaResponse {
    public static let apiKey: Int16 = 27
    public static let kafka4MinimumVersion: Int16 = 1
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// The results for writing makers.
    public var markers: [WritableTxnMarkerResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 27, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [WritableTxnMarkerResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try WritableTxnMarkerResult(from: &buffer, version: version)) }
            self.markers = elements
        } else {
            throw .unexpectedNull(field: "markers")
        }
        if version >= 1 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 27, version: version) }
        buffer.writeKafkaArrayCount(self.markers.count, compact: version >= 1)
        for element in self.markers {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension WriteTxnMarkersResponse {
    public struct WritableTxnMarkerResult: Sendable, Hashable {
        /// The current producer ID in use by the transactional ID. (entity: producerId)
        public var producerId: Int64 = 0
        /// The results by topic.
        public var topics: [WritableTxnMarkerTopicResult] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.producerId = try buffer.readKafkaInt64()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [WritableTxnMarkerTopicResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try WritableTxnMarkerTopicResult(from: &buffer, version: version)) }
                self.topics = elements
            } else {
                throw .unexpectedNull(field: "topics")
            }
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt64(self.producerId)
            buffer.writeKafkaArrayCount(self.topics.count, compact: version >= 1)
            for element in self.topics {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension WriteTxnMarkersResponse {
    public struct WritableTxnMarkerTopicResult: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var name: String = ""
        /// The results by partition.
        public var partitions: [WritableTxnMarkerPartitionResult] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 1, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [WritableTxnMarkerPartitionResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try WritableTxnMarkerPartitionResult(from: &buffer, version: version)) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 1 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 1)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: version >= 1)
            for element in self.partitions {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension WriteTxnMarkersResponse {
    public struct WritableTxnMarkerPartitionResult: Sendable, Hashable {
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.partitionIndex = try buffer.readKafkaInt32()
            self.errorCode = try buffer.readKafkaInt16()
            if version >= 1 {
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
            buffer.writeKafkaInt16(self.errorCode)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
