// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ControllerRegistrationRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.controllerId = values.integer(Int32.self)
        value.incarnationId = values.uuid()
        value.zkMigrationReady = values.coin()
        value.listeners = (0..<values.count()).map { _ in ControllerRegistrationRequest.Listener.arbitrary(version: version, using: &values) }
        value.features = (0..<values.count()).map { _ in ControllerRegistrationRequest.Feature.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ControllerRegistrationRequest.Listener {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.host = values.string()
        value.port = values.integer(UInt16.self)
        value.securityProtocol = values.integer(Int16.self)
        return value
    }
}

extension ControllerRegistrationRequest.Feature {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.minSupportedVersion = values.integer(Int16.self)
        value.maxSupportedVersion = values.integer(Int16.self)
        return value
    }
}

extension ControllerRegistrationResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
