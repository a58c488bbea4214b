// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension OffsetDeleteRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.topics = (0..<values.count()).map { _ in OffsetDeleteRequest.OffsetDeleteRequestTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetDeleteRequest.OffsetDeleteRequestTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in OffsetDeleteRequest.OffsetDeleteRequestPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetDeleteRequest.OffsetDeleteRequestPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        return value
    }
}

extension OffsetDeleteResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.throttleTimeMs = values.integer(Int32.self)
        value.topics = (0..<values.count()).map { _ in OffsetDeleteResponse.OffsetDeleteResponseTopic.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetDeleteResponse.OffsetDeleteResponseTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in OffsetDeleteResponse.OffsetDeleteResponsePartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension OffsetDeleteResponse.OffsetDeleteResponsePartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
