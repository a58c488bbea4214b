// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension UpdateRaftVoterRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.clusterId = nil
        } else {
            value.clusterId = values.string()
        }
        value.currentLeaderEpoch = values.integer(Int32.self)
        value.voterId = values.integer(Int32.self)
        value.voterDirectoryId = values.uuid()
        value.listeners = (0..<values.count()).map { _ in UpdateRaftVoterRequest.Listener.arbitrary(version: version, using: &values) }
        value.kRaftVersionFeature = UpdateRaftVoterRequest.KRaftVersionFeature.arbitrary(version: version, using: &values)
        return value
    }
}

extension UpdateRaftVoterRequest.Listener {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.host = values.string()
        value.port = values.integer(UInt16.self)
        return value
    }
}

extension UpdateRaftVoterRequest.KRaftVersionFeature {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.minSupportedVersion = values.integer(Int16.self)
        value.maxSupportedVersion = values.integer(Int16.self)
        return value
    }
}

extension UpdateRaftVoterResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.currentLeader = UpdateRaftVoterResponse.CurrentLeader.arbitrary(version: version, using: &values)
        return value
    }
}

extension UpdateRaftVoterResponse.CurrentLeader {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.leaderId = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        value.host = values.string()
        value.port = values.integer(Int32.self)
        return value
    }
}
