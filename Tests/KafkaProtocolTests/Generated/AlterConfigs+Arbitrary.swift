// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AlterConfigsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.resources = (0..<values.count()).map { _ in AlterConfigsRequest.AlterConfigsResource.arbitrary(version: version, using: &values) }
        value.validateOnly = values.coin()
        return value
    }
}

extension AlterConfigsRequest.AlterConfigsResource {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.resourceType = values.integer(Int8.self)
        value.resourceName = values.string()
        value.configs = (0..<values.count()).map { _ in AlterConfigsRequest.AlterableConfig.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterConfigsRequest.AlterableConfig {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        if values.coin() {
            value.value = nil
        } else {
            value.value = values.string()
        }
        return value
    }
}

extension AlterConfigsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.responses = (0..<values.count()).map { _ in AlterConfigsResponse.AlterConfigsResourceResponse.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterConfigsResponse.AlterConfigsResourceResponse {
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
        return value
    }
}
