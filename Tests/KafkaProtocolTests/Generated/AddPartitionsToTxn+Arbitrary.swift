// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension AddPartitionsToTxnRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 4 {
            value.transactions = (0..<values.count()).map { _ in AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.arbitrary(version: version, using: &values) }
        }
        if version <= 3 {
            value.v3AndBelowTransactionalId = values.string()
        }
        if version <= 3 {
            value.v3AndBelowProducerId = values.integer(Int64.self)
        }
        if version <= 3 {
            value.v3AndBelowProducerEpoch = values.integer(Int16.self)
        }
        if version <= 3 {
            value.v3AndBelowTopics = (0..<values.count()).map { _ in AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 4 {
            value.transactionalId = values.string()
        }
        if version >= 4 {
            value.producerId = values.integer(Int64.self)
        }
        if version >= 4 {
            value.producerEpoch = values.integer(Int16.self)
        }
        if version >= 4 {
            value.verifyOnly = values.coin()
        }
        if version >= 4 {
            value.topics = (0..<values.count()).map { _ in AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension AddPartitionsToTxnRequest.AddPartitionsToTxnTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension AddPartitionsToTxnResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        if version >= 4 {
            value.errorCode = values.integer(Int16.self)
        }
        if version >= 4 {
            value.resultsByTransaction = (0..<values.count()).map { _ in AddPartitionsToTxnResponse.AddPartitionsToTxnResult.arbitrary(version: version, using: &values) }
        }
        if version <= 3 {
            value.resultsByTopicV3AndBelow = (0..<values.count()).map { _ in AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 4 {
            value.transactionalId = values.string()
        }
        if version >= 4 {
            value.topicResults = (0..<values.count()).map { _ in AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.resultsByPartition = (0..<values.count()).map { _ in AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.partitionErrorCode = values.integer(Int16.self)
        return value
    }
}
