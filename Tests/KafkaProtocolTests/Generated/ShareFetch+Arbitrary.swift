// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ShareFetchRequest {
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
        value.maxWaitMs = values.integer(Int32.self)
        value.minBytes = values.integer(Int32.self)
        value.maxBytes = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in ShareFetchRequest.FetchTopic.arbitrary(version: version, using: &values) }
        value.forgottenTopicsData = (0..<values.count()).map { _ in ShareFetchRequest.ForgottenTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareFetchRequest.FetchTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in ShareFetchRequest.FetchPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareFetchRequest.FetchPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.partitionMaxBytes = values.integer(Int32.self)
        value.acknowledgementBatches = (0..<values.count()).map { _ in ShareFetchRequest.AcknowledgementBatch.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareFetchRequest.AcknowledgementBatch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.firstOffset = values.integer(Int64.self)
        value.lastOffset = values.integer(Int64.self)
        value.acknowledgeTypes = (0..<values.count()).map { _ in values.integer(Int8.self) }
        return value
    }
}

extension ShareFetchRequest.ForgottenTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension ShareFetchResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.responses = (0..<values.count()).map { _ in ShareFetchResponse.ShareFetchableTopicResponse.arbitrary(version: version, using: &values) }
        value.nodeEndpoints = (0..<values.count()).map { _ in ShareFetchResponse.NodeEndpoint.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareFetchResponse.ShareFetchableTopicResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in ShareFetchResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareFetchResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.acknowledgeErrorCode = values.integer(Int16.self)
        if values.coin() {
            value.acknowledgeErrorMessage = nil
        } else {
            value.acknowledgeErrorMessage = values.string()
        }
        value.currentLeader = ShareFetchResponse.LeaderIdAndEpoch.arbitrary(version: version, using: &values)
        if values.coin() {
            value.records = nil
        } else {
            value.records = values.bytes()
        }
        value.acquiredRecords = (0..<values.count()).map { _ in ShareFetchResponse.AcquiredRecords.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ShareFetchResponse.LeaderIdAndEpoch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension ShareFetchResponse.AcquiredRecords {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.firstOffset = values.integer(Int64.self)
        value.lastOffset = values.integer(Int64.self)
        value.deliveryCount = values.integer(Int16.self)
        return value
    }
}

extension ShareFetchResponse.NodeEndpoint {
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
