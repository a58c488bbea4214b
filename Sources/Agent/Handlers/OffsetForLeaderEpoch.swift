import ControlPlane
import KafkaProtocol

/// OffsetForLeaderEpoch (23), v2-4. Fjord has no leader elections: every partition is at
/// epoch 0, whose end offset is the high watermark.
struct OffsetForLeaderEpochHandler: ImmediateKafkaApiHandler {
    typealias Request = OffsetForLeaderEpochRequest
    static let versions: ClosedRange<Int16> = 2...4
    let services: AgentServices

    func handle(_ request: OffsetForLeaderEpochRequest, context: RequestContext) async throws -> OffsetForLeaderEpochResponse {
        var response = OffsetForLeaderEpochResponse()
        let roleRefusal = context.refusal(unless: .fetch)
        for requestTopic in request.topics {
            var topicResult = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult()
            topicResult.topic = requestTopic.topic
            let topic = await services.controlPlane.topic(named: requestTopic.topic)
            let refusal = roleRefusal ?? context.denial(.describe, on: requestTopic.topic)
            for requested in requestTopic.partitions {
                var result = OffsetForLeaderEpochResponse.EpochEndOffset()
                result.partition = requested.partition
                result.leaderEpoch = -1
                result.endOffset = -1
                if let refusal {
                    result.errorCode = refusal.code.rawValue
                } else if let topic, requested.partition >= 0, requested.partition < topic.partitionCount,
                    let offsets = try await services.controlPlane.store.offsets(of: [topic.partition(requested.partition)])[
                        topic.partition(requested.partition)]
                {
                    if requested.currentLeaderEpoch > 0 {
                        result.errorCode = KafkaErrorCode.unknownLeaderEpoch.rawValue
                    } else if requested.leaderEpoch <= 0 {
                        result.leaderEpoch = 0
                        result.endOffset = offsets.highWatermark
                    }
                } else {
                    result.errorCode = KafkaErrorCode.unknownTopicOrPartition.rawValue
                }
                topicResult.partitions.append(result)
            }
            response.topics.append(topicResult)
        }
        return response
    }
}
