import ControlPlane
import KafkaProtocol

/// OffsetCommit (8), v2-9: stores a group's offsets after checking the member and generation.
struct OffsetCommitHandler: ImmediateKafkaApiHandler {
    typealias Request = OffsetCommitRequest
    static let versions: ClosedRange<Int16> = 2...9
    let services: AgentServices

    func handle(_ request: OffsetCommitRequest, context: RequestContext) async throws -> OffsetCommitResponse {
        let controlPlane = services.controlPlane
        let groupError = await validate(request, context: context)
        var offsets: [TopicPartitionName: CommittedOffset] = [:]
        var response = OffsetCommitResponse()
        for topic in request.topics {
            var topicResult = OffsetCommitResponse.OffsetCommitResponseTopic()
            topicResult.name = topic.name
            let known = await controlPlane.topic(named: topic.name)
            for partition in topic.partitions {
                var result = OffsetCommitResponse.OffsetCommitResponsePartition()
                result.partitionIndex = partition.partitionIndex
                if groupError != .none {
                    result.errorCode = groupError.rawValue
                } else if let known, partition.partitionIndex >= 0, partition.partitionIndex < known.partitionCount {
                    offsets[TopicPartitionName(topic: topic.name, partition: partition.partitionIndex)] =
                        CommittedOffset(offset: partition.committedOffset, leaderEpoch: partition.committedLeaderEpoch, metadata: partition.committedMetadata)
                } else {
                    result.errorCode = KafkaErrorCode.unknownTopicOrPartition.rawValue
                }
                topicResult.partitions.append(result)
            }
            response.topics.append(topicResult)
        }
        if !offsets.isEmpty {
            do {
                try await controlPlane.store.commitOffsets(group: request.groupId, offsets)
            } catch {
                let code = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                for t in response.topics.indices {
                    for p in response.topics[t].partitions.indices where response.topics[t].partitions[p].errorCode == 0 {
                        response.topics[t].partitions[p].errorCode = code
                    }
                }
            }
        }
        return response
    }

    /// The error for the whole request: the policy's, then the group's; none to commit.
    private func validate(_ request: OffsetCommitRequest, context: RequestContext) async -> KafkaErrorCode {
        if let refusal = context.groupRefusal(.commitOffsets, on: request.groupId) { return refusal.code }
        if request.groupId.isEmpty { return .invalidGroupId }
        do {
            return try await services.controlPlane.groups.validateOffsetCommit(
                groupId: request.groupId, memberId: request.memberId,
                generation: request.generationIdOrMemberEpoch)
        } catch {
            return ControlPlaneError.code(for: error, logger: context.logger)
        }
    }
}
