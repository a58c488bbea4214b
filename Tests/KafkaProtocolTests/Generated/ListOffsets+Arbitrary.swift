// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ListOffsetsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.replicaId = values.integer(Int32.self)
        if version >= 2 {
            value.isolationLevel = values.integer(Int8.self)
        }
        value.topics = (0..<values.count()).map { _ in ListOffsetsRequest.ListOffsetsTopic.arbitrary(version: version, using: &values) }
        if version >= 10 {
            value.timeoutMs = values.integer(Int32.self)
        }
        return value
    }
}

extension ListOffsetsRequest.ListOffsetsTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in ListOffsetsRequest.ListOffsetsPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ListOffsetsRequest.ListOffsetsPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        if version >= 4 {
            value.currentLeaderEpoch = values.integer(Int32.self)
        }
        value.timestamp = values.integer(Int64.self)
        if version <= 0 {
            value.maxNumOffsets = values.integer(Int32.self)
        }
        return value
    }
}

extension ListOffsetsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 2 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.topics = (0..<values.count()).map { _ in ListOffsetsResponse.ListOffsetsTopicResponse.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ListOffsetsResponse.ListOffsetsTopicResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in ListOffsetsResponse.ListOffsetsPartitionResponse.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ListOffsetsResponse.ListOffsetsPartitionResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if version <= 0 {
            value.oldStyleOffsets = (0..<values.count()).map { _ in values.integer(Int64.self) }
        }
        if version >= 1 {
            value.timestamp = values.integer(Int64.self)
        }
        if version >= 1 {
            value.offset = values.integer(Int64.self)
        }
        if version >= 4 {
            value.leaderEpoch = values.integer(Int32.self)
        }
        return value
    }
}
