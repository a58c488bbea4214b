// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension EndQuorumEpochRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.clusterId = nil
        } else {
            value.clusterId = values.string()
        }
        value.topics = (0..<values.count()).map { _ in EndQuorumEpochRequest.TopicData.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.leaderEndpoints = (0..<values.count()).map { _ in EndQuorumEpochRequest.LeaderEndpoint.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension EndQuorumEpochRequest.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in EndQuorumEpochRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension EndQuorumEpochRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        if version <= 0 {
            value.preferredSuccessors = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        if version >= 1 {
            value.preferredCandidates = (0..<values.count()).map { _ in EndQuorumEpochRequest.ReplicaInfo.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension EndQuorumEpochRequest.ReplicaInfo {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.candidateId = values.integer(Int32.self)
        }
        if version >= 1 {
            value.candidateDirectoryId = values.uuid()
        }
        return value
    }
}

extension EndQuorumEpochRequest.LeaderEndpoint {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.name = values.string()
        }
        if version >= 1 {
            value.host = values.string()
        }
        if version >= 1 {
            value.port = values.integer(UInt16.self)
        }
        return value
    }
}

extension EndQuorumEpochResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.topics = (0..<values.count()).map { _ in EndQuorumEpochResponse.TopicData.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.nodeEndpoints = (0..<values.count()).map { _ in EndQuorumEpochResponse.NodeEndpoint.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension EndQuorumEpochResponse.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in EndQuorumEpochResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension EndQuorumEpochResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension EndQuorumEpochResponse.NodeEndpoint {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.nodeId = values.integer(Int32.self)
        }
        if version >= 1 {
            value.host = values.string()
        }
        if version >= 1 {
            value.port = values.integer(UInt16.self)
        }
        return value
    }
}
