// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeTopicPartitionsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topics = (0..<values.count()).map { _ in DescribeTopicPartitionsRequest.TopicRequest.arbitrary(version: version, using: &values) }
        value.responsePartitionLimit = values.integer(Int32.self)
        if values.coin() {
            value.cursor = nil
        } else {
            value.cursor = DescribeTopicPartitionsRequest.Cursor.arbitrary(version: version, using: &values)
        }
        return value
    }
}

extension DescribeTopicPartitionsRequest.TopicRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        return value
    }
}

extension DescribeTopicPartitionsRequest.Cursor {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitionIndex = values.integer(Int32.self)
        return value
    }
}

extension DescribeTopicPartitionsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.arbitrary(version: version, using: &values) }
        if values.coin() {
            value.nextCursor = nil
        } else {
            value.nextCursor = DescribeTopicPartitionsResponse.Cursor.arbitrary(version: version, using: &values)
        }
        return value
    }
}

extension DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.name = nil
        } else {
            value.name = values.string()
        }
        value.topicId = values.uuid()
        value.isInternal = values.coin()
        value.partitions = (0..<values.count()).map { _ in DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.arbitrary(version: version, using: &values) }
        value.topicAuthorizedOperations = values.integer(Int32.self)
        return value
    }
}

extension DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.partitionIndex = values.integer(Int32.self)
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        value.replicaNodes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        value.isrNodes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        if values.coin() {
            value.eligibleLeaderReplicas = nil
        } else {
            value.eligibleLeaderReplicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        if values.coin() {
            value.lastKnownElr = nil
        } else {
            value.lastKnownElr = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        value.offlineReplicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension DescribeTopicPartitionsResponse.Cursor {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitionIndex = values.integer(Int32.self)
        return value
    }
}
