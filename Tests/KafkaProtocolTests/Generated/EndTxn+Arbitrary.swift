// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension EndTxnRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.transactionalId = values.string()
        value.producerId = values.integer(Int64.self)
        value.producerEpoch = values.integer(Int16.self)
        value.committed = values.coin()
        return value
    }
}

extension EndTxnResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if version >= 5 {
            value.producerId = values.integer(Int64.self)
        }
        if version >= 5 {
            value.producerEpoch = values.integer(Int16.self)
        }
        return value
    }
}
