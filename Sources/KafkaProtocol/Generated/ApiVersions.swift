// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ApiVersionsRequest, versions 0-4 (flexible from v3).
public struct ApiVersionsRequest: KafkaRequest {
    public typealias Response = ApiVersionsResponse
    public static let apiKey: Int16 = 18
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    /// The name of the client.
    public var clientSoftwareName: String = ""
    /// The version of the client.
    public var clientSoftwareVersion: String = ""
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 18, version: version) }
        if version >= 3 {
            self.clientSoftwareName = try buffer.readKafkaString(compact: true, field: "clientSoftwareName")
        }
        if version >= 3 {
            self.clientSoftwareVersion = try buffer.readKafkaString(compact: true, field: "clientSoftwareVersion")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 18, version: version) }
        if version >= 3 {
            buffer.writeKafkaString(self.clientSoftwareName, compact: true)
        }
        if version >= 3 {
            buffer.writeKafkaString(self.clientSoftwareVersion, compact: true)
        }
        if version >= 3 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

/// ApiVersionsResponse, versions 0-4 (flexible from v3).
public struct ApiVersionsResponse: KafkaResponse {
    public static let apiKey: Int16 = 18
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    /// The top-level error code.
    public var errorCode: Int16 = 0
    /// The APIs supported by the broker.
    public var apiKeys: [ApiVersion] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    public var supportedFeatures: [SupportedFeatureKey] = []
    /// The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch.
    public var finalizedFeaturesEpoch: Int64 = -1
    /// List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0.
    public var finalizedFeatures: [FinalizedFeatureKey] = []
    /// Set by a KRaft controller if the required configurations for ZK migration are present
    public var zkMigrationReady: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 18, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 3, minimumElementSize: 1) {
            var elements: [ApiVersion] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ApiVersion(from: &buffer, version: version)) }
            self.apiKeys = elements
        } else {
            throw .unexpectedNull(field: "apiKeys")
        }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInt32()
        }
        if version >= 3 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                switch tag {
                case 0 where version >= 3:
                    if let count = try field.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                        var elements: [SupportedFeatureKey] = []
                        elements.reserveCapacity(count)
                        for _ in 0..<count { elements.append(try SupportedFeatureKey(from: &field, version: version)) }
                        self.supportedFeatures = elements
                    } else {
                        throw .unexpectedNull(field: "supportedFeatures")
                    }
                case 1 where version >= 3:
                    self.finalizedFeaturesEpoch = try field.readKafkaInt64()
                case 2 where version >= 3:
                    if let count = try field.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                        var elements: [FinalizedFeatureKey] = []
                        elements.reserveCapacity(count)
                        for _ in 0..<count { elements.append(try FinalizedFeatureKey(from: &field, version: version)) }
                        self.finalizedFeatures = elements
                    } else {
                        throw .unexpectedNull(field: "finalizedFeatures")
                    }
                case 3 where version >= 3:
                    self.zkMigrationReady = try field.readKafkaBool()
                default:
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 18, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.apiKeys.count, compact: version >= 3)
        for element in self.apiKeys {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeKafkaInt32(self.throttleTimeMs)
        }
        if version >= 3 {
            var tagged = unknownTaggedFields
            if version >= 3, self.supportedFeatures != [] {
                tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    field.writeKafkaArrayCount(self.supportedFeatures.count, compact: true)
                    for element in self.supportedFeatures {
                        try element.encode(into: &field, version: version)
                    }
                })
            }
            if version >= 3, self.finalizedFeaturesEpoch != -1 {
                tagged.append(try KafkaTaggedField.encoding(tag: 1) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    field.writeKafkaInt64(self.finalizedFeaturesEpoch)
                })
            }
            if version >= 3, self.finalizedFeatures != [] {
                tagged.append(try KafkaTaggedField.encoding(tag: 2) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    field.writeKafkaArrayCount(self.finalizedFeatures.count, compact: true)
                    for element in self.finalizedFeatures {
                        try element.encode(into: &field, version: version)
                    }
                })
            }
            if version >= 3, self.zkMigrationReady != false {
                tagged.append(try KafkaTaggedField.encoding(tag: 3) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    field.writeKafkaBool(self.zkMigrationReady)
                })
            }
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ApiVersionsResponse {
    public struct ApiVersion: Sendable, Hashable {
        /// The API index.
        public var apiKey: Int16 = 0
        /// The minimum supported version, inclusive.
        public var minVersion: Int16 = 0
        /// The maximum supported version, inclusive.
        public var maxVersion: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.apiKey = try buffer.readKafkaInt16()
            self.minVersion = try buffer.readKafkaInt16()
            self.maxVersion = try buffer.readKafkaInt16()
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
            buffer.writeKafkaInt16(self.apiKey)
            buffer.writeKafkaInt16(self.minVersion)
            buffer.writeKafkaInt16(self.maxVersion)
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ApiVersionsResponse {
    public struct SupportedFeatureKey: Sendable, Hashable {
        /// The name of the feature.
        public var name: String = ""
        /// The minimum supported version for the feature.
        public var minVersion: Int16 = 0
        /// The maximum supported version for the feature.
        public var maxVersion: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 3 {
                self.name = try buffer.readKafkaString(compact: true, field: "name")
            }
            if version >= 3 {
                self.minVersion = try buffer.readKafkaInt16()
            }
            if version >= 3 {
                self.maxVersion = try buffer.readKafkaInt16()
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
            if version >= 3 {
                buffer.writeKafkaString(self.name, compact: true)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaInt16(self.minVersion)
            } else {
                if self.minVersion != 0 { throw .fieldNotSupported(field: "minVersion", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaInt16(self.maxVersion)
            } else {
                if self.maxVersion != 0 { throw .fieldNotSupported(field: "maxVersion", version: version) }
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension ApiVersionsResponse {
    public struct FinalizedFeatureKey: Sendable, Hashable {
        /// The name of the feature.
        public var name: String = ""
        /// The cluster-wide finalized max version level for the feature.
        public var maxVersionLevel: Int16 = 0
        /// The cluster-wide finalized min version level for the feature.
        public var minVersionLevel: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 3 {
                self.name = try buffer.readKafkaString(compact: true, field: "name")
            }
            if version >= 3 {
                self.maxVersionLevel = try buffer.readKafkaInt16()
            }
            if version >= 3 {
                self.minVersionLevel = try buffer.readKafkaInt16()
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
            if version >= 3 {
                buffer.writeKafkaString(self.name, compact: true)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaInt16(self.maxVersionLevel)
            } else {
                if self.maxVersionLevel != 0 { throw .fieldNotSupported(field: "maxVersionLevel", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaInt16(self.minVersionLevel)
            } else {
                if self.minVersionLevel != 0 { throw .fieldNotSupported(field: "minVersionLevel", version: version) }
            }
            if version >= 3 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
