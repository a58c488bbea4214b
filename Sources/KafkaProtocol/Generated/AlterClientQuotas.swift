// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// AlterClientQuotasRequest, versions 0-1 (flexible from v1).
public struct AlterClientQuotasRequest: KafkaRequest {
    public typealias Response = AlterClientQuotasResponse
    public static let apiKey: Int16 = 49
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// The quota configuration entries to alter.
    public var entries: [EntryData] = []
    /// Whether the alteration should be validated, but not performed.
    public var validateOnly: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 49, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [EntryData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try EntryData(from: &buffer, version: version)) }
            self.entries = elements
        } else {
            throw .unexpectedNull(field: "entries")
        }
        self.validateOnly = try buffer.readKafkaBool()
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 49, version: version) }
        buffer.writeKafkaArrayCount(self.entries.count, compact: version >= 1)
        for element in self.entries {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaBool(self.validateOnly)
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension AlterClientQuotasRequest {
    public struct EntryData: Sendable, Hashable {
        /// The quota entity to alter.
        public var entity: [EntityData] = []
        /// An individual quota configuration entry to alter.
        public var ops: [OpData] = []
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
                var elements: [OpData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try OpData(from: &buffer, version: version)) }
                self.ops = elements
            } else {
                throw .unexpectedNull(field: "ops")
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
            buffer.writeKafkaArrayCount(self.ops.count, compact: version >= 1)
            for element in self.ops {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension AlterClientQuotasRequest {
    public struct EntityData: Sendable, Hashable {
        /// The entity type.
        public var entityType: String = ""
        /// The name of the entity, or null if the default.
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

extension AlterClientQuotasRequest {
    public struct OpData: Sendable, Hashable {
        /// The quota configuration key.
        public var key: String = ""
        /// The value to set, otherwise ignored if the value is to be removed.
        public var value: Double = 0
        /// Whether the quota configuration value should be removed, otherwise set.
        public var remove: Bool = false
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.key = try buffer.readKafkaString(compact: version >= 1, field: "key")
            self.value = try buffer.readKafkaFloat64()
            self.remove = try buffer.readKafkaBool()
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
            buffer.writeKafkaBool(self.remove)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// AlterClientQuotasResponse, versions 0-1 (flexible from v1).
public struct AlterClientQuotasResponse: KafkaResponse {
    public static let apiKey: Int16 = 49
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The quota configuration entries to alter.
    public var entries: [EntryData] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 49, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [EntryData] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try EntryData(from: &buffer, version: version)) }
            self.entries = elements
        } else {
            throw .unexpectedNull(field: "entries")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 49, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.entries.count, compact: version >= 1)
        for element in self.entries {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension AlterClientQuotasResponse {
    public struct EntryData: Sendable, Hashable {
        /// The error code, or `0` if the quota alteration succeeded.
        public var errorCode: Int16 = 0
        /// The error message, or `null` if the quota alteration succeeded.
        public var errorMessage: String? = ""
        /// The quota entity to alter.
        public var entity: [EntityData] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 1)
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [EntityData] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try EntityData(from: &buffer, version: version)) }
                self.entity = elements
            } else {
                throw .unexpectedNull(field: "entity")
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
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.errorMessage, compact: version >= 1)
            buffer.writeKafkaArrayCount(self.entity.count, compact: version >= 1)
            for element in self.entity {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension AlterClientQuotasResponse {
    public struct EntityData: Sendable, Hashable {
        /// The entity type.
        public var entityType: String = ""
        /// The name of the entity, or null if the default.
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
