// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension HeartbeatRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.generationId = values.integer(Int32.self)
        value.memberId = values.string()
        if version >= 3 {
            if values.coin() {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = values.string()
            }
        }
        return value
    }
}

extension HeartbeatResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
