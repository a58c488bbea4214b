// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ShareGroupDescribeRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupIds = (0..<values.count()).map { _ in values.string() }
        value.includeAuthorizedOperations = values.coin()
        return value
    }
}

extension ShareGroupDescribeResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.groups = (0..<values.count()).map { _ in ShareGroupDescribeResponse.DescribedGroup.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareGroupDescribeResponse.DescribedGroup {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.groupId = values.string()
        value.groupState = values.string()
        value.groupEpoch = values.integer(Int32.self)
        value.assignmentEpoch = values.integer(Int32.self)
        value.assignorName = values.string()
        value.members = (0..<values.count()).map { _ in ShareGroupDescribeResponse.Member.arbitrary(version: version, using: &values) }
        value.authorizedOperations = values.integer(Int32.self)
        return value
    }
}

extension ShareGroupDescribeResponse.Member {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.memberId = values.string()
        if values.coin() {
            value.rackId = nil
        } else {
            value.rackId = values.string()
        }
        value.memberEpoch = values.integer(Int32.self)
        value.clientId = values.string()
        value.clientHost = values.string()
        value.subscribedTopicNames = (0..<values.count()).map { _ in values.string() }
        value.assignment = ShareGroupDescribeResponse.Assignment.arbitrary(version: version, using: &values)
        return value
    }
}

extension ShareGroupDescribeResponse.TopicPartitions {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension ShareGroupDescribeResponse.Assignment {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicPartitions = (0..<values.count()).map { _ in ShareGroupDescribeResponse.TopicPartitions.arbitrary(version: version, using: &values) }
        return value
    }
}
