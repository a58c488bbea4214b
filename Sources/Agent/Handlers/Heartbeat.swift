import ControlPlane
import KafkaProtocol

/// Heartbeat (12), v0-4: keeps a member's session alive; REBALANCE_IN_PROGRESS tells it to rejoin.
struct HeartbeatHandler: ImmediateKafkaApiHandler {
    typealias Request = HeartbeatRequest
    static let versions: ClosedRange<Int16> = 0...4
    let services: AgentServices

    func handle(_ request: HeartbeatRequest, context: RequestContext) async throws -> HeartbeatResponse {
        var response = HeartbeatResponse()
        if let refusal = context.groupRefusal(.joinGroup, on: request.groupId) {
            response.errorCode = refusal.code.rawValue
            return response
        }
        do {
            response.errorCode = try await services.controlPlane.groups.heartbeat(
                groupId: request.groupId, memberId: request.memberId,
                generation: request.generationId
            ).rawValue
        } catch {
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
        }
        return response
    }
}
