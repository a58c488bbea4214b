// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AlterClientQuotasRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.entries = (0..<values.count()).map { _ in AlterClientQuotasRequest.EntryData.arbitrary(version: version, using: &values) }
        value.validateOnly = values.coin()
        return value
    }
}

extension AlterClientQuotasRequest.EntryData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.entity = (0..<values.count()).map { _ in AlterClientQuotasRequest.EntityData.arbitrary(version: version, using: &values) }
        value.ops = (0..<values.count()).map { _ in AlterClientQuotasRequest.OpData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterClientQuotasRequest.EntityData {
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

extension AlterClientQuotasRequest.OpData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.key = values.string()
        value.value = values.float64()
        value.remove = values.coin()
        return value
    }
}

extension AlterClientQuotasResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.entries = (0..<values.count()).map { _ in AlterClientQuotasResponse.EntryData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterClientQuotasResponse.EntryData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.entity = (0..<values.count()).map { _ in AlterClientQuotasResponse.EntityData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterClientQuotasResponse.EntityData {
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
