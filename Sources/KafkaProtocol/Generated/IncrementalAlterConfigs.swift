// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// IncrementalAlterConfigsRequest, versions 0-1 (flexible from v1).
public struct IncrementalAlterConfigsRequest: KafkaRequest {
    public typealias Response = IncrementalAlterConfigsResponse
    public static let apiKey: Int16 = 44
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// The incremental updates for each resource.
    public var resources: [AlterConfigsResource] = []
    /// True if we should validate the request, but not change the configurations.
    public var validateOnly: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 44, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [AlterConfigsResource] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try AlterConfigsResource(from: &buffer, version: version)) }
            self.resources = elements
        } else {
            throw .unexpectedNull(field: "resources")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 44, version: version) }
        buffer.writeKafkaArrayCount(self.resources.count, compact: version >= 1)
        for element in self.resources {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaBool(self.validateOnly)
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension IncrementalAlterConfigsRequest {
    public struct AlterConfigsResource: Sendable, Hashable {
        /// The resource type.
        public var resourceType: Int8 = 0
        /// The resource name.
        public var resourceName: String = ""
        /// The configurations.
        public var configs: [AlterableConfig] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.resourceType = try buffer.readKafkaInt8()
            self.resourceName = try buffer.readKafkaString(compact: version >= 1, field: "resourceName")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
                var elements: [AlterableConfig] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try AlterableConfig(from: &buffer, version: version)) }
                self.configs = elements
            } else {
                throw .unexpectedNull(field: "configs")
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
            buffer.writeKafkaInt8(self.resourceType)
            buffer.writeKafkaString(self.resourceName, compact: version >= 1)
            buffer.writeKafkaArrayCount(self.configs.count, compact: version >= 1)
            for element in self.configs {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension IncrementalAlterConfigsRequest {
    public struct AlterableConfig: Sendable, Hashable {
        /// The configuration key name.
        public var name: String = ""
        /// The type (Set, Delete, Append, Subtract) of operation.
        public var configOperation: Int8 = 0
        /// The value to set for the configuration key.
        public var value: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 1, field: "name")
            self.configOperation = try buffer.readKafkaInt8()
            self.value = try buffer.readKafkaNullableString(compact: version >= 1)
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
            buffer.writeKafkaInt8(self.configOperation)
            buffer.writeKafkaString(self.value, compact: version >= 1)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// IncrementalAlterConfigsResponse, versions 0-1 (flexible from v1).
public struct IncrementalAlterConfigsResponse: KafkaResponse {
    public static let apiKey: Int16 = 44
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = 1

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The responses for each resource.
    public var responses: [AlterConfigsResourceResponse] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 44, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 1, minimumElementSize: 1) {
            var elements: [AlterConfigsResourceResponse] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try AlterConfigsResourceResponse(from: &buffer, version: version)) }
            self.responses = elements
        } else {
            throw .unexpectedNull(field: "responses")
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 44, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.responses.count, compact: version >= 1)
        for element in self.responses {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension IncrementalAlterConfigsResponse {
    public struct AlterConfigsResourceResponse: Sendable, Hashable {
        /// The resource error code.
        public var errorCode: Int16 = 0
        /// The resource error message, or null if there was no error.
        public var errorMessage: String? = ""
        /// The resource type.
        public var resourceType: Int8 = 0
        /// The resource name.
        public var resourceName: String = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 1)
            self.resourceType = try buffer.readKafkaInt8()
            self.resourceName = try buffer.readKafkaString(compact: version >= 1, field: "resourceName")
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
            buffer.writeKafkaInt8(self.resourceType)
            buffer.writeKafkaString(self.resourceName, compact: version >= 1)
            if version >= 1 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
