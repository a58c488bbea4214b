// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension InitProducerIdRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.transactionalId = nil
        } else {
            value.transactionalId = values.string()
        }
        value.transactionTimeoutMs = values.integer(Int32.self)
        if version >= 3 {
            value.producerId = values.integer(Int64.self)
        }
        if version >= 3 {
            value.producerEpoch = values.integer(Int16.self)
        }
        return value
    }
}

extension InitProducerIdResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.producerId = values.integer(Int64.self)
        value.producerEpoch = values.integer(Int16.self)
        return value
    }
}
