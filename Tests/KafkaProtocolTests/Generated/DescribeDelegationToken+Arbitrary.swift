// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeDelegationTokenRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.owners = nil
        } else {
            value.owners = (0..<values.count()).map { _ in DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension DescribeDelegationTokenRequest.DescribeDelegationTokenOwner {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.principalType = values.string()
        value.principalName = values.string()
        return value
    }
}

extension DescribeDelegationTokenResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.tokens = (0..<values.count()).map { _ in DescribeDelegationTokenResponse.DescribedDelegationToken.arbitrary(version: version, using: &values) }
        value.throttleTimeMs = values.integer(Int32.self)
        return value
    }
}

extension DescribeDelegationTokenResponse.DescribedDelegationToken {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.principalType = values.string()
        value.principalName = values.string()
        if version >= 3 {
            value.tokenRequesterPrincipalType = values.string()
        }
        if version >= 3 {
            value.tokenRequesterPrincipalName = values.string()
        }
        value.issueTimestamp = values.integer(Int64.self)
        value.expiryTimestamp = values.integer(Int64.self)
        value.maxTimestamp = values.integer(Int64.self)
        value.tokenId = values.string()
        value.hmac = values.bytes()
        value.renewers = (0..<values.count()).map { _ in DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.principalType = values.string()
        value.principalName = values.string()
        return value
    }
}
