// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension CreateTopicsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topics = (0..<values.count()).map { _ in CreateTopicsRequest.CreatableTopic.arbitrary(version: version, using: &values) }
        value.timeoutMs = values.integer(Int32.self)
        if version >= 1 {
            value.validateOnly = values.coin()
        }
        return value
    }
}

extension CreateTopicsRequest.CreatableTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.numPartitions = values.integer(Int32.self)
        value.replicationFactor = values.integer(Int16.self)
        value.assignments = (0..<values.count()).map { _ in CreateTopicsRequest.CreatableReplicaAssignment.arbitrary(version: version, using: &values) }
        value.configs = (0..<values.count()).map { _ in CreateTopicsRequest.CreatableTopicConfig.arbitrary(version: version, using: &values) }
        return value
    }
}

extension CreateTopicsRequest.CreatableReplicaAssignment {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.brokerIds = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension CreateTopicsRequest.CreatableTopicConfig {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        if values.coin() {
            value.value = nil
        } else {
            value.value = values.string()
        }
        return value
    }
}

extension CreateTopicsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 2 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.topics = (0..<values.count()).map { _ in CreateTopicsResponse.CreatableTopicResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension CreateTopicsResponse.CreatableTopicResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        if version >= 7 {
            value.topicId = values.uuid()
        }
        value.errorCode = values.integer(Int16.self)
        if version >= 1 {
            if values.coin() {
                value.errorMessage = nil
            } else {
                value.errorMessage = values.string()
            }
        }
        if version >= 5 {
            value.topicConfigErrorCode = values.integer(Int16.self)
        }
        if version >= 5 {
            value.numPartitions = values.integer(Int32.self)
        }
        if version >= 5 {
            value.replicationFactor = values.integer(Int16.self)
        }
        if version >= 5 {
            if values.coin() {
                value.configs = nil
            } else {
                value.configs = (0..<values.count()).map { _ in CreateTopicsResponse.CreatableTopicConfigs.arbitrary(version: version, using: &values) }
            }
        }
        return value
    }
}

extension CreateTopicsResponse.CreatableTopicConfigs {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 5 {
            value.name = values.string()
        }
        if version >= 5 {
            if values.coin() {
                value.value = nil
            } else {
                value.value = values.string()
            }
        }
        if version >= 5 {
            value.readOnly = values.coin()
        }
        if version >= 5 {
            value.configSource = values.integer(Int8.self)
        }
        if version >= 5 {
            value.isSensitive = values.coin()
        }
        return value
    }
}
