// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension CreatePartitionsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topics = (0..<values.count()).map { _ in CreatePartitionsRequest.CreatePartitionsTopic.arbitrary(version: version, using: &values) }
        value.timeoutMs = values.integer(Int32.self)
        value.validateOnly = values.coin()
        return value
    }
}

extension CreatePartitionsRequest.CreatePartitionsTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.count = values.integer(Int32.self)
        if values.coin() {
            value.assignments = nil
        } else {
            value.assignments = (0..<values.count()).map { _ in CreatePartitionsRequest.CreatePartitionsAssignment.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension CreatePartitionsRequest.CreatePartitionsAssignment {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.brokerIds = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension CreatePartitionsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.results = (0..<values.count()).map { _ in CreatePartitionsResponse.CreatePartitionsTopicResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension CreatePartitionsResponse.CreatePartitionsTopicResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
