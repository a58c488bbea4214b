// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeProducersRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topics = (0..<values.count()).map { _ in DescribeProducersRequest.TopicRequest.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeProducersRequest.TopicRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitionIndexes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension DescribeProducersResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in DescribeProducersResponse.TopicResponse.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeProducersResponse.TopicResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in DescribeProducersResponse.PartitionResponse.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeProducersResponse.PartitionResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.activeProducers = (0..<values.count()).map { _ in DescribeProducersResponse.ProducerState.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeProducersResponse.ProducerState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.producerId = values.integer(Int64.self)
        value.producerEpoch = values.integer(Int32.self)
        value.lastSequence = values.integer(Int32.self)
        value.lastTimestamp = values.integer(Int64.self)
        value.coordinatorEpoch = values.integer(Int32.self)
        value.currentTxnStartOffset = values.integer(Int64.self)
        return value
    }
}
