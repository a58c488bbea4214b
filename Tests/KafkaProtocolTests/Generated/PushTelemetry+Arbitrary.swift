// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension PushTelemetryRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.clientInstanceId = values.uuid()
        value.subscriptionId = values.integer(Int32.self)
        value.terminating = values.coin()
        value.compressionType = values.integer(Int8.self)
        value.metrics = values.bytes()
        return value
    }
}

extension PushTelemetryResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
