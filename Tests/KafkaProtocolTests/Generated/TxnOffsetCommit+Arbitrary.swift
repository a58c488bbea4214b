// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension TxnOffsetCommitRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.transactionalId = values.string()
        value.groupId = values.string()
        value.producerId = values.integer(Int64.self)
        value.producerEpoch = values.integer(Int16.self)
        if version >= 3 {
            value.generationId = values.integer(Int32.self)
        }
        if version >= 3 {
            value.memberId = values.string()
        }
        if version >= 3 {
            if values.coin() {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = values.string()
            }
        }
        value.topics = (0..<values.count()).map { _ in TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.committedOffset = values.integer(Int64.self)
        if version >= 2 {
            value.committedLeaderEpoch = values.integer(Int32.self)
        }
        if values.coin() {
            value.committedMetadata = nil
        } else {
            value.committedMetadata = values.string()
        }
        return value
    }
}

extension TxnOffsetCommitResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
