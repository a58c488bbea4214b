// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension GetTelemetrySubscriptionsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.clientInstanceId = values.uuid()
        return value
    }
}

extension GetTelemetrySubscriptionsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.clientInstanceId = values.uuid()
        value.subscriptionId = values.integer(Int32.self)
        value.acceptedCompressionTypes = (0..<values.count()).map { _ in values.integer(Int8.self) }
        value.pushIntervalMs = values.integer(Int32.self)
        value.telemetryMaxBytes = values.integer(Int32.self)
        value.deltaTemporality = values.coin()
        value.requestedMetrics = (0..<values.count()).map { _ in values.string() }
        return value
    }
}
