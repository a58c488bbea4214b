// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ConsumerProtocolSubscription {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topics = (0..<values.count()).map { _ in values.string() }
        if values.coin() {
            value.userData = nil
        } else {
            value.userData = values.bytes()
        }
        if version >= 1 {
            value.ownedPartitions = (0..<values.count()).map { _ in ConsumerProtocolSubscription.TopicPartition.arbitrary(version: version, using: &values) }
        }
        if version >= 2 {
            value.generationId = values.integer(Int32.self)
        }
        if version >= 3 {
            if values.coin() {
                value.rackId = nil
            } else {
                value.rackId = values.string()
            }
        }
        return value
    }
}

extension ConsumerProtocolSubscription.TopicPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.topic = values.string()
        }
        if version >= 1 {
            value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        return value
    }
}
