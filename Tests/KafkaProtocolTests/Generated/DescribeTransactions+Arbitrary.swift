// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeTransactionsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.transactionalIds = (0..<values.count()).map { _ in values.string() }
        return value
    }
}

extension DescribeTransactionsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.transactionStates = (0..<values.count()).map { _ in DescribeTransactionsResponse.TransactionState.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeTransactionsResponse.TransactionState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.transactionalId = values.string()
        value.transactionState = values.string()
        value.transactionTimeoutMs = values.integer(Int32.self)
        value.transactionStartTimeMs = values.integer(Int64.self)
        value.producerId = values.integer(Int64.self)
        value.producerEpoch = values.integer(Int16.self)
        value.topics = (0..<values.count()).map { _ in DescribeTransactionsResponse.TopicData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeTransactionsResponse.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topic = values.string()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}
