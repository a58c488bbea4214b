import ControlPlane
import KafkaProtocol

/// OffsetCommit (8), v2-9: stores a group's offsets after checking the member and generation,
/// both done by the group's coordinator in one step (`ControlPlane.commitGroupOffsets`).
struct OffsetCommitHandler: ImmediateKafkaApiHandler {
    typealias Request = OffsetCommitRequest
    static let versions: ClosedRange<Int16> = 2...9
    let services: AgentServices

    func handle(_ request: OffsetCommitRequest, context: RequestContext) async throws -> OffsetCommitResponse {
        let controlPlane = services.controlPlane
        var offsets: [TopicPartitionName: CommittedOffset] = [:]
        var response = OffsetCommitResponse()
        for topic in request.topics {
            var topicResult = OffsetCommitResponse.OffsetCommitResponseTopic()
            topicResult.name = topic.name
            let known = await controlPlane.topic(named: topic.name)
            for partition in topic.partitions {
                var result = OffsetCommitResponse.OffsetCommitResponsePartition()
                result.partitionIndex = partition.partitionIndex
                if let known, partition.partitionIndex >= 0, partition.partitionIndex < known.partitionCount {
                    offsets[TopicPartitionName(topic: topic.name, partition: partition.partitionIndex)] =
                        CommittedOffset(offset: partition.committedOffset, leaderEpoch: partition.committedLeaderEpoch, metadata: partition.committedMetadata)
                } else {
                    result.errorCode = KafkaErrorCode.unknownTopicOrPartition.rawValue
                }
                topicResult.partitions.append(result)
            }
            response.topics.append(topicResult)
        }
        let outcome = await commit(request, offsets, context: context)
        if case .stored = outcome { return response }
        // The group's error answers every partition, as Kafka's coordinator does; a failed
        // write (a storage error) only those that were to be written.
        for t in response.topics.indices {
            for p in response.topics[t].partitions.indices where outcome.isGroupError || response.topics[t].partitions[p].errorCode == 0 {
                response.topics[t].partitions[p].errorCode = outcome.code.rawValue
            }
        }
        return response
    }

    enum Outcome {
        case stored
        case group(KafkaErrorCode)
        case write(KafkaErrorCode)

        var isGroupError: Bool {
            if case .group = self { return true }
            return false
        }
        var code: KafkaErrorCode {
            switch self {
            case .stored: .none
            case .group(let code), .write(let code): code
            }
        }
    }

    /// The policy's refusal, then the coordinator's check and write.
    private func commit(_ request: OffsetCommitRequest, _ offsets: [TopicPartitionName: CommittedOffset], context: RequestContext) async -> Outcome {
        if let refusal = context.groupRefusal(.commitOffsets, on: request.groupId) { return .group(refusal.code) }
        if request.groupId.isEmpty { return .group(.invalidGroupId) }
        do {
            let error = try await services.controlPlane.commitGroupOffsets(
                groupId: request.groupId, memberId: request.memberId, generation: request.generationIdOrMemberEpoch, offsets: offsets)
            return error == .none ? .stored : .group(error)
        } catch {
            return .write(ControlPlaneError.code(for: error, logger: context.logger))
        }
    }
}
