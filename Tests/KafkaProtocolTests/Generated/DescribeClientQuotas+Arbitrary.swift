// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeClientQuotasRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.components = (0..<values.count()).map { _ in DescribeClientQuotasRequest.ComponentData.arbitrary(version: version, using: &values) }
        value.strict = values.coin()
        return value
    }
}

extension DescribeClientQuotasRequest.ComponentData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.entityType = values.string()
        value.matchType = values.integer(Int8.self)
        if values.coin() {
            value.match = nil
        } else {
            value.match = values.string()
        }
        return value
    }
}

extension DescribeClientQuotasResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        if values.coin() {
            value.entries = nil
        } else {
            value.entries = (0..<values.count()).map { _ in DescribeClientQuotasResponse.EntryData.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension DescribeClientQuotasResponse.EntryData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.entity = (0..<values.count()).map { _ in DescribeClientQuotasResponse.EntityData.arbitrary(version: version, using: &values) }
        value.values = (0..<values.count()).map { _ in DescribeClientQuotasResponse.ValueData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeClientQuotasResponse.EntityData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.entityType = values.string()
        if values.coin() {
            value.entityName = nil
        } else {
            value.entityName = values.string()
        }
        return value
    }
}

extension DescribeClientQuotasResponse.ValueData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.key = values.string()
        value.value = values.float64()
        return value
    }
}
