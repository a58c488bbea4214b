// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeUserScramCredentialsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.users = nil
        } else {
            value.users = (0..<values.count()).map { _ in DescribeUserScramCredentialsRequest.UserName.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension DescribeUserScramCredentialsRequest.UserName {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        return value
    }
}

extension DescribeUserScramCredentialsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.results = (0..<values.count()).map { _ in DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.user = values.string()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.credentialInfos = (0..<values.count()).map { _ in DescribeUserScramCredentialsResponse.CredentialInfo.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeUserScramCredentialsResponse.CredentialInfo {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.mechanism = values.integer(Int8.self)
        value.iterations = values.integer(Int32.self)
        return value
    }
}
