// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// UpdateFeaturesRequest, versions 0-2 (flexible from v0).
public struct UpdateFeaturesRequest: KafkaRequest {
    public typealias Response = UpdateFeaturesResponse
    public static let apiKey: Int16 = 57
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 0

    /// How long to wait in milliseconds before timing out the request.
    public var timeoutMs: Int32 = 60000
    /// The list of updates to finalized features.
    public var featureUpdates: [FeatureUpdateKey] = []
    /// True if we should validate the request, but not perform the upgrade or downgrade.
    public var validateOnly: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 57, version: version) }
        self.timeoutMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [FeatureUpdateKey] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try FeatureUpdateKey(from: &buffer, version: version)) }
            self.featureUpdates = elements
        } else {
            throw .unexpectedNull(field: "featureUpdates")
        }
        if version >= 1 {
            self.validateOnly = try buffer.readKafkaBool()
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 57, version: version) }
        buffer.writeKafkaInt32(self.timeoutMs)
        buffer.writeKafkaArrayCount(self.featureUpdates.count, compact: true)
        for element in self.featureUpdates {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeKafkaBool(self.validateOnly)
        } else {
            if self.validateOnly != false { throw .fieldNotSupported(field: "validateOnly", version: version) }
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension UpdateFeaturesRequest {
    public struct FeatureUpdateKey: Sendable, Hashable {
        /// The name of the finalized feature to be updated.
        public var feature: String = ""
        /// The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature.
        public var maxVersionLevel: Int16 = 0
        /// DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level.
        public var allowDowngrade: Bool = false
        /// Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy).
        public var upgradeType: Int8 = 1
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.feature = try buffer.readKafkaString(compact: true, field: "feature")
            self.maxVersionLevel = try buffer.readKafkaInt16()
            if version <= 0 {
                self.allowDowngrade = try buffer.readKafkaBool()
            }
            if version >= 1 {
                self.upgradeType = try buffer.readKafkaInt8()
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.feature, compact: true)
            buffer.writeKafkaInt16(self.maxVersionLevel)
            if version <= 0 {
                buffer.writeKafkaBool(self.allowDowngrade)
            } else {
                if self.allowDowngrade != false { throw .fieldNotSupported(field: "allowDowngrade", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaInt8(self.upgradeType)
            } else {
                if self.upgradeType != 1 { throw .fieldNotSupported(field: "upgradeType", version: version) }
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// UpdateFeaturesResponse, versions 0-2 (flexible from v0).
public struct UpdateFeaturesResponse: KafkaResponse {
    public static let apiKey: Int16 = 57
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...2
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The top-level error code, or `0` if there was no top-level error.
    public var errorCode: Int16 = 0
    /// The top-level error message, or `null` if there was no top-level error.
    public var errorMessage: String? = ""
    /// Results for each feature update.
    public var results: [UpdatableFeatureResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 57, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if version <= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [UpdatableFeatureResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try UpdatableFeatureResult(from: &buffer, version: version)) }
                self.results = elements
            } else {
                throw .unexpectedNull(field: "results")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 57, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: true)
        if version <= 1 {
            buffer.writeKafkaArrayCount(self.results.count, compact: true)
            for element in self.results {
                try element.encode(into: &buffer, version: version)
            }
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension UpdateFeaturesResponse {
    public struct UpdatableFeatureResult: Sendable, Hashable {
        /// The name of the finalized feature.
        public var feature: String = ""
        /// The feature update error code or `0` if the feature update succeeded.
        public var errorCode: Int16 = 0
        /// The feature update error, or `null` if the feature update succeeded.
        public var errorMessage: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.feature = try buffer.readKafkaString(compact: true, field: "feature")
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
            buffer.writeKafkaString(self.feature, compact: true)
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.errorMessage, compact: true)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
