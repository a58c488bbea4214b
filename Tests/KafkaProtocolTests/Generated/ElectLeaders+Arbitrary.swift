// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ElectLeadersRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.electionType = values.integer(Int8.self)
        }
        if values.coin() {
            value.topicPartitions = nil
        } else {
            value.topicPartitions = (0..<values.count()).map { _ in ElectLeadersRequest.TopicPartitions.arbitrary(version: version, using: &values) }
        }
        value.timeoutMs = values.integer(Int32.self)
        return value
    }
}

extension ElectLeadersRequest.TopicPartitions {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topic = values.string()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension ElectLeadersResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        if version >= 1 {
            value.errorCode = values.integer(Int16.self)
        }
        value.replicaElectionResults = (0..<values.count()).map { _ in ElectLeadersResponse.ReplicaElectionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ElectLeadersResponse.ReplicaElectionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topic = values.string()
        value.partitionResult = (0..<values.count()).map { _ in ElectLeadersResponse.PartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ElectLeadersResponse.PartitionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionId = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
