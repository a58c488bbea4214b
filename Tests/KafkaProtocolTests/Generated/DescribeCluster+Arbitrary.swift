// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension DescribeClusterRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.includeClusterAuthorizedOperations = values.coin()
        if version >= 1 {
            value.endpointType = values.integer(Int8.self)
        }
        return value
    }
}

extension DescribeClusterResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        if version >= 1 {
            value.endpointType = values.integer(Int8.self)
        }
        value.clusterId = values.string()
        value.controllerId = values.integer(Int32.self)
        value.brokers = (0..<values.count()).map { _ in DescribeClusterResponse.DescribeClusterBroker.arbitrary(version: version, using: &values) }
        value.clusterAuthorizedOperations = values.integer(Int32.self)
        return value
    }
}

extension DescribeClusterResponse.DescribeClusterBroker {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.brokerId = values.integer(Int32.self)
        value.host = values.string()
        value.port = values.integer(Int32.self)
        if values.coin() {
            value.rack = nil
        } else {
            value.rack = values.string()
        }
        return value
    }
}
