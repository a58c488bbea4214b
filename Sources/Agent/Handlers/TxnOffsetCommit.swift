import ControlPlane
import KafkaProtocol

/// TxnOffsetCommit (28), v0-4: a transaction's offsets for a group, kept pending until EndTxn
/// commits them. From v3 the member and generation are checked as OffsetCommit checks them
/// (KIP-447), so a zombie that lost its partitions in a rebalance cannot commit for them.
struct TxnOffsetCommitHandler: ImmediateKafkaApiHandler {
    typealias Request = TxnOffsetCommitRequest
    static let versions: ClosedRange<Int16> = 0...4
    let services: AgentServices

    func handle(_ request: TxnOffsetCommitRequest, context: RequestContext) async throws -> TxnOffsetCommitResponse {
        let controlPlane = services.controlPlane
        var error = await validate(request, context: context)
        var offsets: [TopicPartitionName: CommittedOffset] = [:]
        var unknown: Set<TopicPartitionName> = []
        for topic in request.topics {
            let known = await controlPlane.topic(named: topic.name)
            for partition in topic.partitions {
                let name = TopicPartitionName(topic: topic.name, partition: partition.partitionIndex)
                if let known, partition.partitionIndex >= 0, partition.partitionIndex < known.partitionCount {
                    offsets[name] = CommittedOffset(
                        offset: partition.committedOffset, leaderEpoch: partition.committedLeaderEpoch, metadata: partition.committedMetadata)
                } else {
                    unknown.insert(name)
                }
            }
        }
        if error == .none && !offsets.isEmpty {
            do {
                try await controlPlane.store.commitTransactionalOffsets(
                    request.transactionalId, producer: ProducerIdAndEpoch(producerId: request.producerId, epoch: request.producerEpoch),
                    group: request.groupId, offsets: offsets)
            } catch let failure {
                context.logger.info("TxnOffsetCommit for '\(request.transactionalId)' refused: \(ControlPlaneError.message(for: failure))")
                error = ControlPlaneError.code(for: failure, logger: context.logger)
            }
        }
        var response = TxnOffsetCommitResponse()
        response.topics = request.topics.map { topic in
            var result = TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic()
            result.name = topic.name
            result.partitions = topic.partitions.map { partition in
                var answer = TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition()
                answer.partitionIndex = partition.partitionIndex
                let isUnknown = unknown.contains(TopicPartitionName(topic: topic.name, partition: partition.partitionIndex))
                answer.errorCode = (error != .none ? error : isUnknown ? .unknownTopicOrPartition : .none).rawValue
                return answer
            }
            return result
        }
        return response
    }

    /// The error for the whole request: the role's and the policy's, then the group's.
    private func validate(_ request: TxnOffsetCommitRequest, context: RequestContext) async -> KafkaErrorCode {
        if let refusal = context.transactionRefusal(on: request.transactionalId) ?? context.groupRefusal(.commitOffsets, on: request.groupId) {
            return refusal.code
        }
        if request.groupId.isEmpty { return .invalidGroupId }
        // Before v3 (and from producers that do not pass the group's metadata) there is no member to check.
        guard context.apiVersion >= 3, !request.memberId.isEmpty || request.generationId >= 0 else { return .none }
        do {
            return try await services.controlPlane.groups.validateOffsetCommit(
                groupId: request.groupId, memberId: request.memberId, generation: request.generationId)
        } catch {
            return ControlPlaneError.code(for: error, logger: context.logger)
        }
    }
}
