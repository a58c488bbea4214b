// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension LeaderAndIsrRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.controllerId = values.integer(Int32.self)
        if version >= 7 {
            value.isKRaftController = values.coin()
        }
        value.controllerEpoch = values.integer(Int32.self)
        if version >= 2 {
            value.brokerEpoch = values.integer(Int64.self)
        }
        if version >= 5 {
            value.type = values.integer(Int8.self)
        }
        if version <= 1 {
            value.ungroupedPartitionStates = (0..<values.count()).map { _ in LeaderAndIsrRequest.LeaderAndIsrPartitionState.arbitrary(version: version, using: &values) }
        }
        if version >= 2 {
            value.topicStates = (0..<values.count()).map { _ in LeaderAndIsrRequest.LeaderAndIsrTopicState.arbitrary(version: version, using: &values) }
        }
        value.liveLeaders = (0..<values.count()).map { _ in LeaderAndIsrRequest.LeaderAndIsrLiveLeader.arbitrary(version: version, using: &values) }
        return value
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrTopicState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 2 {
            value.topicName = values.string()
        }
        if version >= 5 {
            value.topicId = values.uuid()
        }
        if version >= 2 {
            value.partitionStates = (0..<values.count()).map { _ in LeaderAndIsrRequest.LeaderAndIsrPartitionState.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrLiveLeader {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.brokerId = values.integer(Int32.self)
        value.hostName = values.string()
        value.port = values.integer(Int32.self)
        return value
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrPartitionState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 1 {
            value.topicName = values.string()
        }
        value.partitionIndex = values.integer(Int32.self)
        value.controllerEpoch = values.integer(Int32.self)
        value.leader = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        value.isr = (0..<values.count()).map { _ in values.integer(Int32.self) }
        value.partitionEpoch = values.integer(Int32.self)
        value.replicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        if version >= 3 {
            value.addingReplicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        if version >= 3 {
            value.removingReplicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        if version >= 1 {
            value.isNew = values.coin()
        }
        if version >= 6 {
            value.leaderRecoveryState = values.integer(Int8.self)
        }
        return value
    }
}

extension LeaderAndIsrResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if version <= 4 {
            value.partitionErrors = (0..<values.count()).map { _ in LeaderAndIsrResponse.LeaderAndIsrPartitionError.arbitrary(version: version, using: &values) }
        }
        if version >= 5 {
            value.topics = (0..<values.count()).map { _ in LeaderAndIsrResponse.LeaderAndIsrTopicError.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension LeaderAndIsrResponse.LeaderAndIsrTopicError {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 5 {
            value.topicId = values.uuid()
        }
        if version >= 5 {
            value.partitionErrors = (0..<values.count()).map { _ in LeaderAndIsrResponse.LeaderAndIsrPartitionError.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension LeaderAndIsrResponse.LeaderAndIsrPartitionError {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 4 {
            value.topicName = values.string()
        }
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
