// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AddOffsetsToTxnRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.transactionalId = values.string()
        value.producerId = values.integer(Int64.self)
        value.producerEpoch = values.integer(Int16.self)
        value.groupId = values.string()
        return value
    }
}

extension AddOffsetsToTxnResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
