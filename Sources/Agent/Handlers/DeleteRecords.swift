import ControlPlane
import KafkaProtocol

/// DeleteRecords (21), v0-2: moves each partition's log start offset forward to the offset
/// given (-1: the high watermark). Batches wholly below it leave the index at once; a fetch
/// below it gets OFFSET_OUT_OF_RANGE; the jobs role deletes objects no batch is left in. A
/// topic whose cleanup.policy lacks delete answers POLICY_VIOLATION, as Kafka does.
struct DeleteRecordsHandler: ImmediateKafkaApiHandler {
    typealias Request = DeleteRecordsRequest
    static let versions: ClosedRange<Int16> = 0...2
    let services: AgentServices

    func handle(_ request: DeleteRecordsRequest, context: RequestContext) async throws -> DeleteRecordsResponse {
        var response = DeleteRecordsResponse()
        for requestTopic in request.topics {
            var topicResult = DeleteRecordsResponse.DeleteRecordsTopicResult()
            topicResult.name = requestTopic.name
            let refusal = context.denial(.deleteRecords, on: requestTopic.name)
            let topic = refusal == nil ? await services.controlPlane.topic(named: requestTopic.name) : nil
            for requested in requestTopic.partitions {
                var result = DeleteRecordsResponse.DeleteRecordsPartitionResult()
                result.partitionIndex = requested.partitionIndex
                result.lowWatermark = -1
                do {
                    if let refusal { throw ControlPlaneError(refusal.code, refusal.message) }
                    guard let topic, requested.partitionIndex >= 0, requested.partitionIndex < topic.partitionCount else {
                        throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(requestTopic.name)' has no partition \(requested.partitionIndex)")
                    }
                    // As in Kafka: a compact-only topic's records go only by compaction.
                    guard TopicConfigs.listItems(TopicConfigs.value("cleanup.policy", in: topic.configs) ?? "").contains("delete") else {
                        throw ControlPlaneError(.policyViolation, "records of '\(requestTopic.name)' cannot be deleted: its cleanup.policy is compact")
                    }
                    let id = topic.partition(requested.partitionIndex)
                    var target = requested.offset
                    if target == -1 {
                        guard let offsets = try await services.controlPlane.store.offsets(of: [id])[id] else {
                            throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(requestTopic.name)' has no partition \(requested.partitionIndex)")
                        }
                        target = offsets.highWatermark
                    }
                    guard target >= 0 else { throw ControlPlaneError(.offsetOutOfRange, "offset \(requested.offset) is negative") }
                    result.lowWatermark = try await services.controlPlane.store.advanceLogStart(id, to: target)
                    context.logger.info(
                        "records of \(requestTopic.name)-\(requested.partitionIndex) below \(result.lowWatermark) deleted by \(context.clientId ?? "-")")
                } catch {
                    result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                }
                topicResult.partitions.append(result)
            }
            response.topics.append(topicResult)
        }
        return response
    }
}
