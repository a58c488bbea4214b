// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension MetadataRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 1 && values.coin() {
            value.topics = nil
        } else {
            value.topics = (0..<values.count()).map { _ in MetadataRequest.MetadataRequestTopic.arbitrary(version: version, using: &values) }
        }
        if version >= 4 {
            value.allowAutoTopicCreation = values.coin()
        }
        if (8...10).contains(version) {
            value.includeClusterAuthorizedOperations = values.coin()
        }
        if version >= 8 {
            value.includeTopicAuthorizedOperations = values.coin()
        }
        return value
    }
}

extension MetadataRequest.MetadataRequestTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 10 {
            value.topicId = values.uuid()
        }
        if version >= 10 && values.coin() {
            value.name = nil
        } else {
            value.name = values.string()
        }
        return value
    }
}

extension MetadataResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        value.brokers = (0..<values.count()).map { _ in MetadataResponse.MetadataResponseBroker.arbitrary(version: version, using: &values) }
        if version >= 2 {
            if values.coin() {
                value.clusterId = nil
            } else {
                value.clusterId = values.string()
            }
        }
        if version >= 1 {
            value.controllerId = values.integer(Int32.self)
        }
        value.topics = (0..<values.count()).map { _ in MetadataResponse.MetadataResponseTopic.arbitrary(version: version, using: &values) }
        if (8...10).contains(version) {
            value.clusterAuthorizedOperations = values.integer(Int32.self)
        }
        return value
    }
}

extension MetadataResponse.MetadataResponseBroker {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.nodeId = values.integer(Int32.self)
        value.host = values.string()
        value.port = values.integer(Int32.self)
        if version >= 1 {
            if values.coin() {
                value.rack = nil
            } else {
                value.rack = values.string()
            }
        }
        return value
    }
}

extension MetadataResponse.MetadataResponseTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        if version >= 12 && values.coin() {
            value.name = nil
        } else {
            value.name = values.string()
        }
        if version >= 10 {
            value.topicId = values.uuid()
        }
        if version >= 1 {
            value.isInternal = values.coin()
        }
        value.partitions = (0..<values.count()).map { _ in MetadataResponse.MetadataResponsePartition.arbitrary(version: version, using: &values) }
        if version >= 8 {
            value.topicAuthorizedOperations = values.integer(Int32.self)
        }
        return value
    }
}

extension MetadataResponse.MetadataResponsePartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.partitionIndex = values.integer(Int32.self)
        value.leaderId = values.integer(Int32.self)
        if version >= 7 {
            value.leaderEpoch = values.integer(Int32.self)
        }
        value.replicaNodes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        value.isrNodes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        if version >= 5 {
            value.offlineReplicas = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        return value
    }
}
