import ControlPlane
import KafkaProtocol

/// DeleteTopics (20), v1-6 (v6 may name topics by id). The topic and its batch index go at
/// once; the segment objects stay in the store until the jobs role (retention and orphan
/// clean-up, not built yet) reclaims objects with no live batch.
struct DeleteTopicsHandler: ImmediateKafkaApiHandler {
    typealias Request = DeleteTopicsRequest
    static let versions: ClosedRange<Int16> = 1...6
    let services: AgentServices

    func handle(_ request: DeleteTopicsRequest, context: RequestContext) async throws -> DeleteTopicsResponse {
        let controlPlane = services.controlPlane
        let targets: [(name: String?, id: KafkaUUID)] =
            context.apiVersion >= 6
            ? request.topics.map { ($0.name, $0.topicId) }
            : request.topicNames.map { ($0, .zero) }
        var response = DeleteTopicsResponse()
        for target in targets {
            var result = DeleteTopicsResponse.DeletableTopicResult()
            result.name = target.name
            var name = target.name
            if name == nil { name = await controlPlane.topic(id: target.id)?.name }
            do {
                guard let name else { throw ControlPlaneError(.unknownTopicId, "no topic has id \(target.id)") }
                if let refusal = context.denial(.deleteTopics, on: name) { throw ControlPlaneError(refusal.code, refusal.message) }
                let deleted = try await controlPlane.deleteTopic(name: name)
                result.name = deleted.name
                if context.apiVersion >= 6 { result.topicId = deleted.id }
                context.logger.info("deleted topic \(name)")
            } catch {
                result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                if context.apiVersion >= 5 { result.errorMessage = ControlPlaneError.message(for: error) }
            }
            response.responses.append(result)
        }
        return response
    }
}
