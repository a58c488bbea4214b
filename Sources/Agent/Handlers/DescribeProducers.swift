import ControlPlane
import KafkaProtocol

/// DescribeProducers (61), v0: the idempotent and transactional producers each partition
/// keeps state for, with their epochs, last sequences and where an open transaction began.
struct DescribeProducersHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeProducersRequest
    static let versions: ClosedRange<Int16> = 0...0
    let services: AgentServices

    func handle(_ request: DescribeProducersRequest, context: RequestContext) async throws -> DescribeProducersResponse {
        var response = DescribeProducersResponse()
        // Producer state is the write path's: a group that serves produce answers.
        let roleRefusal = context.refusal(unless: .produce)
        for requested in request.topics {
            var topicResult = DescribeProducersResponse.TopicResponse()
            topicResult.name = requested.name
            let topic = await services.controlPlane.topic(named: requested.name)
            let refusal = roleRefusal ?? context.denial(.describe, on: requested.name)
            for index in requested.partitionIndexes {
                var result = DescribeProducersResponse.PartitionResponse()
                result.partitionIndex = index
                do {
                    if let refusal { throw ControlPlaneError(refusal.code, refusal.message) }
                    guard let topic, index >= 0, index < topic.partitionCount else {
                        throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(requested.name)' has no partition \(index)")
                    }
                    result.activeProducers = try await services.controlPlane.store.activeProducers(in: topic.partition(index)).map { active in
                        var producer = DescribeProducersResponse.ProducerState()
                        producer.producerId = active.producerId
                        producer.producerEpoch = Int32(active.epoch)
                        producer.lastSequence = active.lastSequence
                        producer.currentTxnStartOffset = active.currentTransactionStartOffset
                        return producer
                    }
                } catch {
                    result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                    result.errorMessage = ControlPlaneError.message(for: error)
                }
                topicResult.partitions.append(result)
            }
            response.topics.append(topicResult)
        }
        return response
    }
}
