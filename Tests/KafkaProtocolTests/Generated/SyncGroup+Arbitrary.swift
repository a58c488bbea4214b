// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension SyncGroupRequest {
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
        if version >= 5 {
            if values.coin() {
                value.protocolType = nil
            } else {
                value.protocolType = values.string()
            }
        }
        if version >= 5 {
            if values.coin() {
                value.protocolName = nil
            } else {
                value.protocolName = values.string()
            }
        }
        value.assignments = (0..<values.count()).map { _ in SyncGroupRequest.SyncGroupRequestAssignment.arbitrary(version: version, using: &values) }
        return value
    }
}

extension SyncGroupRequest.SyncGroupRequestAssignment {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.memberId = values.string()
        value.assignment = values.bytes()
        return value
    }
}

extension SyncGroupResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.errorCode = values.integer(Int16.self)
        if version >= 5 {
            if values.coin() {
                value.protocolType = nil
            } else {
                value.protocolType = values.string()
            }
        }
        if version >= 5 {
            if values.coin() {
                value.protocolName = nil
            } else {
                value.protocolName = values.string()
            }
        }
        value.assignment = values.bytes()
        return value
    }
}
