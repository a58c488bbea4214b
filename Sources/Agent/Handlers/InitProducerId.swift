import ControlPlane
import KafkaProtocol

/// InitProducerId (22), v0-5: producer ids for idempotent producers. A producer that passes its
/// current id and epoch (v3+, after a sequence error) gets the next epoch of the same id.
/// Transactional ids are refused until transactions land.
struct InitProducerIdHandler: ImmediateKafkaApiHandler {
    typealias Request = InitProducerIdRequest
    static let versions: ClosedRange<Int16> = 0...5
    let services: AgentServices

    func handle(_ request: InitProducerIdRequest, context: RequestContext) async throws -> InitProducerIdResponse {
        var response = InitProducerIdResponse()
        response.producerId = -1
        response.producerEpoch = -1
        if let refusal = context.refusal(unless: .produce) {
            response.errorCode = refusal.code.rawValue
            return response
        }
        if let transactionalId = request.transactionalId {
            context.logger.warning(
                "refused InitProducerId for transactional id '\(transactionalId)' from \(context.clientId ?? "-"): transactions are not supported yet")
            response.errorCode = KafkaErrorCode.transactionalIdAuthorizationFailed.rawValue
            return response
        }
        do {
            if request.producerId >= 0 && request.producerEpoch >= 0 && request.producerEpoch < Int16.max - 1 {
                response.producerId = request.producerId
                response.producerEpoch = request.producerEpoch + 1
            } else {
                response.producerId = try await services.controlPlane.store.nextProducerId()
                response.producerEpoch = 0
            }
        } catch {
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
        }
        return response
    }
}
