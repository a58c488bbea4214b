// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension InitializeShareGroupStateRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.topics = (0..<values.count()).map { _ in InitializeShareGroupStateRequest.InitializeStateData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension InitializeShareGroupStateRequest.InitializeStateData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in InitializeShareGroupStateRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension InitializeShareGroupStateRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        value.stateEpoch = values.integer(Int32.self)
        value.startOffset = values.integer(Int64.self)
        return value
    }
}

extension InitializeShareGroupStateResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.results = (0..<values.count()).map { _ in InitializeShareGroupStateResponse.InitializeStateResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension InitializeShareGroupStateResponse.InitializeStateResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in InitializeShareGroupStateResponse.PartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension InitializeShareGroupStateResponse.PartitionResult {
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
