// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension CreateDelegationTokenRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            if values.coin() {
                value.ownerPrincipalType = nil
            } else {
                value.ownerPrincipalType = values.string()
            }
        }
        if version >= 3 {
            if values.coin() {
                value.ownerPrincipalName = nil
            } else {
                value.ownerPrincipalName = values.string()
            }
        }
        value.renewers = (0..<values.count()).map { _ in CreateDelegationTokenRequest.CreatableRenewers.arbitrary(version: version, using: &values) }
        value.maxLifetimeMs = values.integer(Int64.self)
        return value
    }
}

extension CreateDelegationTokenRequest.CreatableRenewers {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.principalType = values.string()
        value.principalName = values.string()
        return value
    }
}

extension CreateDelegationTokenResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.principalType = values.string()
        value.principalName = values.string()
        if version >= 3 {
            value.tokenRequesterPrincipalType = values.string()
        }
        if version >= 3 {
            value.tokenRequesterPrincipalName = values.string()
        }
        value.issueTimestampMs = values.integer(Int64.self)
        value.expiryTimestampMs = values.integer(Int64.self)
        value.maxTimestampMs = values.integer(Int64.self)
        value.tokenId = values.string()
        value.hmac = values.bytes()
        value.throttleTimeMs = values.integer(Int32.self)
        return value
    }
}
