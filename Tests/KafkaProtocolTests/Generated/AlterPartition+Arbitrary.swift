// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AlterPartitionRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.brokerId = values.integer(Int32.self)
        value.brokerEpoch = values.integer(Int64.self)
        value.topics = (0..<values.count()).map { _ in AlterPartitionRequest.TopicData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterPartitionRequest.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 1 {
            value.topicName = values.string()
        }
        if version >= 2 {
            value.topicId = values.uuid()
        }
        value.partitions = (0..<values.count()).map { _ in AlterPartitionRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterPartitionRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        if version <= 2 {
            value.newIsr = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        if version >= 3 {
            value.newIsrWithEpochs = (0..<values.count()).map { _ in AlterPartitionRequest.BrokerState.arbitrary(version: version, using: &values) }
        }
        if version >= 1 {
            value.leaderRecoveryState = values.integer(Int8.self)
        }
        value.partitionEpoch = values.integer(Int32.self)
        return value
    }
}

extension AlterPartitionRequest.BrokerState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.brokerId = values.integer(Int32.self)
        }
        if version >= 3 {
            value.brokerEpoch = values.integer(Int64.self)
        }
        return value
    }
}

extension AlterPartitionResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.topics = (0..<values.count()).map { _ in AlterPartitionResponse.TopicData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterPartitionResponse.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 1 {
            value.topicName = values.string()
        }
        if version >= 2 {
            value.topicId = values.uuid()
        }
        value.partitions = (0..<values.count()).map { _ in AlterPartitionResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterPartitionResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        value.isr = (0..<values.count()).map { _ in values.integer(Int32.self) }
        if version >= 1 {
            value.leaderRecoveryState = values.integer(Int8.self)
        }
        value.partitionEpoch = values.integer(Int32.self)
        return value
    }
}
