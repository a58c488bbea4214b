// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension CreateAclsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.creations = (0..<values.count()).map { _ in CreateAclsRequest.AclCreation.arbitrary(version: version, using: &values) }
        return value
    }
}

extension CreateAclsRequest.AclCreation {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.resourceType = values.integer(Int8.self)
        value.resourceName = values.string()
        if version >= 1 {
            value.resourcePatternType = values.integer(Int8.self)
        }
        value.principal = values.string()
        value.host = values.string()
        value.operation = values.integer(Int8.self)
        value.permissionType = values.integer(Int8.self)
        return value
    }
}

extension CreateAclsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.results = (0..<values.count()).map { _ in CreateAclsResponse.AclCreationResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension CreateAclsResponse.AclCreationResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
