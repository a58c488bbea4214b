// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension VoteRequest {
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
        value.topics = (0..<values.count()).map { _ in VoteRequest.TopicData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension VoteRequest.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in VoteRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension VoteRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.candidateEpoch = values.integer(Int32.self)
        value.candidateId = values.integer(Int32.self)
        if version >= 1 {
            value.candidateDirectoryId = values.uuid()
        }
        if version >= 1 {
            value.voterDirectoryId = values.uuid()
        }
        value.lastOffsetEpoch = values.integer(Int32.self)
        value.lastOffset = values.integer(Int64.self)
        return value
    }
}

extension VoteResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.topics = (0..<values.count()).map { _ in VoteResponse.TopicData.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.nodeEndpoints = (0..<values.count()).map { _ in VoteResponse.NodeEndpoint.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension VoteResponse.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in VoteResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension VoteResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        value.voteGranted = values.coin()
        return value
    }
}

extension VoteResponse.NodeEndpoint {
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
