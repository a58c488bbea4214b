// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeClientQuotasRequest, versions 0-1 (flexible from v1).
public struct DescribeClientQuotasRequest: KafkaRequest {
    public typealias Response = DescribeClientQuotasResponse
    public static let apiKey: Int16 = 48
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// Filter components to apply to quota entities.
    public var components: [ComponentData] = []
    /// Whether the match is strict, i.e. should exclude entities with unspecified entity types.
    public var strict: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 48, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [ComponentData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try ComponentData(from: &buffer, version: version)) }
            self.components = elements
        } else {
            throw .unexpectedNull(field: "components")
        }
        self.strict = try buffer.readKafkaBool()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 48, version: version) }
        buffer.writeKafkaArrayCount(self.components.count, compact: version >= 1)
        for element in self.components {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaBool(self.strict)
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeClientQuotasRequest {
    public struct ComponentData: Sendable, Hashable {
        /// The entity type that the filter component applies to.
        public var entityType: String = ""
        /// How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}.
        public var matchType: Int8 = 0
        /// The string to match against, or null if unused for the match type.
        public var match: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.entityType = try buffer.readKafkaString(compact: version >= 1, field: "entityType")
            self.matchType = try buffer.readKafkaInt8()
            self.match = try buffer.readKafkaNullableString(compact: version >= 1)
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
            buffer.writeKafkaString(self.entityType, compact: version >= 1)
            buffer.writeKafkaInt8(self.matchType)
            buffer.writeKafkaString(self.match, compact: version >= 1)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// DescribeClientQuotasResponse, versions 0-1 (flexible from v1).
public struct DescribeClientQuotasResponse: KafkaResponse {
    public static let apiKey: Int16 = 48
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or `0` if the quota description succeeded.
    public var errorCode: Int16 = 0
    /// The error message, or `null` if the quota description succeeded.
    public var errorMessage: String? = ""
    /// A result entry.
    public var entries: [EntryData]? = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 48, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        self.errorCode = try buffer.readKafkaInt16()
        self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 1)
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [EntryData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try EntryData(from: &buffer, version: version)) }
            self.entries = elements
        } else {
            self.entries = nil
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 48, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.errorMessage, compact: version >= 1)
        if let elements = self.entries {
            buffer.writeKafkaArrayCount(elements.count, compact: version >= 1)
            for element in elements {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            buffer.writeKafkaArrayCount(nil, compact: version >= 1)
        }
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeClientQuotasResponse {
    public struct EntryData: Sendable, Hashable {
        /// The quota entity description.
        public var entity: [EntityData] = []
        /// The quota values for the entity.
        public var values: [ValueData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [EntityData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try EntityData(from: &buffer, version: version)) }
                self.entity = elements
            } else {
                throw .unexpectedNull(field: "entity")
            }
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [ValueData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try ValueData(from: &buffer, version: version)) }
                self.values = elements
            } else {
                throw .unexpectedNull(field: "values")
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
            buffer.writeKafkaArrayCount(self.entity.count, compact: version >= 1)
            for element in self.entity {
                try element.encode(into: &buffer, version: version)
            }
            buffer.writeKafkaArrayCount(self.values.count, compact: version >= 1)
            for element in self.values {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeClientQuotasResponse {
    public struct EntityData: Sendable, Hashable {
        /// The entity type.
        public var entityType: String = ""
        /// The entity name, or null if the default.
        public var entityName: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.entityType = try buffer.readKafkaString(compact: version >= 1, field: "entityType")
            self.entityName = try buffer.readKafkaNullableString(compact: version >= 1)
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
            buffer.writeKafkaString(self.entityType, compact: version >= 1)
            buffer.writeKafkaString(self.entityName, compact: version >= 1)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeClientQuotasResponse {
    public struct ValueData: Sendable, Hashable {
        /// The quota configuration key.
        public var key: String = ""
        /// The quota configuration value.
        public var value: Double = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.key = try buffer.readKafkaString(compact: version >= 1, field: "key")
            self.value = try buffer.readKafkaFloat64()
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
            buffer.writeKafkaString(self.key, compact: version >= 1)
            buffer.writeKafkaFloat64(self.value)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
