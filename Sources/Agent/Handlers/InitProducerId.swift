import ControlPlane
import KafkaProtocol

/// InitProducerId (22), v0-5: producer ids for idempotent producers. A producer that passes its
/// current id and epoch (v3+, after a sequence error) gets the next epoch of the same id.
/// With a transactional id, the transaction coordinator (`TransactionRules`) finds or
/// allocates the id's producer, bumps its epoch and aborts what the previous epoch left open.
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
            if let refusal = context.transactionRefusal(on: transactionalId) {
                response.errorCode = refusal.code.rawValue
                return response
            }
            return await initTransactional(transactionalId, request, context: context, response: response)
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

    private func initTransactional(
        _ transactionalId: String, _ request: InitProducerIdRequest, context: RequestContext, response: InitProducerIdResponse
    ) async -> InitProducerIdResponse {
        var response = response
        guard !transactionalId.isEmpty else {
            response.errorCode = KafkaErrorCode.invalidRequest.rawValue
            return response
        }
        let current =
            request.producerId >= 0 && request.producerEpoch >= 0 ? ProducerIdAndEpoch(producerId: request.producerId, epoch: request.producerEpoch) : nil
        do {
            let producer = try await services.controlPlane.store.initTransactionalProducer(
                TransactionalProducerRequest(
                    transactionalId: transactionalId, timeoutMs: request.transactionTimeoutMs, current: current, nowMs: services.nowMs()),
                maxTimeoutMs: services.controlPlane.configuration.transactionMaxTimeoutMs)
            response.producerId = producer.producerId
            response.producerEpoch = producer.epoch
        } catch {
            context.logger.info(
                "InitProducerId for transactional id '\(transactionalId)' from \(context.clientId ?? "-") refused: \(ControlPlaneError.message(for: error))")
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
        }
        return response
    }
}
