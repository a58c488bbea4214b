// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension FindCoordinatorRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 3 {
            value.key = values.string()
        }
        if version >= 1 {
            value.keyType = values.integer(Int8.self)
        }
        if version >= 4 {
            value.coordinatorKeys = (0..<values.count()).map { _ in values.string() }
        }
        return value
    }
}

extension FindCoordinatorResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        if version <= 3 {
            value.errorCode = values.integer(Int16.self)
        }
        if (1...3).contains(version) {
            if values.coin() {
                value.errorMessage = nil
            } else {
                value.errorMessage = values.string()
            }
        }
        if version <= 3 {
            value.nodeId = values.integer(Int32.self)
        }
        if version <= 3 {
            value.host = values.string()
        }
        if version <= 3 {
            value.port = values.integer(Int32.self)
        }
        if version >= 4 {
            value.coordinators = (0..<values.count()).map { _ in FindCoordinatorResponse.Coordinator.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension FindCoordinatorResponse.Coordinator {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 4 {
            value.key = values.string()
        }
        if version >= 4 {
            value.nodeId = values.integer(Int32.self)
        }
        if version >= 4 {
            value.host = values.string()
        }
        if version >= 4 {
            value.port = values.integer(Int32.self)
        }
        if version >= 4 {
            value.errorCode = values.integer(Int16.self)
        }
        if version >= 4 {
            if values.coin() {
                value.errorMessage = nil
            } else {
                value.errorMessage = values.string()
            }
        }
        return value
    }
}
