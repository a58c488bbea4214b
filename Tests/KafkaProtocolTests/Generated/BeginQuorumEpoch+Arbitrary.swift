// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension BeginQuorumEpochRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.clusterId = nil
        } else {
            value.clusterId = values.string()
        }
        if version >= 1 {
            value.voterId = values.integer(Int32.self)
        }
        value.topics = (0..<values.count()).map { _ in BeginQuorumEpochRequest.TopicData.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.leaderEndpoints = (0..<values.count()).map { _ in BeginQuorumEpochRequest.LeaderEndpoint.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension BeginQuorumEpochRequest.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in BeginQuorumEpochRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension BeginQuorumEpochRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        if version >= 1 {
            value.voterDirectoryId = values.uuid()
        }
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension BeginQuorumEpochRequest.LeaderEndpoint {
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

extension BeginQuorumEpochResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.topics = (0..<values.count()).map { _ in BeginQuorumEpochResponse.TopicData.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.nodeEndpoints = (0..<values.count()).map { _ in BeginQuorumEpochResponse.NodeEndpoint.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension BeginQuorumEpochResponse.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in BeginQuorumEpochResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension BeginQuorumEpochResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension BeginQuorumEpochResponse.NodeEndpoint {
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
