import ControlPlane
import KafkaProtocol

/// Metadata (3), v0-12: brokers (the agents), and topics with their partition "leaders".
/// Unknown topics are created when auto-creation is on and the client allows it (v4+).
struct MetadataHandler: ImmediateKafkaApiHandler {
    typealias Request = MetadataRequest
    static let versions: ClosedRange<Int16> = 0...12
    let services: AgentServices

    func handle(_ request: MetadataRequest, context: RequestContext) async throws -> MetadataResponse {
        let controlPlane = services.controlPlane
        var response = MetadataResponse()
        let serving = context.gate.serving()
        response.brokers = serving.brokers.map { node in
            var broker = MetadataResponse.MetadataResponseBroker()
            broker.nodeId = node.nodeId
            broker.host = node.host
            broker.port = node.port
            broker.rack = node.rack
            return broker
        }
        response.clusterId = controlPlane.clusterId
        response.controllerId = serving.brokers.first?.nodeId ?? -1

        // v0: an empty list means all topics; v1+: null means all, empty means none.
        let wantsAll = request.topics == nil || (context.apiVersion == 0 && request.topics!.isEmpty)
        if wantsAll {
            // Topics the client may not describe are left out, as Kafka does.
            response.topics = controlPlane.allTopics().filter { context.gate.denial(.describe, on: $0.name) == nil }
                .map { describe($0, serving: serving) }
            return response
        }
        let mayCreate = context.apiVersion < 4 || request.allowAutoTopicCreation
        for requested in request.topics! {
            var topic: TopicMetadata?
            var failure: (KafkaErrorCode, String?)?
            if let name = requested.name {
                if let problem = ControlPlane.validateTopicName(name) {
                    failure = (.invalidTopicException, problem)
                } else if let refusal = context.denial(.describe, on: name) {
                    failure = (refusal.code, refusal.message)
                } else {
                    let mayCreate = mayCreate && context.gate.denial(.createTopics, on: name) == nil
                    do {
                        topic = mayCreate ? try await controlPlane.topicCreatingIfNeeded(name) : await controlPlane.topic(named: name)
                    } catch {
                        failure = (ControlPlaneError.code(for: error, logger: context.logger), nil)
                    }
                }
            } else {
                topic = await controlPlane.topic(id: requested.topicId)
            }
            if let topic {
                response.topics.append(describe(topic, serving: serving))
            } else {
                var missing = MetadataResponse.MetadataResponseTopic()
                missing.name = requested.name
                missing.topicId = requested.topicId
                missing.errorCode = (failure?.0 ?? (requested.name == nil ? .unknownTopicId : .unknownTopicOrPartition)).rawValue
                response.topics.append(missing)
            }
        }
        return response
    }

    private func describe(_ topic: TopicMetadata, serving: ClusterView.Serving) -> MetadataResponse.MetadataResponseTopic {
        var result = MetadataResponse.MetadataResponseTopic()
        result.name = topic.name
        result.topicId = topic.id
        result.partitions = (0..<topic.partitionCount).map { index in
            var partition = MetadataResponse.MetadataResponsePartition()
            partition.partitionIndex = index
            let leader = serving.leader(topicId: topic.id, partition: index)?.nodeId ?? -1
            partition.leaderId = leader
            partition.leaderEpoch = 0
            partition.replicaNodes = [leader]
            partition.isrNodes = [leader]
            return partition
        }
        return result
    }
}
