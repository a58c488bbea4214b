// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ShareAcknowledgeRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.groupId = nil
        } else {
            value.groupId = values.string()
        }
        if values.coin() {
            value.memberId = nil
        } else {
            value.memberId = values.string()
        }
        value.shareSessionEpoch = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in ShareAcknowledgeRequest.AcknowledgeTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgeTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in ShareAcknowledgeRequest.AcknowledgePartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgePartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.acknowledgementBatches = (0..<values.count()).map { _ in ShareAcknowledgeRequest.AcknowledgementBatch.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareAcknowledgeRequest.AcknowledgementBatch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.firstOffset = values.integer(Int64.self)
        value.lastOffset = values.integer(Int64.self)
        value.acknowledgeTypes = (0..<values.count()).map { _ in values.integer(Int8.self) }
        return value
    }
}

extension ShareAcknowledgeResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.responses = (0..<values.count()).map { _ in ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.arbitrary(version: version, using: &values) }
        value.nodeEndpoints = (0..<values.count()).map { _ in ShareAcknowledgeResponse.NodeEndpoint.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in ShareAcknowledgeResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareAcknowledgeResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.currentLeader = ShareAcknowledgeResponse.LeaderIdAndEpoch.arbitrary(version: version, using: &values)
        return value
    }
}

extension ShareAcknowledgeResponse.LeaderIdAndEpoch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension ShareAcknowledgeResponse.NodeEndpoint {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.nodeId = values.integer(Int32.self)
        value.host = values.string()
        value.port = values.integer(Int32.self)
        if values.coin() {
            value.rack = nil
        } else {
            value.rack = values.string()
        }
        return value
    }
}
