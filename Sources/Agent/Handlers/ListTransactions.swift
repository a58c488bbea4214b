import ControlPlane
import KafkaProtocol

/// ListTransactions (66), v0-1: the transactional ids the coordinator knows, filtered by state,
/// producer id and (v1) by how long the ongoing transaction has run.
struct ListTransactionsHandler: ImmediateKafkaApiHandler {
    typealias Request = ListTransactionsRequest
    static let versions: ClosedRange<Int16> = 0...1
    let services: AgentServices

    func handle(_ request: ListTransactionsRequest, context: RequestContext) async throws -> ListTransactionsResponse {
        var response = ListTransactionsResponse()
        if let refusal = context.refusal(unless: .produce) {
            response.errorCode = refusal.code.rawValue
            return response
        }
        let known = Set(TransactionState.allCases.map(\.rawValue))
        response.unknownStateFilters = request.stateFilters.filter { !known.contains($0) }
        let states = Set(request.stateFilters)
        let producers = Set(request.producerIdFilters)
        let nowMs = services.nowMs()
        do {
            response.transactionStates = try await services.controlPlane.store.transactions().compactMap { record in
                if !states.isEmpty && !states.contains(record.state.rawValue) { return nil }
                // Only the ids the client may describe, as in Kafka.
                if context.gate.denial(.describeTransactions, on: record.transactionalId) != nil { return nil }
                if !producers.isEmpty && !producers.contains(record.producerId) { return nil }
                if context.apiVersion >= 1, request.durationFilter >= 0 {
                    guard record.state == .ongoing, nowMs - record.startedAtMs >= request.durationFilter else { return nil }
                }
                var state = ListTransactionsResponse.TransactionState()
                state.transactionalId = record.transactionalId
                state.producerId = record.producerId
                state.transactionState = record.state.rawValue
                return state
            }
        } catch {
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
        }
        return response
    }
}
