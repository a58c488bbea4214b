// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension StopReplicaRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.controllerId = values.integer(Int32.self)
        if version >= 4 {
            value.isKRaftController = values.coin()
        }
        value.controllerEpoch = values.integer(Int32.self)
        if version >= 1 {
            value.brokerEpoch = values.integer(Int64.self)
        }
        if version <= 2 {
            value.deletePartitions = values.coin()
        }
        if version <= 0 {
            value.ungroupedPartitions = (0..<values.count()).map { _ in StopReplicaRequest.StopReplicaPartitionV0.arbitrary(version: version, using: &values) }
        }
        if (1...2).contains(version) {
            value.topics = (0..<values.count()).map { _ in StopReplicaRequest.StopReplicaTopicV1.arbitrary(version: version, using: &values) }
        }
        if version >= 3 {
            value.topicStates = (0..<values.count()).map { _ in StopReplicaRequest.StopReplicaTopicState.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension StopReplicaRequest.StopReplicaPartitionV0 {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 0 {
            value.topicName = values.string()
        }
        if version <= 0 {
            value.partitionIndex = values.integer(Int32.self)
        }
        return value
    }
}

extension StopReplicaRequest.StopReplicaTopicV1 {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if (1...2).contains(version) {
            value.name = values.string()
        }
        if (1...2).contains(version) {
            value.partitionIndexes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        return value
    }
}

extension StopReplicaRequest.StopReplicaTopicState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.topicName = values.string()
        }
        if version >= 3 {
            value.partitionStates = (0..<values.count()).map { _ in StopReplicaRequest.StopReplicaPartitionState.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension StopReplicaRequest.StopReplicaPartitionState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.partitionIndex = values.integer(Int32.self)
        }
        if version >= 3 {
            value.leaderEpoch = values.integer(Int32.self)
        }
        if version >= 3 {
            value.deletePartition = values.coin()
        }
        return value
    }
}

extension StopReplicaResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.partitionErrors = (0..<values.count()).map { _ in StopReplicaResponse.StopReplicaPartitionError.arbitrary(version: version, using: &values) }
        return value
    }
}

extension StopReplicaResponse.StopReplicaPartitionError {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
