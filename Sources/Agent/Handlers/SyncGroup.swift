import ControlPlane
import KafkaProtocol
import NIOCore

/// SyncGroup (14), v0-5: the leader hands out assignments; followers wait for theirs.
struct SyncGroupHandler: KafkaApiHandler {
    static let versions: ClosedRange<Int16> = 0...5
    let services: AgentServices

    func reply(to request: SyncGroupRequest, context: RequestContext) async throws -> HandlerReply<SyncGroupResponse> {
        if let refusal = context.groupRefusal(.joinGroup, on: request.groupId) {
            var response = SyncGroupResponse()
            response.errorCode = refusal.code.rawValue
            return .now(response)
        }
        let groups = services.controlPlane.groups
        let version = context.apiVersion
        return .later {
            let assignments = Dictionary(request.assignments.map { ($0.memberId, $0.assignment) }, uniquingKeysWith: { $1 })
            let result = try await groups.sync(
                groupId: request.groupId, memberId: request.memberId, generation: request.generationId,
                assignments: assignments, protocolType: version >= 5 ? request.protocolType : nil,
                protocolName: version >= 5 ? request.protocolName : nil)
            var response = SyncGroupResponse()
            response.errorCode = result.error.rawValue
            response.assignment = result.assignment
            if version >= 5 {
                response.protocolType = result.protocolType
                response.protocolName = result.protocolName
            }
            return response
        }
    }
}
