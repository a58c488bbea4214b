// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeConfigsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.resources = (0..<values.count()).map { _ in DescribeConfigsRequest.DescribeConfigsResource.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.includeSynonyms = values.coin()
        }
        if version >= 3 {
            value.includeDocumentation = values.coin()
        }
        return value
    }
}

extension DescribeConfigsRequest.DescribeConfigsResource {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.resourceType = values.integer(Int8.self)
        value.resourceName = values.string()
        if values.coin() {
            value.configurationKeys = nil
        } else {
            value.configurationKeys = (0..<values.count()).map { _ in values.string() }
        }
        return value
    }
}

extension DescribeConfigsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.results = (0..<values.count()).map { _ in DescribeConfigsResponse.DescribeConfigsResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.resourceType = values.integer(Int8.self)
        value.resourceName = values.string()
        value.configs = (0..<values.count()).map { _ in DescribeConfigsResponse.DescribeConfigsResourceResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsResourceResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        if values.coin() {
            value.value = nil
        } else {
            value.value = values.string()
        }
        value.readOnly = values.coin()
        if version <= 0 {
            value.isDefault = values.coin()
        }
        if version >= 1 {
            value.configSource = values.integer(Int8.self)
        }
        value.isSensitive = values.coin()
        if version >= 1 {
            value.synonyms = (0..<values.count()).map { _ in DescribeConfigsResponse.DescribeConfigsSynonym.arbitrary(version: version, using: &values) }
        }
        if version >= 3 {
            value.configType = values.integer(Int8.self)
        }
        if version >= 3 {
            if values.coin() {
                value.documentation = nil
            } else {
                value.documentation = values.string()
            }
        }
        return value
    }
}

extension DescribeConfigsResponse.DescribeConfigsSynonym {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.name = values.string()
        }
        if version >= 1 {
            if values.coin() {
                value.value = nil
            } else {
                value.value = values.string()
            }
        }
        if version >= 1 {
            value.source = values.integer(Int8.self)
        }
        return value
    }
}
