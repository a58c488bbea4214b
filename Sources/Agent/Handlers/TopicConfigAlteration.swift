import ControlPlane
import KafkaProtocol

/// What AlterConfigs and IncrementalAlterConfigs share: resource types, the policy check,
/// reading the topic's overrides fresh, and storing the delta (or only checking it).
struct TopicConfigAlteration {
    let services: AgentServices
    let context: RequestContext

    static let topicResource: Int8 = 2
    static let brokerResource: Int8 = 4
    static let brokerLoggerResource: Int8 = 8

    /// Alters one resource; `delta` turns the topic's current overrides into the changes.
    /// Returns the error for the resource's answer, nil on success.
    func alter(
        resourceType: Int8, resourceName: String, validateOnly: Bool, configNames: [String],
        delta: ([String: String]) throws -> [String: String?]
    ) async -> (code: KafkaErrorCode, message: String)? {
        switch resourceType {
        case Self.topicResource:
            break
        case Self.brokerResource, Self.brokerLoggerResource:
            let names = configNames.isEmpty ? "" : " (\(configNames.sorted().joined(separator: ", ")))"
            return (
                .invalidRequest,
                "Fjord does not change broker configs at runtime\(names): agents take their settings from the command line (docs/operations.md)"
            )
        default:
            return (.invalidRequest, "resource type \(resourceType) is not supported; Fjord alters topic configs")
        }
        if let refusal = context.denial(.alterConfigs, on: resourceName) { return (refusal.code, refusal.message) }
        do {
            // Fresh overrides, so that APPEND and SUBTRACT start from what another agent stored.
            try await services.controlPlane.refreshTopics()
            guard let topic = services.controlPlane.cachedTopic(named: resourceName) else {
                throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(resourceName)' does not exist")
            }
            let changes = try delta(topic.configs)
            if !validateOnly && !changes.isEmpty {
                _ = try await services.controlPlane.alterTopicConfigs(topic: resourceName, changes: changes)
                context.logger.info("topic '\(resourceName)' configs changed by \(context.clientId ?? "-"): \(Self.describe(changes))")
            }
            return nil
        } catch {
            return (ControlPlaneError.code(for: error, logger: context.logger), ControlPlaneError.message(for: error))
        }
    }

    private static func describe(_ changes: [String: String?]) -> String {
        changes.keys.sorted().map { name in changes[name]!.map { "\(name)=\($0)" } ?? "\(name) (default)" }.joined(separator: ", ")
    }
}
