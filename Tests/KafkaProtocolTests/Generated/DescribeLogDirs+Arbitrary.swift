// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeLogDirsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if values.coin() {
            value.topics = nil
        } else {
            value.topics = (0..<values.count()).map { _ in DescribeLogDirsRequest.DescribableLogDirTopic.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension DescribeLogDirsRequest.DescribableLogDirTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.topic = values.string()
        value.partitions = (0..<values.count()).map { _ in values.integer(Int32.self) }
        return value
    }
}

extension DescribeLogDirsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        if version >= 3 {
            value.errorCode = values.integer(Int16.self)
        }
        value.results = (0..<values.count()).map { _ in DescribeLogDirsResponse.DescribeLogDirsResult.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.logDir = values.string()
        value.topics = (0..<values.count()).map { _ in DescribeLogDirsResponse.DescribeLogDirsTopic.arbitrary(version: version, using: &values) }
        if version >= 4 {
            value.totalBytes = values.integer(Int64.self)
        }
        if version >= 4 {
            value.usableBytes = values.integer(Int64.self)
        }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsTopic {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        value.partitions = (0..<values.count()).map { _ in DescribeLogDirsResponse.DescribeLogDirsPartition.arbitrary(version: version, using: &values) }
        return value
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsPartition {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.partitionIndex = values.integer(Int32.self)
        value.partitionSize = values.integer(Int64.self)
        value.offsetLag = values.integer(Int64.self)
        value.isFutureKey = values.coin()
        return value
    }
}
