// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension RequestHeader {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.requestApiKey = values.integer(Int16.self)
        value.requestApiVersion = values.integer(Int16.self)
        value.correlationId = values.integer(Int32.self)
        if version >= 1 {
            if values.coin() {
                value.clientId = nil
            } else {
                value.clientId = values.string()
            }
        }
        return value
    }
}
