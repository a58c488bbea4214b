// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension WriteTxnMarkersRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.markers = (0..<values.count()).map { _ in WriteTxnMarkersRequest.WritableTxnMarker.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteTxnMarkersRequest.WritableTxnMarker {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.producerId = values.integer(Int64.self)
        value.producerEpoch = values.integer(Int16.self)
        value.transactionResult = values.coin()
        value.topics = (0..<values.count()).map { _ in WriteTxnMarkersRequest.WritableTxnMarkerTopic.arbitrary(version: version, using: &values) }
        value.coordinatorEpoch = values.integer(Int32.self)
        return value
    }
}

extension WriteTxnMarkersRequest.WritableTxnMarkerTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitionIndexes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension WriteTxnMarkersResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.markers = (0..<values.count()).map { _ in WriteTxnMarkersResponse.WritableTxnMarkerResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.producerId = values.integer(Int64.self)
        value.topics = (0..<values.count()).map { _ in WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerTopicResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
