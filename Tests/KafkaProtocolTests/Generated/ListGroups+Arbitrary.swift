// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ListGroupsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 4 {
            value.statesFilter = (0..<values.count()).map { _ in values.string() }
        }
        if version >= 5 {
            value.typesFilter = (0..<values.count()).map { _ in values.string() }
        }
        return value
    }
}

extension ListGroupsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.errorCode = values.integer(Int16.self)
        value.groups = (0..<values.count()).map { _ in ListGroupsResponse.ListedGroup.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ListGroupsResponse.ListedGroup {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.protocolType = values.string()
        if version >= 4 {
            value.groupState = values.string()
        }
        if version >= 5 {
            value.groupType = values.string()
        }
        return value
    }
}
