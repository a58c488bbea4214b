// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AlterUserScramCredentialsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.deletions = (0..<values.count()).map { _ in AlterUserScramCredentialsRequest.ScramCredentialDeletion.arbitrary(version: version, using: &values) }
        value.upsertions = (0..<values.count()).map { _ in AlterUserScramCredentialsRequest.ScramCredentialUpsertion.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterUserScramCredentialsRequest.ScramCredentialDeletion {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.mechanism = values.integer(Int8.self)
        return value
    }
}

extension AlterUserScramCredentialsRequest.ScramCredentialUpsertion {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.mechanism = values.integer(Int8.self)
        value.iterations = values.integer(Int32.self)
        value.salt = values.bytes()
        value.saltedPassword = values.bytes()
        return value
    }
}

extension AlterUserScramCredentialsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.results = (0..<values.count()).map { _ in AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.user = values.string()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
