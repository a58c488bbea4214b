// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DeleteTopicsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 6 {
            value.topics = (0..<values.count()).map { _ in DeleteTopicsRequest.DeleteTopicState.arbitrary(version: version, using: &values) }
        }
        if version <= 5 {
            value.topicNames = (0..<values.count()).map { _ in values.string() }
        }
        value.timeoutMs = values.integer(Int32.self)
        return value
    }
}

extension DeleteTopicsRequest.DeleteTopicState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 6 {
            if values.coin() {
                value.name = nil
            } else {
                value.name = values.string()
            }
        }
        if version >= 6 {
            value.topicId = values.uuid()
        }
        return value
    }
}

extension DeleteTopicsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.responses = (0..<values.count()).map { _ in DeleteTopicsResponse.DeletableTopicResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteTopicsResponse.DeletableTopicResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 6 && values.coin() {
            value.name = nil
        } else {
            value.name = values.string()
        }
        if version >= 6 {
            value.topicId = values.uuid()
        }
        value.errorCode = values.integer(Int16.self)
        if version >= 5 {
            if values.coin() {
                value.errorMessage = nil
            } else {
                value.errorMessage = values.string()
            }
        }
        return value
    }
}
