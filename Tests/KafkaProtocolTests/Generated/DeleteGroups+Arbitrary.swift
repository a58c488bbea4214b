// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DeleteGroupsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupsNames = (0..<values.count()).map { _ in values.string() }
        return value
    }
}

extension DeleteGroupsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.results = (0..<values.count()).map { _ in DeleteGroupsResponse.DeletableGroupResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteGroupsResponse.DeletableGroupResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
