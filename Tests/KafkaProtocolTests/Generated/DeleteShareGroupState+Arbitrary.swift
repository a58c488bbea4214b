// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DeleteShareGroupStateRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.groupId = values.string()
        value.topics = (0..<values.count()).map { _ in DeleteShareGroupStateRequest.DeleteStateData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteShareGroupStateRequest.DeleteStateData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in DeleteShareGroupStateRequest.PartitionData.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteShareGroupStateRequest.PartitionData {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        return value
    }
}

extension DeleteShareGroupStateResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.results = (0..<values.count()).map { _ in DeleteShareGroupStateResponse.DeleteStateResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteShareGroupStateResponse.DeleteStateResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicId = values.uuid()
        value.partitions = (0..<values.count()).map { _ in DeleteShareGroupStateResponse.PartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DeleteShareGroupStateResponse.PartitionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partition = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
