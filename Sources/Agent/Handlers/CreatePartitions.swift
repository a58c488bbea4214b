import ControlPlane
import KafkaProtocol

/// CreatePartitions (37), v0-3: grows topics. Manual assignments are refused (`ManualAssignments`).
struct CreatePartitionsHandler: ImmediateKafkaApiHandler {
    typealias Request = CreatePartitionsRequest
    static let versions: ClosedRange<Int16> = 0...3
    let services: AgentServices

    func handle(_ request: CreatePartitionsRequest, context: RequestContext) async throws -> CreatePartitionsResponse {
        let controlPlane = services.controlPlane
        var response = CreatePartitionsResponse()
        for topic in request.topics {
            var result = CreatePartitionsResponse.CreatePartitionsTopicResult()
            result.name = topic.name
            do {
                if let refusal = context.denial(.alterConfigs, on: topic.name) { throw ControlPlaneError(refusal.code, refusal.message) }
                if !(topic.assignments ?? []).isEmpty { throw ManualAssignments.refusal(topic: topic.name) }
                guard let current = await controlPlane.topic(named: topic.name) else {
                    throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(topic.name)' does not exist")
                }
                guard topic.count > current.partitionCount else {
                    throw ControlPlaneError(.invalidPartitions, "topic '\(topic.name)' has \(current.partitionCount) partitions; the new count must be larger")
                }
                if !request.validateOnly { _ = try await controlPlane.addPartitions(topic: topic.name, totalCount: topic.count) }
            } catch {
                result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                result.errorMessage = ControlPlaneError.message(for: error)
            }
            response.results.append(result)
        }
        return response
    }
}
