// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension WriteShareGroupStateRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.topics = (0..<values.count()).map { _ in WriteShareGroupStateRequest.WriteStateData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteShareGroupStateRequest.WriteStateData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in WriteShareGroupStateRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteShareGroupStateRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        value.stateEpoch = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        value.startOffset = values.integer(Int64.self)
        value.stateBatches = (0..<values.count()).map { _ in WriteShareGroupStateRequest.StateBatch.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteShareGroupStateRequest.StateBatch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.firstOffset = values.integer(Int64.self)
        value.lastOffset = values.integer(Int64.self)
        value.deliveryState = values.integer(Int8.self)
        value.deliveryCount = values.integer(Int16.self)
        return value
    }
}

extension WriteShareGroupStateResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.results = (0..<values.count()).map { _ in WriteShareGroupStateResponse.WriteStateResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteShareGroupStateResponse.WriteStateResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in WriteShareGroupStateResponse.PartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteShareGroupStateResponse.PartitionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
