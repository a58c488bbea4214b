// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AssignReplicasToDirsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.brokerId = values.integer(Int32.self)
        value.brokerEpoch = values.integer(Int64.self)
        value.directories = (0..<values.count()).map { _ in AssignReplicasToDirsRequest.DirectoryData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AssignReplicasToDirsRequest.DirectoryData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.id = values.uuid()
        value.topics = (0..<values.count()).map { _ in AssignReplicasToDirsRequest.TopicData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AssignReplicasToDirsRequest.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in AssignReplicasToDirsRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AssignReplicasToDirsRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        return value
    }
}

extension AssignReplicasToDirsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.directories = (0..<values.count()).map { _ in AssignReplicasToDirsResponse.DirectoryData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AssignReplicasToDirsResponse.DirectoryData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.id = values.uuid()
        value.topics = (0..<values.count()).map { _ in AssignReplicasToDirsResponse.TopicData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AssignReplicasToDirsResponse.TopicData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in AssignReplicasToDirsResponse.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AssignReplicasToDirsResponse.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
