// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension OffsetForLeaderEpochRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.replicaId = values.integer(Int32.self)
        }
        value.topics = (0..<values.count()).map { _ in OffsetForLeaderEpochRequest.OffsetForLeaderTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetForLeaderEpochRequest.OffsetForLeaderTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topic = values.string()
        value.partitions = (0..<values.count()).map { _ in OffsetForLeaderEpochRequest.OffsetForLeaderPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetForLeaderEpochRequest.OffsetForLeaderPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        if version >= 2 {
            value.currentLeaderEpoch = values.integer(Int32.self)
        }
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension OffsetForLeaderEpochResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 2 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.topics = (0..<values.count()).map { _ in OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topic = values.string()
        value.partitions = (0..<values.count()).map { _ in OffsetForLeaderEpochResponse.EpochEndOffset.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetForLeaderEpochResponse.EpochEndOffset {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.partition = values.integer(Int32.self)
        if version >= 1 {
            value.leaderEpoch = values.integer(Int32.self)
        }
        value.endOffset = values.integer(Int64.self)
        return value
    }
}
