// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore
@testable import KafkaProtocol

extension UpdateFeaturesRequest {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.timeoutMs = values.integer(Int32.self)
        value.featureUpdates = (0..<values.count()).map { _ in UpdateFeaturesRequest.FeatureUpdateKey.arbitrary(version: version, using: &values) }
        if version >= 1 {
            value.validateOnly = values.coin()
        }
        return value
    }
}

extension UpdateFeaturesRequest.FeatureUpdateKey {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.feature = values.string()
        value.maxVersionLevel = values.integer(Int16.self)
        if version <= 0 {
            value.allowDowngrade = values.coin()
        }
        if version >= 1 {
            value.upgradeType = values.integer(Int8.self)
        }
        return value
    }
}

extension UpdateFeaturesResponse {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.throttleTimeMs = values.integer(Int32.self)
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        if version <= 1 {
            value.results = (0..<values.count()).map { _ in UpdateFeaturesResponse.UpdatableFeatureResult.arbitrary(version: version, using: &values) }
        }
        return value
    }
}

extension UpdateFeaturesResponse.UpdatableFeatureResult {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {
        var value = Self()
        value.feature = values.string()
        value.errorCode = values.integer(Int16.self)
        if values.coin() {
            value.errorMessage = nil
        } else {
            value.errorMessage = values.string()
        }
        return value
    }
}
