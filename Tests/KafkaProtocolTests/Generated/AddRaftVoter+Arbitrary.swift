// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AddRaftVoterRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.clusterId = nil
        } else {
            value.clusterId = values.string()
        }
        value.timeoutMs = values.integer(Int32.self)
        value.voterId = values.integer(Int32.self)
        value.voterDirectoryId = values.uuid()
        value.listeners = (0..<values.count()).map { _ in AddRaftVoterRequest.Listener.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AddRaftVoterRequest.Listener {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.host = values.string()
        value.port = values.integer(UInt16.self)
        return value
    }
}

extension AddRaftVoterResponse {
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
