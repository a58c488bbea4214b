// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ListPartitionReassignmentsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.timeoutMs = values.integer(Int32.self)
        if values.coin() {
            value.topics = nil
        } else {
            value.topics = (0..<values.count()).map { _ in ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitionIndexes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension ListPartitionReassignmentsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        value.topics = (0..<values.count()).map { _ in ListPartitionReassignmentsResponse.OngoingTopicReassignment.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ListPartitionReassignmentsResponse.OngoingTopicReassignment {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in ListPartitionReassignmentsResponse.OngoingPartitionReassignment.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ListPartitionReassignmentsResponse.OngoingPartitionReassignment {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.replicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        value.addingReplicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        value.removingReplicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}
