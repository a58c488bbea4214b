// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeConfigsRequest, versions 0-4 (flexible from v4).
public struct DescribeConfigsRequest: KafkaRequest {
    public typealias Response = DescribeConfigsResponse
    public static let apiKey: Int16 = 32
    public static let kafka4MinimumVersion: Int16 = 1
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    /// The resources whose configurations we want to describe.
    public var resources: [DescribeConfigsResource] = []
    /// True if we should include all synonyms.
    public var includeSynonyms: Bool = false
    /// True if we should include configuration documentation.
    public var includeDocumentation: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 32, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
            var elements: [DescribeConfigsResource] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribeConfigsResource(from: &buffer, version: version)) }
            self.resources = elements
        } else {
            throw .unexpectedNull(field: "resources")
        }
        if version >= 1 {
            self.includeSynonyms = try buffer.readKafkaBool()
        }
        if version >= 3 {
            self.includeDocumentation = try buffer.readKafkaBool()
        }
        if version >= 4 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 32, version: version) }
        buffer.writeKafkaArrayCount(self.resources.count, compact: version >= 4)
        for element in self.resources {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeKafkaBool(self.includeSynonyms)
        } else {
            if self.includeSynonyms != false { throw .fieldNotSupported(field: "includeSynonyms", version: version) }
        }
        if version >= 3 {
            buffer.writeKafkaBool(self.includeDocumentation)
        } else {
            if self.includeDocumentation != false { throw .fieldNotSupported(field: "includeDocumentation", version: version) }
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeConfigsRequest {
    public struct DescribeConfigsResource: Sendable, Hashable {
        /// The resource type.
        public var resourceType: Int8 = 0
        /// The resource name.
        public var resourceName: String = ""
        /// The configuration keys to list, or null to list all configuration keys.
        public var configurationKeys: [String]? = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.resourceType = try buffer.readKafkaInt8()
            self.resourceName = try buffer.readKafkaString(compact: version >= 4, field: "resourceName")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [String] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: version >= 4, field: "configurationKeys")) }
                self.configurationKeys = elements
            } else {
                self.configurationKeys = nil
            }
            if version >= 4 {
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
            buffer.writeKafkaString(self.resourceName, compact: version >= 4)
            if let elements = self.configurationKeys {
                buffer.writeKafkaArrayCount(elements.count, compact: version >= 4)
                for element in elements {
                    buffer.writeKafkaString(element, compact: version >= 4)
                }
            } else {
                buffer.writeKafkaArrayCount(nil, compact: version >= 4)
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// DescribeConfigsResponse, versions 0-4 (flexible from v4).
public struct DescribeConfigsResponse: KafkaResponse {
    public static let apiKey: Int16 = 32
    public static let kafka4MinimumVersion: Int16 = 1
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// The results for each resource.
    public var results: [DescribeConfigsResult] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 32, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
            var elements: [DescribeConfigsResult] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribeConfigsResult(from: &buffer, version: version)) }
            self.results = elements
        } else {
            throw .unexpectedNull(field: "results")
        }
        if version >= 4 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 32, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.results.count, compact: version >= 4)
        for element in self.results {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 4 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeConfigsResponse {
    public struct DescribeConfigsResult: Sendable, Hashable {
        /// The error code, or 0 if we were able to successfully describe the configurations.
        public var errorCode: Int16 = 0
        /// The error message, or null if we were able to successfully describe the configurations.
        public var errorMessage: String? = ""
        /// The resource type.
        public var resourceType: Int8 = 0
        /// The resource name.
        public var resourceName: String = ""
        /// Each listed configuration.
        public var configs: [DescribeConfigsResourceResult] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: version >= 4)
            self.resourceType = try buffer.readKafkaInt8()
            self.resourceName = try buffer.readKafkaString(compact: version >= 4, field: "resourceName")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                var elements: [DescribeConfigsResourceResult] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DescribeConfigsResourceResult(from: &buffer, version: version)) }
                self.configs = elements
            } else {
                throw .unexpectedNull(field: "configs")
            }
            if version >= 4 {
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
            buffer.writeKafkaString(self.errorMessage, compact: version >= 4)
            buffer.writeKafkaInt8(self.resourceType)
            buffer.writeKafkaString(self.resourceName, compact: version >= 4)
            buffer.writeKafkaArrayCount(self.configs.count, compact: version >= 4)
            for element in self.configs {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeConfigsResponse {
    public struct DescribeConfigsResourceResult: Sendable, Hashable {
        /// The configuration name.
        public var name: String = ""
        /// The configuration value.
        public var value: String? = ""
        /// True if the configuration is read-only.
        public var readOnly: Bool = false
        /// True if the configuration is not set.
        public var isDefault: Bool = false
        /// The configuration source.
        public var configSource: Int8 = -1
        /// True if this configuration is sensitive.
        public var isSensitive: Bool = false
        /// The synonyms for this configuration key.
        public var synonyms: [DescribeConfigsSynonym] = []
        /// The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD
        public var configType: Int8 = 0
        /// The configuration documentation.
        public var documentation: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.name = try buffer.readKafkaString(compact: version >= 4, field: "name")
            self.value = try buffer.readKafkaNullableString(compact: version >= 4)
            self.readOnly = try buffer.readKafkaBool()
            if version <= 0 {
                self.isDefault = try buffer.readKafkaBool()
            }
            if version >= 1 {
                self.configSource = try buffer.readKafkaInt8()
            }
            self.isSensitive = try buffer.readKafkaBool()
            if version >= 1 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 4, minimumElementSize: 1) {
                    var elements: [DescribeConfigsSynonym] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try DescribeConfigsSynonym(from: &buffer, version: version)) }
                    self.synonyms = elements
                } else {
                    throw .unexpectedNull(field: "synonyms")
                }
            }
            if version >= 3 {
                self.configType = try buffer.readKafkaInt8()
            }
            if version >= 3 {
                self.documentation = try buffer.readKafkaNullableString(compact: version >= 4)
            }
            if version >= 4 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.name, compact: version >= 4)
            buffer.writeKafkaString(self.value, compact: version >= 4)
            buffer.writeKafkaBool(self.readOnly)
            if version <= 0 {
                buffer.writeKafkaBool(self.isDefault)
            } else {
                if self.isDefault != false { throw .fieldNotSupported(field: "isDefault", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaInt8(self.configSource)
            }
            buffer.writeKafkaBool(self.isSensitive)
            if version >= 1 {
                buffer.writeKafkaArrayCount(self.synonyms.count, compact: version >= 4)
                for element in self.synonyms {
                    try element.encode(into: &buffer, version: version)
                }
            }
            if version >= 3 {
                buffer.writeKafkaInt8(self.configType)
            }
            if version >= 3 {
                buffer.writeKafkaString(self.documentation, compact: version >= 4)
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeConfigsResponse {
    public struct DescribeConfigsSynonym: Sendable, Hashable {
        /// The synonym name.
        public var name: String = ""
        /// The synonym value.
        public var value: String? = ""
        /// The synonym source.
        public var source: Int8 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 1 {
                self.name = try buffer.readKafkaString(compact: version >= 4, field: "name")
            }
            if version >= 1 {
                self.value = try buffer.readKafkaNullableString(compact: version >= 4)
            }
            if version >= 1 {
                self.source = try buffer.readKafkaInt8()
            }
            if version >= 4 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 1 {
                buffer.writeKafkaString(self.name, compact: version >= 4)
            } else {
                if self.name != "" { throw .fieldNotSupported(field: "name", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaString(self.value, compact: version >= 4)
            } else {
                if self.value != "" { throw .fieldNotSupported(field: "value", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaInt8(self.source)
            } else {
                if self.source != 0 { throw .fieldNotSupported(field: "source", version: version) }
            }
            if version >= 4 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}
