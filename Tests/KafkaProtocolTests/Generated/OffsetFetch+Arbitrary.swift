// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension OffsetFetchRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 7 {
            value.groupId = values.string()
        }
        if version <= 7 {
            if version >= 2 && values.coin() {
                value.topics = nil
            } else {
                value.topics = (0..<values.count()).map { _ in OffsetFetchRequest.OffsetFetchRequestTopic.arbitrary(version: version, using: &values) }
            }
        }
        if version >= 8 {
            value.groups = (0..<values.count()).map { _ in OffsetFetchRequest.OffsetFetchRequestGroup.arbitrary(version: version, using: &values) }
        }
        if version >= 7 {
            value.requireStable = values.coin()
        }
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 7 {
            value.name = values.string()
        }
        if version <= 7 {
            value.partitionIndexes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestGroup {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 8 {
            value.groupId = values.string()
        }
        if version >= 9 {
            if values.coin() {
                value.memberId = nil
            } else {
                value.memberId = values.string()
            }
        }
        if version >= 9 {
            value.memberEpoch = values.integer(Int32.self)
        }
        if version >= 8 {
            if values.coin() {
                value.topics = nil
            } else {
                value.topics = (0..<values.count()).map { _ in OffsetFetchRequest.OffsetFetchRequestTopics.arbitrary(version: version, using: &values) }
            }
        }
        return value
    }
}

extension OffsetFetchRequest.OffsetFetchRequestTopics {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 8 {
            value.name = values.string()
        }
        if version >= 8 {
            value.partitionIndexes = (0..<values.count()).map { _ in values.integer(Int32.self) }
        }
        return value
    }
}

extension OffsetFetchResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        if version <= 7 {
            value.topics = (0..<values.count()).map { _ in OffsetFetchResponse.OffsetFetchResponseTopic.arbitrary(version: version, using: &values) }
        }
        if (2...7).contains(version) {
            value.errorCode = values.integer(Int16.self)
        }
        if version >= 8 {
            value.groups = (0..<values.count()).map { _ in OffsetFetchResponse.OffsetFetchResponseGroup.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 7 {
            value.name = values.string()
        }
        if version <= 7 {
            value.partitions = (0..<values.count()).map { _ in OffsetFetchResponse.OffsetFetchResponsePartition.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponsePartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version <= 7 {
            value.partitionIndex = values.integer(Int32.self)
        }
        if version <= 7 {
            value.committedOffset = values.integer(Int64.self)
        }
        if (5...7).contains(version) {
            value.committedLeaderEpoch = values.integer(Int32.self)
        }
        if version <= 7 {
            if values.coin() {
                value.metadata = nil
            } else {
                value.metadata = values.string()
            }
        }
        if version <= 7 {
            value.errorCode = values.integer(Int16.self)
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseGroup {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 8 {
            value.groupId = values.string()
        }
        if version >= 8 {
            value.topics = (0..<values.count()).map { _ in OffsetFetchResponse.OffsetFetchResponseTopics.arbitrary(version: version, using: &values) }
        }
        if version >= 8 {
            value.errorCode = values.integer(Int16.self)
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponseTopics {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 8 {
            value.name = values.string()
        }
        if version >= 8 {
            value.partitions = (0..<values.count()).map { _ in OffsetFetchResponse.OffsetFetchResponsePartitions.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension OffsetFetchResponse.OffsetFetchResponsePartitions {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 8 {
            value.partitionIndex = values.integer(Int32.self)
        }
        if version >= 8 {
            value.committedOffset = values.integer(Int64.self)
        }
        if version >= 8 {
            value.committedLeaderEpoch = values.integer(Int32.self)
        }
        if version >= 8 {
            if values.coin() {
                value.metadata = nil
            } else {
                value.metadata = values.string()
            }
        }
        if version >= 8 {
            value.errorCode = values.integer(Int16.self)
        }
        return value
    }
}
