// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ExpireDelegationTokenRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.hmac = values.bytes()
        value.expiryTimePeriodMs = values.integer(Int64.self)
        return value
    }
}

extension ExpireDelegationTokenResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.expiryTimestampMs = values.integer(Int64.self)
        value.throttleTimeMs = values.integer(Int32.self)
        return value
    }
}
