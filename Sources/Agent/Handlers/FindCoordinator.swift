import KafkaProtocol

/// FindCoordinator (10), v0-6. Group state lives in the control plane, so any agent can
/// coordinate any group; the answer spreads groups over the agents of the group that serves
/// the client (see `RequestGate.serving`). Transactions too (key type 1): their state is in the
/// control plane, so any agent coordinates any transactional id.
struct FindCoordinatorHandler: ImmediateKafkaApiHandler {
    typealias Request = FindCoordinatorRequest
    static let versions: ClosedRange<Int16> = 0...6
    let services: AgentServices

    func handle(_ request: FindCoordinatorRequest, context: RequestContext) async throws -> FindCoordinatorResponse {
        var response = FindCoordinatorResponse()
        let keys = context.apiVersion >= 4 ? request.coordinatorKeys : [request.key]
        let serving = context.gate.serving()
        let found: [(String, ClusterView.Node?, KafkaErrorCode, String?)] = keys.map { key in
            switch request.keyType {
            case 0: if let refusal = context.denial(.describeGroups, on: key) { return (key, nil, refusal.code, refusal.message) }
            case 1:  // Kafka asks DESCRIBE on the id; a producer's WRITE allows it too
                if let refusal = context.transactionRefusal(.describeTransactions, on: key), context.transactionRefusal(on: key) != nil {
                    return (key, nil, refusal.code, refusal.message)
                }
            default: return (key, nil, .invalidRequest, "unknown coordinator key type \(request.keyType)")
            }
            guard let node = serving.coordinator(for: key) else { return (key, nil, .coordinatorNotAvailable, "no agent of the serving group is available") }
            return (key, node, .none, nil)
        }
        if context.apiVersion >= 4 {
            response.coordinators = found.map { key, node, error, message in
                var coordinator = FindCoordinatorResponse.Coordinator()
                coordinator.key = key
                coordinator.nodeId = node?.nodeId ?? -1
                coordinator.host = node?.host ?? ""
                coordinator.port = node?.port ?? -1
                coordinator.errorCode = error.rawValue
                coordinator.errorMessage = message
                return coordinator
            }
        } else if let (_, node, error, message) = found.first {
            response.nodeId = node?.nodeId ?? -1
            response.host = node?.host ?? ""
            response.port = node?.port ?? -1
            response.errorCode = error.rawValue
            if context.apiVersion >= 1 { response.errorMessage = message }
        }
        return response
    }
}
