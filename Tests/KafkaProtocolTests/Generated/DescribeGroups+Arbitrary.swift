// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeGroupsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groups = (0..<values.count()).map { _ in values.string() }
        if version >= 3 {
            value.includeAuthorizedOperations = values.coin()
        }
        return value
    }
}

extension DescribeGroupsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.groups = (0..<values.count()).map { _ in DescribeGroupsResponse.DescribedGroup.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeGroupsResponse.DescribedGroup {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.groupId = values.string()
        value.groupState = values.string()
        value.protocolType = values.string()
        value.protocolData = values.string()
        value.members = (0..<values.count()).map { _ in DescribeGroupsResponse.DescribedGroupMember.arbitrary(version: version, using: &values) }
        if version >= 3 {
            value.authorizedOperations = values.integer(Int32.self)
        }
        return value
    }
}

extension DescribeGroupsResponse.DescribedGroupMember {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.memberId = values.string()
        if version >= 4 {
            if values.coin() {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = values.string()
            }
        }
        value.clientId = values.string()
        value.clientHost = values.string()
        value.memberMetadata = values.bytes()
        value.memberAssignment = values.bytes()
        return value
    }
}
