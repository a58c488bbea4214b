// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension UpdateMetadataRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.controllerId = values.integer(Int32.self)
        if version >= 8 {
            value.isKRaftController = values.coin()
        }
        if version >= 8 {
            value.type = values.integer(Int8.self)
        }
        value.controllerEpoch = values.integer(Int32.self)
        if version >= 5 {
            value.brokerEpoch = values.integer(Int64.self)
        }
        if version <= 4 {
            value.ungroupedPartitionStates = (0..<values.count()).map { _ in UpdateMetadataRequest.UpdateMetadataPartitionState.arbitrary(version: version, using: &values) }
        }
        if version >= 5 {
            value.topicStates = (0..<values.count()).map { _ in UpdateMetadataRequest.UpdateMetadataTopicState.arbitrary(version: version, using: &values) }
        }
        value.liveBrokers = (0..<values.count()).map { _ in UpdateMetadataRequest.UpdateMetadataBroker.arbitrary(version: version, using: &values) }
        return value
    }
}

extension UpdateMetadataRequest.UpdateMetadataTopicState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 5 {
            value.topicName = values.string()
        }
        if version >= 7 {
            value.topicId = values.uuid()
        }
        if version >= 5 {
            value.partitionStates = (0..<values.count()).map { _ in UpdateMetadataRequest.UpdateMetadataPartitionState.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension UpdateMetadataRequest.UpdateMetadataBroker {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.id = values.integer(Int32.self)
        if version <= 0 {
            value.v0Host = values.string()
        }
        if version <= 0 {
            value.v0Port = values.integer(Int32.self)
        }
        if version >= 1 {
            value.endpoints = (0..<values.count()).map { _ in UpdateMetadataRequest.UpdateMetadataEndpoint.arbitrary(version: version, using: &values) }
        }
        if version >= 2 {
            if values.coin() {
                value.rack = nil
            } else {
                value.rack = values.string()
            }
        }
        return value
    }
}

extension UpdateMetadataRequest.UpdateMetadataEndpoint {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 {
            value.port = values.integer(Int32.self)
        }
        if version >= 1 {
            value.host = values.string()
        }
        if version >= 3 {
            value.listener = values.string()
        }
        if version >= 1 {
            value.securityProtocol = values.integer(Int16.self)
        }
        return value
    }
}

extension UpdateMetadataRequest.UpdateMetadataPartitionState {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 4 {
            value.topicName = values.string()
        }
        value.partitionIndex = values.integer(Int32.self)
        value.controllerEpoch = values.integer(Int32.self)
        value.leader = values.integer(Int32.self)
        value.leaderEpoch = values.integer(Int32.self)
        value.isr = (0..<values.count()).map { _ in values.integer(Int32.self) }
        value.zkVersion = values.integer(Int32.self)
        value.replicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        if version >= 4 {
            value.offlineReplicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        return value
    }
}

extension UpdateMetadataResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        return value
    }
}
