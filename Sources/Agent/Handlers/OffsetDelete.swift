import ControlPlane
import KafkaProtocol
import NIOCore

/// OffsetDelete (47), v0: deletes a group's committed offsets of some partitions, with Kafka's
/// rule: a partition of a topic that a live member of a consumer group subscribes to keeps
/// its offset and answers GROUP_SUBSCRIBED_TO_TOPIC.
struct OffsetDeleteHandler: ImmediateKafkaApiHandler {
    typealias Request = OffsetDeleteRequest
    static let versions: ClosedRange<Int16> = 0...0
    let services: AgentServices

    func handle(_ request: OffsetDeleteRequest, context: RequestContext) async throws -> OffsetDeleteResponse {
        var response = OffsetDeleteResponse()
        if let refusal = context.groupRefusal(.deleteGroups, on: request.groupId) {
            response.errorCode = refusal.code.rawValue
            return response
        }
        let subscribed: Set<String>
        do {
            let live = try await services.controlPlane.groups.describe(groupId: request.groupId)
            if let live, !live.members.isEmpty, let protocolType = live.protocolType, protocolType != "consumer" {
                response.errorCode = KafkaErrorCode.nonEmptyGroup.rawValue
                return response
            }
            if live == nil, try await services.controlPlane.store.committedOffsets(group: request.groupId).isEmpty {
                response.errorCode = KafkaErrorCode.groupIdNotFound.rawValue
                return response
            }
            subscribed = Self.subscribedTopics(live, context: context)
        } catch {
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
            return response
        }
        var deletable: [TopicPartitionName] = []
        for topic in request.topics {
            var topicResult = OffsetDeleteResponse.OffsetDeleteResponseTopic()
            topicResult.name = topic.name
            // Kafka asks for READ on each topic: Fjord's `fetch`.
            let error = context.denial(.fetch, on: topic.name)?.code ?? (subscribed.contains(topic.name) ? .groupSubscribedToTopic : .none)
            for partition in topic.partitions {
                var partitionResult = OffsetDeleteResponse.OffsetDeleteResponsePartition()
                partitionResult.partitionIndex = partition.partitionIndex
                partitionResult.errorCode = error.rawValue
                if error == .none { deletable.append(TopicPartitionName(topic: topic.name, partition: partition.partitionIndex)) }
                topicResult.partitions.append(partitionResult)
            }
            response.topics.append(topicResult)
        }
        do {
            try await services.controlPlane.store.deleteGroupOffsets(group: request.groupId, partitions: deletable)
        } catch {
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
            response.topics = []
        }
        return response
    }

    /// The topics the live members subscribe to, from their consumer-protocol metadata.
    static func subscribedTopics(_ group: GroupSummary?, context: RequestContext) -> Set<String> {
        guard let group, group.protocolType == "consumer" else { return [] }
        var topics: Set<String> = []
        for member in group.members {
            var metadata = member.metadata
            guard let version = metadata.readInteger(as: Int16.self) else { continue }
            do {
                let upper = ConsumerProtocolSubscription.validVersions.upperBound
                let subscription = try ConsumerProtocolSubscription(from: &metadata, version: min(max(version, 0), upper))
                topics.formUnion(subscription.topics)
            } catch {
                context.logger.warning("member \(member.memberId) of group \(group.groupId) has unreadable subscription metadata: \(error)")
            }
        }
        return topics
    }
}
