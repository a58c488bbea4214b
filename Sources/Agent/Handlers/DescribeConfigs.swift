import ControlPlane
import KafkaProtocol

/// DescribeConfigs (32), v1-4: every topic config Kafka defines (the topic's overrides, else
/// the default, with Kafka's broker synonyms), and the broker settings clients ask about.
/// Documentation, when asked for, says which configs Fjord stores but does not act on.
struct DescribeConfigsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeConfigsRequest
    static let versions: ClosedRange<Int16> = 1...4
    let services: AgentServices

    /// Kafka's ConfigSource values.
    enum Source: Int8 {
        case dynamicTopic = 1
        case staticBroker = 4
        case defaultConfig = 5
    }

    /// Kafka's ConfigType values.
    enum ConfigType: Int8 {
        case boolean = 1
        case string = 2
        case int = 3
        case long = 5
        case double = 6
        case list = 7
    }

    /// The topic configs Kafka declares as INT rather than LONG.
    static let intConfigs: Set<String> = [
        "max.message.bytes", "segment.bytes", "segment.index.bytes", "index.interval.bytes", "min.insync.replicas",
        "compression.gzip.level", "compression.lz4.level", "compression.zstd.level",
    ]

    struct Entry {
        var name: String
        var value: String
        var source: Source
        var readOnly: Bool
        var type: ConfigType
        var synonyms: [(String, String, Source)]
        var documentation: String?
    }

    /// Broker settings, all fixed at start.
    var brokerConfigs: [String: String] {
        var configs: [String: String] = [:]
        for definition in TopicConfigs.definitions.values {
            if let synonym = definition.brokerSynonym { configs[synonym] = definition.defaultValue }
        }
        configs["message.max.bytes"] = String(services.maxBatchBytes)
        configs["auto.create.topics.enable"] = String(services.controlPlane.configuration.autoCreateTopics)
        configs["num.partitions"] = String(services.controlPlane.configuration.defaultPartitions)
        configs["default.replication.factor"] = "1"
        configs["offsets.topic.replication.factor"] = "1"
        return configs
    }

    func handle(_ request: DescribeConfigsRequest, context: RequestContext) async throws -> DescribeConfigsResponse {
        var response = DescribeConfigsResponse()
        for resource in request.resources {
            var result = DescribeConfigsResponse.DescribeConfigsResult()
            result.resourceType = resource.resourceType
            result.resourceName = resource.resourceName
            result.errorMessage = nil
            let entries: [Entry]
            switch resource.resourceType {
            case TopicConfigAlteration.topicResource:
                if let refusal = context.denial(.describe, on: resource.resourceName) {
                    result.errorCode = refusal.code.rawValue
                    result.errorMessage = refusal.message
                    response.results.append(result)
                    continue
                }
                guard let topic = await services.controlPlane.topic(named: resource.resourceName) else {
                    result.errorCode = KafkaErrorCode.unknownTopicOrPartition.rawValue
                    result.errorMessage = "topic '\(resource.resourceName)' does not exist"
                    response.results.append(result)
                    continue
                }
                entries = topicEntries(topic.configs)
            case TopicConfigAlteration.brokerResource:
                entries = brokerConfigs.map { name, value in
                    Entry(name: name, value: value, source: .staticBroker, readOnly: true, type: .string, synonyms: [(name, value, .staticBroker)])
                }
            default:
                result.errorCode = KafkaErrorCode.invalidRequest.rawValue
                result.errorMessage = "resource type \(resource.resourceType) is not supported"
                response.results.append(result)
                continue
            }
            let keys = resource.configurationKeys.map(Set.init)
            result.configs = entries.filter { keys?.contains($0.name) ?? true }.sorted { $0.name < $1.name }.map { entry in
                var config = DescribeConfigsResponse.DescribeConfigsResourceResult()
                config.name = entry.name
                config.value = entry.value
                config.readOnly = entry.readOnly
                config.configSource = entry.source.rawValue
                config.configType = entry.type.rawValue
                config.documentation = request.includeDocumentation ? entry.documentation : nil
                if request.includeSynonyms {
                    config.synonyms = entry.synonyms.map { name, value, source in
                        var synonym = DescribeConfigsResponse.DescribeConfigsSynonym()
                        synonym.name = name
                        synonym.value = value
                        synonym.source = source.rawValue
                        return synonym
                    }
                }
                return config
            }
            response.results.append(result)
        }
        return response
    }

    /// Every topic config: the override if there is one, else the default. Synonyms in
    /// Kafka's order of precedence: the override, then the broker config it falls back to.
    func topicEntries(_ overrides: [String: String]) -> [Entry] {
        let broker = brokerConfigs
        return TopicConfigs.definitions.values.map { definition in
            var synonyms: [(String, String, Source)] = []
            if let value = overrides[definition.name] { synonyms.append((definition.name, value, .dynamicTopic)) }
            if let synonym = definition.brokerSynonym {
                let value = broker[synonym] ?? definition.defaultValue
                synonyms.append((synonym, value, synonym == "message.max.bytes" ? .staticBroker : .defaultConfig))
            }
            let fallback = synonyms.last { $0.2 != .dynamicTopic }
            let value = overrides[definition.name] ?? fallback?.1 ?? definition.defaultValue
            let source: Source = overrides[definition.name] != nil ? .dynamicTopic : fallback?.2 ?? .defaultConfig
            return Entry(
                name: definition.name, value: value, source: source, readOnly: false, type: Self.type(of: definition), synonyms: synonyms,
                documentation: definition.honoured ? nil : "Stored and reported; Fjord has no local log segments, replicas or tiers, so it does not act on it.")
        }
    }

    static func type(of definition: TopicConfigs.Definition) -> ConfigType {
        switch definition.kind {
        case .integer: intConfigs.contains(definition.name) ? .int : .long
        case .fraction: .double
        case .boolean: .boolean
        case .list: .list
        case .string: .string
        }
    }
}
