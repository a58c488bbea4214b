// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ProduceRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            if values.coin() {
                value.transactionalId = nil
            } else {
                value.transactionalId = values.string()
            }
        }
        value.acks = values.integer(Int16.self)
        value.timeoutMs = values.integer(Int32.self)
        value.topicData = (0..<values.count()).map { _ in ProduceRequest.TopicProduceData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ProduceRequest.TopicProduceData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitionData = (0..<values.count()).map { _ in ProduceRequest.PartitionProduceData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ProduceRequest.PartitionProduceData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.index = values.integer(Int32.self)
        if values.coin() {
            value.records = nil
        } else {
            value.records = values.bytes()
        }
        return value
    }
}

extension ProduceResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.responses = (0..<values.count()).map { _ in ProduceResponse.TopicProduceResponse.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        if version >= 10 {
            value.nodeEndpoints = (0..<values.count()).map { _ in ProduceResponse.NodeEndpoint.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension ProduceResponse.TopicProduceResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitionResponses = (0..<values.count()).map { _ in ProduceResponse.PartitionProduceResponse.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ProduceResponse.PartitionProduceResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.index = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.baseOffset = values.integer(Int64.self)
        if version >= 2 {
            value.logAppendTimeMs = values.integer(Int64.self)
        }
        if version >= 5 {
            value.logStartOffset = values.integer(Int64.self)
        }
        if version >= 8 {
            value.recordErrors = (0..<values.count()).map { _ in ProduceResponse.BatchIndexAndErrorMessage.arbitrary(version: version, using: &values) }
        }
        if version >= 8 {
            if values.coin() {
                value.errorMessage = nil
            } else {
                value.errorMessage = values.string()
            }
        }
        if version >= 10 {
            value.currentLeader = ProduceResponse.LeaderIdAndEpoch.arbitrary(version: version, using: &values)
        }
        return value
    }
}

extension ProduceResponse.BatchIndexAndErrorMessage {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 8 {
            value.batchIndex = values.integer(Int32.self)
        }
        if version >= 8 {
            if values.coin() {
                value.batchIndexErrorMessage = nil
            } else {
                value.batchIndexErrorMessage = values.string()
            }
        }
        return value
    }
}

extension ProduceResponse.LeaderIdAndEpoch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 10 {
            value.leaderId = values.integer(Int32.self)
        }
        if version >= 10 {
            value.leaderEpoch = values.integer(Int32.self)
        }
        return value
    }
}

extension ProduceResponse.NodeEndpoint {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 10 {
            value.nodeId = values.integer(Int32.self)
        }
        if version >= 10 {
            value.host = values.string()
        }
        if version >= 10 {
            value.port = values.integer(Int32.self)
        }
        if version >= 10 {
            if values.coin() {
                value.rack = nil
            } else {
                value.rack = values.string()
            }
        }
        return value
    }
}
