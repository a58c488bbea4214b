import ControlPlane
import KafkaProtocol

/// AddOffsetsToTxn (25), v0-4: a consumer group joins the ongoing transaction, so the offsets
/// TxnOffsetCommit sends for it commit (or vanish) with the transaction.
struct AddOffsetsToTxnHandler: ImmediateKafkaApiHandler {
    typealias Request = AddOffsetsToTxnRequest
    static let versions: ClosedRange<Int16> = 0...4
    let services: AgentServices

    func handle(_ request: AddOffsetsToTxnRequest, context: RequestContext) async throws -> AddOffsetsToTxnResponse {
        var response = AddOffsetsToTxnResponse()
        // Only the ACL on the group: the group's offsets go through its coordinator (TxnOffsetCommit).
        if let refusal = context.transactionRefusal(on: request.transactionalId) ?? context.denial(.commitOffsets, on: request.groupId) {
            response.errorCode = refusal.code.rawValue
            return response
        }
        do {
            try await services.controlPlane.store.addGroupToTransaction(
                request.transactionalId, producer: ProducerIdAndEpoch(producerId: request.producerId, epoch: request.producerEpoch),
                group: request.groupId, nowMs: services.nowMs())
        } catch {
            context.logger.info("AddOffsetsToTxn for '\(request.transactionalId)' refused: \(ControlPlaneError.message(for: error))")
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
        }
        return response
    }
}
