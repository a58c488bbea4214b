// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ListTransactionsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.stateFilters = (0..<values.count()).map { _ in values.string() }
        value.producerIdFilters = (0..<values.count()).map { _ in values.integer(Int64.self) }
        if version >= 1 {
            value.durationFilter = values.integer(Int64.self)
        }
        return value
    }
}

extension ListTransactionsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.unknownStateFilters = (0..<values.count()).map { _ in values.string() }
        value.transactionStates = (0..<values.count()).map { _ in ListTransactionsResponse.TransactionState.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ListTransactionsResponse.TransactionState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.transactionalId = values.string()
        value.producerId = values.integer(Int64.self)
        value.transactionState = values.string()
        return value
    }
}
