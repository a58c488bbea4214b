// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ConsumerProtocolAssignment {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.assignedPartitions = (0..<values.count()).map { _ in ConsumerProtocolAssignment.TopicPartition.arbitrary(version: version, using: &values) }
        if values.coin() {
            value.userData = nil
        } else {
            value.userData = values.bytes()
        }
        return value
    }
}

extension ConsumerProtocolAssignment.TopicPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topic = values.string()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}
