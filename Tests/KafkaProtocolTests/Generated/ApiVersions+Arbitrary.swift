// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension ApiVersionsRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.clientSoftwareName = values.string()
        }
        if version >= 3 {
            value.clientSoftwareVersion = values.string()
        }
        return value
    }
}

extension ApiVersionsResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.errorCode = values.integer(Int16.self)
        value.apiKeys = (0..<values.count()).map { _ in ApiVersionsResponse.ApiVersion.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.throttleTimeMs = values.integer(Int32.self)
        }
        if version >= 3 {
            value.supportedFeatures = (0..<values.count()).map { _ in ApiVersionsResponse.SupportedFeatureKey.arbitrary(version: version, using: &values) }
        }
        if version >= 3 {
            value.finalizedFeaturesEpoch = values.integer(Int64.self)
        }
        if version >= 3 {
            value.finalizedFeatures = (0..<values.count()).map { _ in ApiVersionsResponse.FinalizedFeatureKey.arbitrary(version: version, using: &values) }
        }
        if version >= 3 {
            value.zkMigrationReady = values.coin()
        }
        return value
    }
}

extension ApiVersionsResponse.ApiVersion {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.apiKey = values.integer(Int16.self)
        value.minVersion = values.integer(Int16.self)
        value.maxVersion = values.integer(Int16.self)
        return value
    }
}

extension ApiVersionsResponse.SupportedFeatureKey {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.name = values.string()
        }
        if version >= 3 {
            value.minVersion = values.integer(Int16.self)
        }
        if version >= 3 {
            value.maxVersion = values.integer(Int16.self)
        }
        return value
    }
}

extension ApiVersionsResponse.FinalizedFeatureKey {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        if version >= 3 {
            value.name = values.string()
        }
        if version >= 3 {
            value.maxVersionLevel = values.integer(Int16.self)
        }
        if version >= 3 {
            value.minVersionLevel = values.integer(Int16.self)
        }
        return value
    }
}
