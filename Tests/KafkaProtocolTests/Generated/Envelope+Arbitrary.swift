// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension EnvelopeRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.requestData = values.bytes()
        if values.coin() {
            value.requestPrincipal = nil
        } else {
            value.requestPrincipal = values.bytes()
        }
        value.clientHostAddress = values.bytes()
        return value
    }
}

extension EnvelopeResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.responseData = nil
        } else {
            value.responseData = values.bytes()
        }
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
