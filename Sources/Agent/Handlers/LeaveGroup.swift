import ControlPlane
import KafkaProtocol

/// LeaveGroup (13), v0-5 (v3+ may remove several members at once).
struct LeaveGroupHandler: ImmediateKafkaApiHandler {
    typealias Request = LeaveGroupRequest
    static let versions: ClosedRange<Int16> = 0...5
    let services: AgentServices

    func handle(_ request: LeaveGroupRequest, context: RequestContext) async throws -> LeaveGroupResponse {
        let memberIds = context.apiVersion >= 3 ? request.members.map(\.memberId) : [request.memberId]
        var response = LeaveGroupResponse()
        let errors: [String: KafkaErrorCode]
        do {
            if let refusal = context.groupRefusal(.joinGroup, on: request.groupId) { throw refusal }
            errors = try await services.controlPlane.groups.leave(groupId: request.groupId, memberIds: memberIds)
        } catch {
            let code = (error as? Refusal)?.code ?? ControlPlaneError.code(for: error, logger: context.logger)
            errors = Dictionary(memberIds.map { ($0, code) }, uniquingKeysWith: { $1 })
            response.errorCode = code.rawValue
        }
        if context.apiVersion >= 3 {
            response.members = request.members.map { member in
                var result = LeaveGroupResponse.MemberResponse()
                result.memberId = member.memberId
                result.groupInstanceId = member.groupInstanceId
                result.errorCode = (errors[member.memberId] ?? .unknownMemberId).rawValue
                return result
            }
        } else {
            response.errorCode = (errors[request.memberId] ?? .unknownMemberId).rawValue
        }
        return response
    }
}
