// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ControlledShutdownRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.brokerId = values.integer(Int32.self)
        if version >= 2 {
            value.brokerEpoch = values.integer(Int64.self)
        }
        return value
    }
}

extension ControlledShutdownResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.remainingPartitions = (0..<values.count()).map { _ in ControlledShutdownResponse.RemainingPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ControlledShutdownResponse.RemainingPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topicName = values.string()
        value.partitionIndex = values.integer(Int32.self)
        return value
    }
}
