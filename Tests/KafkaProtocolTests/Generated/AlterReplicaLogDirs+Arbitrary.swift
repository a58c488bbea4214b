// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AlterReplicaLogDirsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.dirs = (0..<values.count()).map { _ in AlterReplicaLogDirsRequest.AlterReplicaLogDir.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterReplicaLogDirsRequest.AlterReplicaLogDir {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.path = values.string()
        value.topics = (0..<values.count()).map { _ in AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension AlterReplicaLogDirsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.results = (0..<values.count()).map { _ in AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitions = (0..<values.count()).map { _ in AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
