import ControlPlane
import KafkaProtocol

/// CreateTopics (19), v2-7. Replication is the object store's job, so any replication factor
/// is accepted (reported back as given, or 1 for -1). Manual replica assignments are refused
/// (`ManualAssignments`): agents, not brokers, serve partitions, and none holds a replica.
struct CreateTopicsHandler: ImmediateKafkaApiHandler {
    typealias Request = CreateTopicsRequest
    static let versions: ClosedRange<Int16> = 2...7
    let services: AgentServices

    func handle(_ request: CreateTopicsRequest, context: RequestContext) async throws -> CreateTopicsResponse {
        let controlPlane = services.controlPlane
        var response = CreateTopicsResponse()
        for creatable in request.topics {
            var result = CreateTopicsResponse.CreatableTopicResult()
            result.name = creatable.name
            let partitions = creatable.numPartitions == -1 ? controlPlane.configuration.defaultPartitions : creatable.numPartitions
            let configs = Dictionary(creatable.configs.compactMap { config in config.value.map { (config.name, $0) } }, uniquingKeysWith: { $1 })
            do {
                if let problem = ControlPlane.validateTopicName(creatable.name) { throw ControlPlaneError(.invalidTopicException, problem) }
                if let refusal = context.denial(.createTopics, on: creatable.name) { throw ControlPlaneError(refusal.code, refusal.message) }
                if !creatable.assignments.isEmpty { throw ManualAssignments.refusal(topic: creatable.name) }
                guard partitions > 0 else {
                    throw ControlPlaneError(.invalidPartitions, "numPartitions must be positive or -1, got \(creatable.numPartitions)")
                }
                guard creatable.replicationFactor == -1 || creatable.replicationFactor > 0 else {
                    throw ControlPlaneError(.invalidReplicationFactor, "replicationFactor must be positive or -1")
                }
                if let problem = TopicConfigs.validate(configs) { throw ControlPlaneError(.invalidConfig, problem) }
                if request.validateOnly {
                    if await controlPlane.topic(named: creatable.name) != nil {
                        throw ControlPlaneError(.topicAlreadyExists, "topic '\(creatable.name)' already exists")
                    }
                } else {
                    let topic = try await controlPlane.createTopic(name: creatable.name, partitions: partitions, configs: configs)
                    result.topicId = context.apiVersion >= 7 ? topic.id : .zero
                    context.logger.info("created topic \(creatable.name) with \(partitions) partitions")
                }
                if context.apiVersion >= 5 {
                    result.numPartitions = partitions
                    result.replicationFactor = creatable.replicationFactor == -1 ? 1 : creatable.replicationFactor
                    result.configs = TopicConfigs.defaults.merging(configs) { $1 }.sorted { $0.key < $1.key }.map { name, value in
                        var config = CreateTopicsResponse.CreatableTopicConfigs()
                        config.name = name
                        config.value = value
                        config.configSource = configs[name] == nil ? 5 : 1  // DEFAULT_CONFIG : DYNAMIC_TOPIC_CONFIG
                        return config
                    }
                }
            } catch {
                result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                result.errorMessage = ControlPlaneError.message(for: error)
                if context.apiVersion >= 5 {
                    result.numPartitions = -1
                    result.replicationFactor = -1
                }
            }
            response.topics.append(result)
        }
        return response
    }
}
