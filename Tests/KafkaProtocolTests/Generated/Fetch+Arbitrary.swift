// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension FetchRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 12 {
            if values.coin() {
                value.clusterId = nil
            } else {
                value.clusterId = values.string()
            }
        }
        if version <= 14 {
            value.replicaId = values.integer(Int32.self)
        }
        if version >= 15 {
            value.replicaState = FetchRequest.ReplicaState.arbitrary(version: version, using: &values)
        }
        value.maxWaitMs = values.integer(Int32.self)
        value.minBytes = values.integer(Int32.self)
        if version >= 3 {
            value.maxBytes = values.integer(Int32.self)
        }
        if version >= 4 {
            value.isolationLevel = values.integer(Int8.self)
        }
        if version >= 7 {
            value.sessionId = values.integer(Int32.self)
        }
        if version >= 7 {
            value.sessionEpoch = values.integer(Int32.self)
        }
        value.topics = (0..<values.count()).map { _ in FetchRequest.FetchTopic.arbitrary(version: version, using: &values) }
        if version >= 7 {
            value.forgottenTopicsData = (0..<values.count()).map { _ in FetchRequest.ForgottenTopic.arbitrary(version: version, using: &values) }
        }
        if version >= 11 {
            value.rackId = values.string()
        }
        return value
    }
}

extension FetchRequest.ReplicaState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 15 {
            value.replicaId = values.integer(Int32.self)
        }
        if version >= 15 {
            value.replicaEpoch = values.integer(Int64.self)
        }
        return value
    }
}

extension FetchRequest.FetchTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 12 {
            value.topic = values.string()
        }
        if version >= 13 {
            value.topicId = values.uuid()
        }
        value.partitions = (0..<values.count()).map { _ in FetchRequest.FetchPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension FetchRequest.FetchPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        if version >= 9 {
            value.currentLeaderEpoch = values.integer(Int32.self)
        }
        value.fetchOffset = values.integer(Int64.self)
        if version >= 12 {
            value.lastFetchedEpoch = values.integer(Int32.self)
        }
        if version >= 5 {
            value.logStartOffset = values.integer(Int64.self)
        }
        value.partitionMaxBytes = values.integer(Int32.self)
        if version >= 17 {
            value.replicaDirectoryId = values.uuid()
        }
        return value
    }
}

extension FetchRequest.ForgottenTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if (7...12).contains(version) {
            value.topic = values.string()
        }
        if version >= 13 {
            value.topicId = values.uuid()
        }
        if version >= 7 {
            value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        return value
    }
}

extension FetchResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        if version >= 7 {
            value.errorCode = values.integer(Int16.self)
        }
        if version >= 7 {
            value.sessionId = values.integer(Int32.self)
        }
        value.responses = (0..<values.count()).map { _ in FetchResponse.FetchableTopicResponse.arbitrary(version: version, using: &values) }
        if version >= 16 {
            value.nodeEndpoints = (0..<values.count()).map { _ in FetchResponse.NodeEndpoint.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension FetchResponse.FetchableTopicResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 12 {
            value.topic = values.string()
        }
        if version >= 13 {
            value.topicId = values.uuid()
        }
        value.partitions = (0..<values.count()).map { _ in FetchResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension FetchResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.highWatermark = values.integer(Int64.self)
        if version >= 4 {
            value.lastStableOffset = values.integer(Int64.self)
        }
        if version >= 5 {
            value.logStartOffset = values.integer(Int64.self)
        }
        if version >= 12 {
            value.divergingEpoch = FetchResponse.EpochEndOffset.arbitrary(version: version, using: &values)
        }
        if version >= 12 {
            value.currentLeader = FetchResponse.LeaderIdAndEpoch.arbitrary(version: version, using: &values)
        }
        if version >= 12 {
            value.snapshotId = FetchResponse.SnapshotId.arbitrary(version: version, using: &values)
        }
        if version >= 4 {
            if values.coin() {
                value.abortedTransactions = nil
            } else {
                value.abortedTransactions = (0..<values.count()).map { _ in FetchResponse.AbortedTransaction.arbitrary(version: version, using: &values) }
            }
        }
        if version >= 11 {
            value.preferredReadReplica = values.integer(Int32.self)
        }
        if values.coin() {
            value.records = nil
        } else {
            value.records = values.bytes()
        }
        return value
    }
}

extension FetchResponse.EpochEndOffset {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 12 {
            value.epoch = values.integer(Int32.self)
        }
        if version >= 12 {
            value.endOffset = values.integer(Int64.self)
        }
        return value
    }
}

extension FetchResponse.LeaderIdAndEpoch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 12 {
            value.leaderId = values.integer(Int32.self)
        }
        if version >= 12 {
            value.leaderEpoch = values.integer(Int32.self)
        }
        return value
    }
}

extension FetchResponse.SnapshotId {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.endOffset = values.integer(Int64.self)
        value.epoch = values.integer(Int32.self)
        return value
    }
}

extension FetchResponse.AbortedTransaction {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 4 {
            value.producerId = values.integer(Int64.self)
        }
        if version >= 4 {
            value.firstOffset = values.integer(Int64.self)
        }
        return value
    }
}

extension FetchResponse.NodeEndpoint {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 16 {
            value.nodeId = values.integer(Int32.self)
        }
        if version >= 16 {
            value.host = values.string()
        }
        if version >= 16 {
            value.port = values.integer(Int32.self)
        }
        if version >= 16 {
            if values.coin() {
                value.rack = nil
            } else {
                value.rack = values.string()
            }
        }
        return value
    }
}
