// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// BrokerHeartbeatRequest, versions 0-1 (flexible from v0).
public struct BrokerHeartbeatRequest: KafkaRequest {
    public typealias Response = BrokerHeartbeatResponse
    public static let apiKey: Int16 = 63
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["controller"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// The broker ID. (entity: brokerId)
    public var brokerId: Int32 = 0
    /// The broker epoch.
    public var brokerEpoch: Int64 = -1
    /// The highest metadata offset which the broker has reached.
    public var currentMetadataOffset: Int64 = 0
    /// True if the broker wants to be fenced, false otherwise.
    public var wantFence: Bool = false
    /// True if the broker wants to be shut down, false otherwise.
    public var wantShutDown: Bool = false
    /// Log directories that failed and went offline.
    public var offlineLogDirs: [KafkaUUID] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 63, version: version) }
        self.brokerId = try buffer.readKafkaInt32()
        self.brokerEpoch = try buffer.readKafkaInt64()
        self.currentMetadataOffset = try buffer.readKafkaInt64()
        self.wantFence = try buffer.readKafkaBool()
        self.wantShutDown = try buffer.readKafkaBool()
        if version >= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 16) {
                var elements: [KafkaUUID] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaUUID()) }
                self.offlineLogDirs = elements
            } else {
                throw .unexpectedNull(field: "offlineLogDirs")
            }
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 63, version: version) }
        buffer.writeKafkaInt32(self.brokerId)
        buffer.writeKafkaInt64(self.brokerEpoch)
        buffer.writeKafkaInt64(self.currentMetadataOffset)
        buffer.writeKafkaBool(self.wantFence)
        buffer.writeKafkaBool(self.wantShutDown)
        if version >= 1 {
            buffer.writeKafkaArrayCount(self.offlineLogDirs.count, compact: true)
            for element in self.offlineLogDirs {
                buffer.writeKafkaUUID(element)
            }
        } else {
            if self.offlineLogDirs != [] { throw .fieldNotSupported(field: "offlineLogDirs", version: version) }
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// BrokerHeartbeatResponse, versions 0-1 (flexible from v0).
public struct BrokerHeartbeatResponse: KafkaResponse {
    public static let apiKey: Int16 = 63
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 0

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// True if the broker has approximately caught up with the latest metadata.
    public var isCaughtUp: Bool = false
    /// True if the broker is fenced.
    public var isFenced: Bool = true
    /// True if the broker should proceed with its shutdown.
    public var shouldShutDown: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 63, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.isCaughtUp = try buffer.readKafkaBool()
        self.isFenced = try buffer.readKafkaBool()
        self.shouldShutDown = try buffer.readKafkaBool()
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 63, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaBool(self.isCaughtUp)
        buffer.writeKafkaBool(self.isFenced)
        buffer.writeKafkaBool(self.shouldShutDown)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}
