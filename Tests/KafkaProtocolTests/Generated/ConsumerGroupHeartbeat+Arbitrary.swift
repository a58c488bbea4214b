// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ConsumerGroupHeartbeatRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.memberId = values.string()
        value.memberEpoch = values.integer(Int32.self)
        if values.coin() {
            value.instanceId = nil
        } else {
            value.instanceId = values.string()
        }
        if values.coin() {
            value.rackId = nil
        } else {
            value.rackId = values.string()
        }
        value.rebalanceTimeoutMs = values.integer(Int32.self)
        if values.coin() {
            value.subscribedTopicNames = nil
        } else {
            value.subscribedTopicNames = (0..<values.count()).map { _ in values.string() }
        }
        if version >= 1 {
            if values.coin() {
                value.subscribedTopicRegex = nil
            } else {
                value.subscribedTopicRegex = values.string()
            }
        }
        if values.coin() {
            value.serverAssignor = nil
        } else {
            value.serverAssignor = values.string()
        }
        if values.coin() {
            value.topicPartitions = nil
        } else {
            value.topicPartitions = (0..<values.count()).map { _ in ConsumerGroupHeartbeatRequest.TopicPartitions.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension ConsumerGroupHeartbeatRequest.TopicPartitions {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension ConsumerGroupHeartbeatResponse {
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
            value.memberId = nil
        } else {
            value.memberId = values.string()
        }
        value.memberEpoch = values.integer(Int32.self)
        value.heartbeatIntervalMs = values.integer(Int32.self)
        if values.coin() {
            value.assignment = nil
        } else {
            value.assignment = ConsumerGroupHeartbeatResponse.Assignment.arbitrary(version: version, using: &values)
        }
        return value
    }
}

extension ConsumerGroupHeartbeatResponse.Assignment {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicPartitions = (0..<values.count()).map { _ in ConsumerGroupHeartbeatResponse.TopicPartitions.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ConsumerGroupHeartbeatResponse.TopicPartitions {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}
