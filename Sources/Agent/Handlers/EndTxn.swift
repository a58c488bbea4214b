import ControlPlane
import KafkaProtocol
import Metrics

/// EndTxn (26), v0-4: commits or aborts the producer's ongoing transaction. One store
/// transaction writes a marker in every partition of it and, on commit, makes its pending
/// offsets the groups' offsets. (v5, KIP-890's epoch bump per transaction, is not served.)
struct EndTxnHandler: ImmediateKafkaApiHandler {
    typealias Request = EndTxnRequest
    static let versions: ClosedRange<Int16> = 0...4
    let services: AgentServices

    static let committed = Counter(label: "fjord_transactions_committed_total")
    static let aborted = Counter(label: "fjord_transactions_aborted_total")

    func handle(_ request: EndTxnRequest, context: RequestContext) async throws -> EndTxnResponse {
        var response = EndTxnResponse()
        if let refusal = context.transactionRefusal(on: request.transactionalId) {
            response.errorCode = refusal.code.rawValue
            return response
        }
        do {
            try await services.controlPlane.endTransaction(
                request.transactionalId, producer: ProducerIdAndEpoch(producerId: request.producerId, epoch: request.producerEpoch),
                commit: request.committed, nowMs: services.nowMs())
            (request.committed ? Self.committed : Self.aborted).increment()
        } catch {
            context.logger.info(
                "EndTxn (\(request.committed ? "commit" : "abort")) for '\(request.transactionalId)' refused: \(ControlPlaneError.message(for: error))")
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
        }
        return response
    }
}
