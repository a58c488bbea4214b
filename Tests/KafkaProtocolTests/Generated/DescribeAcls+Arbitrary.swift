// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeAclsRequest {
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

extension DescribeAclsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.resources = (0..<values.count()).map { _ in DescribeAclsResponse.DescribeAclsResource.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeAclsResponse.DescribeAclsResource {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.resourceType = values.integer(Int8.self)
        value.resourceName = values.string()
        if version >= 1 {
            value.patternType = values.integer(Int8.self)
        }
        value.acls = (0..<values.count()).map { _ in DescribeAclsResponse.AclDescription.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeAclsResponse.AclDescription {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.principal = values.string()
        value.host = values.string()
        value.operation = values.integer(Int8.self)
        value.permissionType = values.integer(Int8.self)
        return value
    }
}
