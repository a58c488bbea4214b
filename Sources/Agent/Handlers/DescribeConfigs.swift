import ControlPlane
import KafkaProtocol

/// DescribeConfigs (32), v1-4: topic configs (explicit ones and Kafka's defaults) and the
/// broker settings clients ask about.
struct DescribeConfigsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeConfigsRequest
    static let versions: ClosedRange<Int16> = 1...4
    let services: AgentServices

    static let topicResource: Int8 = 2
    static let brokerResource: Int8 = 4

    /// Kafka's ConfigSource values.
    enum Source: Int8 {
        case dynamicTopic = 1
        case staticBroker = 4
        case defaultConfig = 5
    }

    var brokerConfigs: [String: String] {
        [
            "auto.create.topics.enable": String(services.controlPlane.configuration.autoCreateTopics),
            "num.partitions": String(services.controlPlane.configuration.defaultPartitions),
            "message.max.bytes": String(services.maxBatchBytes),
            "log.retention.ms": TopicConfigs.defaults["retention.ms"]!,
            "default.replication.factor": "1",
            "offsets.topic.replication.factor": "1",
        ]
    }

    func handle(_ request: DescribeConfigsRequest, context: RequestContext) async throws -> DescribeConfigsResponse {
        var response = DescribeConfigsResponse()
        for resource in request.resources {
            var result = DescribeConfigsResponse.DescribeConfigsResult()
            result.resourceType = resource.resourceType
            result.resourceName = resource.resourceName
            if resource.resourceType == Self.topicResource, let refusal = context.denial(.describe, on: resource.resourceName) {
                result.errorCode = refusal.code.rawValue
                result.errorMessage = refusal.message
                response.results.append(result)
                continue
            }
            var entries: [(String, String, Source, Bool)] = []  // name, value, source, read-only
            switch resource.resourceType {
            case Self.topicResource:
                guard let topic = await services.controlPlane.topic(named: resource.resourceName) else {
                    result.errorCode = KafkaErrorCode.unknownTopicOrPartition.rawValue
                    result.errorMessage = "topic '\(resource.resourceName)' does not exist"
                    response.results.append(result)
                    continue
                }
                for (name, value) in TopicConfigs.defaults.merging(topic.configs, uniquingKeysWith: { $1 }) {
                    entries.append((name, value, topic.configs[name] == nil ? .defaultConfig : .dynamicTopic, false))
                }
            case Self.brokerResource:
                for (name, value) in brokerConfigs { entries.append((name, value, .staticBroker, true)) }
            default:
                result.errorCode = KafkaErrorCode.invalidRequest.rawValue
                result.errorMessage = "resource type \(resource.resourceType) is not supported"
                response.results.append(result)
                continue
            }
            let keys = resource.configurationKeys.map(Set.init)
            result.configs = entries.filter { keys?.contains($0.0) ?? true }.sorted { $0.0 < $1.0 }.map { name, value, source, readOnly in
                var config = DescribeConfigsResponse.DescribeConfigsResourceResult()
                config.name = name
                config.value = value
                config.readOnly = readOnly
                config.configSource = source.rawValue
                if request.includeSynonyms {
                    var synonym = DescribeConfigsResponse.DescribeConfigsSynonym()
                    synonym.name = name
                    synonym.value = value
                    synonym.source = source.rawValue
                    config.synonyms = [synonym]
                }
                return config
            }
            response.results.append(result)
        }
        return response
    }
}
