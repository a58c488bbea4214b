// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension OffsetCommitRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        if version >= 1 {
            value.generationIdOrMemberEpoch = values.integer(Int32.self)
        }
        if version >= 1 {
            value.memberId = values.string()
        }
        if version >= 7 {
            if values.coin() {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = values.string()
            }
        }
        if (2...4).contains(version) {
            value.retentionTimeMs = values.integer(Int64.self)
        }
        value.topics = (0..<values.count()).map { _ in OffsetCommitRequest.OffsetCommitRequestTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetCommitRequest.OffsetCommitRequestTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in OffsetCommitRequest.OffsetCommitRequestPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetCommitRequest.OffsetCommitRequestPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.committedOffset = values.integer(Int64.self)
        if version >= 6 {
            value.committedLeaderEpoch = values.integer(Int32.self)
        }
        if version == 1 {
            value.commitTimestamp = values.integer(Int64.self)
        }
        if values.coin() {
            value.committedMetadata = nil
        } else {
            value.committedMetadata = values.string()
        }
        return value
    }
}

extension OffsetCommitResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.topics = (0..<values.count()).map { _ in OffsetCommitResponse.OffsetCommitResponseTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetCommitResponse.OffsetCommitResponseTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in OffsetCommitResponse.OffsetCommitResponsePartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetCommitResponse.OffsetCommitResponsePartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
