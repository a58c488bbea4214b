// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DeleteAclsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.filters = (0..<values.count()).map { _ in DeleteAclsRequest.DeleteAclsFilter.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteAclsRequest.DeleteAclsFilter {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.resourceTypeFilter = values.integer(Int8.self)
        if values.coin() {
            value.resourceNameFilter = nil
        } else {
            value.resourceNameFilter = values.string()
        }
        if version >= 1 {
            value.patternTypeFilter = values.integer(Int8.self)
        }
        if values.coin() {
            value.principalFilter = nil
        } else {
            value.principalFilter = values.string()
        }
        if values.coin() {
            value.hostFilter = nil
        } else {
            value.hostFilter = values.string()
        }
        value.operation = values.integer(Int8.self)
        value.permissionType = values.integer(Int8.self)
        return value
    }
}

extension DeleteAclsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.filterResults = (0..<values.count()).map { _ in DeleteAclsResponse.DeleteAclsFilterResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteAclsResponse.DeleteAclsFilterResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.matchingAcls = (0..<values.count()).map { _ in DeleteAclsResponse.DeleteAclsMatchingAcl.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteAclsResponse.DeleteAclsMatchingAcl {
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
        if version >= 1 {
            value.patternType = values.integer(Int8.self)
        }
        value.principal = values.string()
        value.host = values.string()
        value.operation = values.integer(Int8.self)
        value.permissionType = values.integer(Int8.self)
        return value
    }
}
