// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension JoinGroupRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.sessionTimeoutMs = values.integer(Int32.self)
        if version >= 1 {
            value.rebalanceTimeoutMs = values.integer(Int32.self)
        }
        value.memberId = values.string()
        if version >= 5 {
            if values.coin() {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = values.string()
            }
        }
        value.protocolType = values.string()
        value.protocols = (0..<values.count()).map { _ in JoinGroupRequest.JoinGroupRequestProtocol.arbitrary(version: version, using: &values) }
        if version >= 8 {
            if values.coin() {
                value.reason = nil
            } else {
                value.reason = values.string()
            }
        }
        return value
    }
}

extension JoinGroupRequest.JoinGroupRequestProtocol {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.metadata = values.bytes()
        return value
    }
}

extension JoinGroupResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 2 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.errorCode = values.integer(Int16.self)
        value.generationId = values.integer(Int32.self)
        if version >= 7 {
            if values.coin() {
                value.protocolType = nil
            } else {
                value.protocolType = values.string()
            }
        }
        if version >= 7 && values.coin() {
            value.protocolName = nil
        } else {
            value.protocolName = values.string()
        }
        value.leader = values.string()
        if version >= 9 {
            value.skipAssignment = values.coin()
        }
        value.memberId = values.string()
        value.members = (0..<values.count()).map { _ in JoinGroupResponse.JoinGroupResponseMember.arbitrary(version: version, using: &values) }
        return value
    }
}

extension JoinGroupResponse.JoinGroupResponseMember {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.memberId = values.string()
        if version >= 5 {
            if values.coin() {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = values.string()
            }
        }
        value.metadata = values.bytes()
        return value
    }
}
