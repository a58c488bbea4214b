// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ReadShareGroupStateRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.topics = (0..<values.count()).map { _ in ReadShareGroupStateRequest.ReadStateData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateRequest.ReadStateData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in ReadShareGroupStateRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension ReadShareGroupStateResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.results = (0..<values.count()).map { _ in ReadShareGroupStateResponse.ReadStateResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateResponse.ReadStateResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in ReadShareGroupStateResponse.PartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateResponse.PartitionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.stateEpoch = values.integer(Int32.self)
        value.startOffset = values.integer(Int64.self)
        value.stateBatches = (0..<values.count()).map { _ in ReadShareGroupStateResponse.StateBatch.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateResponse.StateBatch {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.firstOffset = values.integer(Int64.self)
        value.lastOffset = values.integer(Int64.self)
        value.deliveryState = values.integer(Int8.self)
        value.deliveryCount = values.integer(Int16.self)
        return value
    }
}
