// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension BrokerRegistrationRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.brokerId = values.integer(Int32.self)
        value.clusterId = values.string()
        value.incarnationId = values.uuid()
        value.listeners = (0..<values.count()).map { _ in BrokerRegistrationRequest.Listener.arbitrary(version: version, using: &values) }
        value.features = (0..<values.count()).map { _ in BrokerRegistrationRequest.Feature.arbitrary(version: version, using: &values) }
        if values.coin() {
            value.rack = nil
        } else {
            value.rack = values.string()
        }
        if version >= 1 {
            value.isMigratingZkBroker = values.coin()
        }
        if version >= 2 {
            value.logDirs = (0..<values.count()).map { _ in values.uuid() }
        }
        if version >= 3 {
            value.previousBrokerEpoch = values.integer(Int64.self)
        }
        return value
    }
}

extension BrokerRegistrationRequest.Listener {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.host = values.string()
        value.port = values.integer(UInt16.self)
        value.securityProtocol = values.integer(Int16.self)
        return value
    }
}

extension BrokerRegistrationRequest.Feature {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.minSupportedVersion = values.integer(Int16.self)
        value.maxSupportedVersion = values.integer(Int16.self)
        return value
    }
}

extension BrokerRegistrationResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.brokerEpoch = values.integer(Int64.self)
        return value
    }
}
