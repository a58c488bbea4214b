// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension BrokerHeartbeatRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.brokerId = values.integer(Int32.self)
        value.brokerEpoch = values.integer(Int64.self)
        value.currentMetadataOffset = values.integer(Int64.self)
        value.wantFence = values.coin()
        value.wantShutDown = values.coin()
        if version >= 1 {
            value.offlineLogDirs = (0..<values.count()).map { _ in values.uuid() }
        }
        return value
    }
}

extension BrokerHeartbeatResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.isCaughtUp = values.coin()
        value.isFenced = values.coin()
        value.shouldShutDown = values.coin()
        return value
    }
}
