// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension LeaveGroupRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        if version <= 2 {
            value.memberId = values.string()
        }
        if version >= 3 {
            value.members = (0..<values.count()).map { _ in LeaveGroupRequest.MemberIdentity.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension LeaveGroupRequest.MemberIdentity {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.memberId = values.string()
        }
        if version >= 3 {
            if values.coin() {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = values.string()
            }
        }
        if version >= 5 {
            if values.coin() {
                value.reason = nil
            } else {
                value.reason = values.string()
            }
        }
        return value
    }
}

extension LeaveGroupResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.errorCode = values.integer(Int16.self)
        if version >= 3 {
            value.members = (0..<values.count()).map { _ in LeaveGroupResponse.MemberResponse.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension LeaveGroupResponse.MemberResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.memberId = values.string()
        }
        if version >= 3 {
            if values.coin() {
                value.groupInstanceId = nil
            } else {
                value.groupInstanceId = values.string()
            }
        }
        if version >= 3 {
            value.errorCode = values.integer(Int16.self)
        }
        return value
    }
}
