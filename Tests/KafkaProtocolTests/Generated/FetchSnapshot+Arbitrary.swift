// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension FetchSnapshotRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.clusterId = nil
        } else {
            value.clusterId = values.string()
        }
        value.replicaId = values.integer(Int32.self)
        value.maxBytes = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in FetchSnapshotRequest.TopicSnapshot.arbitrary(version: version, using: &values) }
        return value
    }
}

extension FetchSnapshotRequest.TopicSnapshot {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in FetchSnapshotRequest.PartitionSnapshot.arbitrary(version: version, using: &values) }
        return value
    }
}

extension FetchSnapshotRequest.PartitionSnapshot {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        value.currentLeaderEpoch = values.integer(Int32.self)
        value.snapshotId = FetchSnapshotRequest.SnapshotId.arbitrary(version: version, using: &values)
        value.position = values.integer(Int64.self)
        if version >= 1 {
            value.replicaDirectoryId = values.uuid()
        }
        return value
    }
}

extension FetchSnapshotRequest.SnapshotId {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.endOffset = values.integer(Int64.self)
        value.epoch = values.integer(Int32.self)
        return value
    }
}

extension FetchSnapshotResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.topics = (0..<values.count()).map { _ in FetchSnapshotResponse.TopicSnapshot.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.nodeEndpoints = (0..<values.count()).map { _ in FetchSnapshotResponse.NodeEndpoint.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension FetchSnapshotResponse.TopicSnapshot {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in FetchSnapshotResponse.PartitionSnapshot.arbitrary(version: version, using: &values) }
        return value
    }
}

extension FetchSnapshotResponse.PartitionSnapshot {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.index = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.snapshotId = FetchSnapshotResponse.SnapshotId.arbitrary(version: version, using: &values)
        value.currentLeader = FetchSnapshotResponse.LeaderIdAndEpoch.arbitrary(version: version, using: &values)
        value.size = values.integer(Int64.self)
        value.position = values.integer(Int64.self)
        value.unalignedRecords = values.bytes()
        return value
    }
}

extension FetchSnapshotResponse.SnapshotId {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.endOffset = values.integer(Int64.self)
        value.epoch = values.integer(Int32.self)
        return value
    }
}

extension FetchSnapshotResponse.LeaderIdAndEpoch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension FetchSnapshotResponse.NodeEndpoint {
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
