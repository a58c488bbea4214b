// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DeleteRecordsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topics = (0..<values.count()).map { _ in DeleteRecordsRequest.DeleteRecordsTopic.arbitrary(version: version, using: &values) }
        value.timeoutMs = values.integer(Int32.self)
        return value
    }
}

extension DeleteRecordsRequest.DeleteRecordsTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in DeleteRecordsRequest.DeleteRecordsPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteRecordsRequest.DeleteRecordsPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.offset = values.integer(Int64.self)
        return value
    }
}

extension DeleteRecordsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in DeleteRecordsResponse.DeleteRecordsTopicResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteRecordsResponse.DeleteRecordsTopicResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in DeleteRecordsResponse.DeleteRecordsPartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteRecordsResponse.DeleteRecordsPartitionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.lowWatermark = values.integer(Int64.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
