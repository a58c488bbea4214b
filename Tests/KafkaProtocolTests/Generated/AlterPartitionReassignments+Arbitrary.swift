// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AlterPartitionReassignmentsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.timeoutMs = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in AlterPartitionReassignmentsRequest.ReassignableTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterPartitionReassignmentsRequest.ReassignableTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in AlterPartitionReassignmentsRequest.ReassignablePartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterPartitionReassignmentsRequest.ReassignablePartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        if values.coin() {
            value.replicas = nil
        } else {
            value.replicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        return value
    }
}

extension AlterPartitionReassignmentsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.responses = (0..<values.count()).map { _ in AlterPartitionReassignmentsResponse.ReassignableTopicResponse.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterPartitionReassignmentsResponse.ReassignableTopicResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterPartitionReassignmentsResponse.ReassignablePartitionResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
