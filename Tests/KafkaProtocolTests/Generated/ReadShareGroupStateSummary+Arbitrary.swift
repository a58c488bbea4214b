// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ReadShareGroupStateSummaryRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.topics = (0..<values.count()).map { _ in ReadShareGroupStateSummaryRequest.ReadStateSummaryData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateSummaryRequest.ReadStateSummaryData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in ReadShareGroupStateSummaryRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateSummaryRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        return value
    }
}

extension ReadShareGroupStateSummaryResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.results = (0..<values.count()).map { _ in ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateSummaryResponse.ReadStateSummaryResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in ReadShareGroupStateSummaryResponse.PartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ReadShareGroupStateSummaryResponse.PartitionResult {
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
        return value
    }
}
