// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ControlledShutdownRequest, versions 0-3 (flexible from v3).
public struct ControlledShutdownRequest: KafkaRequest {
    public typealias Response = ControlledShutdownResponse
    public static let apiKey: Int16 = 7
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 3

    /// The id of the broker for which controlled shutdown has been requested. (entity: brokerId)
    public var brokerId: Int32 = 0
    /// The broker epoch.
    public var brokerEpoch: Int64 = -1
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 7, version: version) }
        self.brokerId = try buffer.readKafkaInt32()
        if version >= 2 {
            self.brokerEpoch = try buffer.readKafkaInt64()
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 7, version: version) }
        buffer.writeKafkaInt32(self.brokerId)
        if version >= 2 {
            buffer.writeKafkaInt64(self.brokerEpoch)
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// ControlledShutdownResponse, versions 0-3 (flexible from v3).
public struct ControlledShutdownResponse: KafkaResponse {
    public static let apiKey: Int16 = 7
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 3

    /// The top-level error code.
    public var errorCode: Int16 = 0
    /// The partitions that the broker still leads.
    public var remainingPartitions: [RemainingPartition] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 7, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
            var elements: [RemainingPartition] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try RemainingPartition(from: &buffer, version: version)) }
            self.remainingPartitions = elements
        } else {
            throw .unexpectedNull(field: "remainingPartitions")
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 7, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.remainingPartitions.count, compact: version >= 3)
        for element in self.remainingPartitions {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ControlledShutdownResponse {
    public struct RemainingPartition: Sendable, Hashable {
        /// The name of the topic. (entity: topicName)
        public var topicName: String = ""
        /// The index of the partition.
        public var partitionIndex: Int32 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicName = try buffer.readKafkaString(compact: version >= 3, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInt32()
            if version >= 3 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.topicName, compact: version >= 3)
            buffer.writeKafkaInt32(self.partitionIndex)
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
