// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension SaslAuthenticateRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.authBytes = values.bytes()
        return value
    }
}

extension SaslAuthenticateResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.authBytes = values.bytes()
        if version >= 1 {
            value.sessionLifetimeMs = values.integer(Int64.self)
        }
        return value
    }
}
