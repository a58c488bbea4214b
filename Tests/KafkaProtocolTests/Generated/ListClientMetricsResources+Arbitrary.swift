// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ListClientMetricsResourcesRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        return value
    }
}

extension ListClientMetricsResourcesResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        value.clientMetricsResources = (0..<values.count()).map { _ in ListClientMetricsResourcesResponse.ClientMetricsResource.arbitrary(version: version, using: &values) }
        return value
    }
}

extension ListClientMetricsResourcesResponse.ClientMetricsResource {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.name = values.string()
        return value
    }
}
