// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeQuorumRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topics = (0..<values.count()).map { _ in DescribeQuorumRequest.TopicData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeQuorumRequest.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in DescribeQuorumRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeQuorumRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        return value
    }
}

extension DescribeQuorumResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if version >= 2 {
            if values.coin() {
                value.errorMessage = nil
            } else {
                value.errorMessage = values.string()
            }
        }
        value.topics = (0..<values.count()).map { _ in DescribeQuorumResponse.TopicData.arbitrary(version: version, using: &values) }
        if version >= 2 {
            value.nodes = (0..<values.count()).map { _ in DescribeQuorumResponse.Node.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension DescribeQuorumResponse.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in DescribeQuorumResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeQuorumResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if version >= 2 {
            if values.coin() {
                value.errorMessage = nil
            } else {
                value.errorMessage = values.string()
            }
        }
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        value.highWatermark = values.integer(Int64.self)
        value.currentVoters = (0..<values.count()).map { _ in DescribeQuorumResponse.ReplicaState.arbitrary(version: version, using: &values) }
        value.observers = (0..<values.count()).map { _ in DescribeQuorumResponse.ReplicaState.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeQuorumResponse.Node {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 2 {
            value.nodeId = values.integer(Int32.self)
        }
        if version >= 2 {
            value.listeners = (0..<values.count()).map { _ in DescribeQuorumResponse.Listener.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension DescribeQuorumResponse.Listener {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 2 {
            value.name = values.string()
        }
        if version >= 2 {
            value.host = values.string()
        }
        if version >= 2 {
            value.port = values.integer(UInt16.self)
        }
        return value
    }
}

extension DescribeQuorumResponse.ReplicaState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.replicaId = values.integer(Int32.self)
        if version >= 2 {
            value.replicaDirectoryId = values.uuid()
        }
        value.logEndOffset = values.integer(Int64.self)
        if version >= 1 {
            value.lastFetchTimestamp = values.integer(Int64.self)
        }
        if version >= 1 {
            value.lastCaughtUpTimestamp = values.integer(Int64.self)
        }
        return value
    }
}
