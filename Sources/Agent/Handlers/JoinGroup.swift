import ControlPlane
import KafkaProtocol

/// JoinGroup (11), v0-9: joins a classic consumer group. The answer waits for the rebalance
/// (see `GroupStateMachine`); from v4 a new member first gets MEMBER_ID_REQUIRED.
struct JoinGroupHandler: KafkaApiHandler {
    static let versions: ClosedRange<Int16> = 0...9
    let services: AgentServices

    func reply(to request: JoinGroupRequest, context: RequestContext) async throws -> HandlerReply<JoinGroupResponse> {
        if let refusal = context.groupRefusal(.joinGroup, on: request.groupId) { return .now(Self.failure(refusal.code, request)) }
        let join = GroupStateMachine.JoinRequest(
            memberId: request.memberId, groupInstanceId: request.groupInstanceId, clientId: context.clientId ?? "",
            clientHost: context.clientHost, sessionTimeoutMs: request.sessionTimeoutMs,
            rebalanceTimeoutMs: context.apiVersion >= 1 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs,
            protocolType: request.protocolType,
            protocols: request.protocols.map { .init(name: $0.name, metadata: $0.metadata) },
            requireKnownMemberId: context.apiVersion >= 4)
        let groups = services.controlPlane.groups
        let version = context.apiVersion
        let logger = context.logger
        return .later {
            guard !request.groupId.isEmpty else { return Self.failure(.invalidGroupId, request) }
            let result: GroupStateMachine.JoinResult
            do {
                result = try await groups.join(groupId: request.groupId, join)
            } catch {
                return Self.failure(ControlPlaneError.code(for: error, logger: logger), request)
            }
            var response = JoinGroupResponse()
            response.errorCode = result.error.rawValue
            response.generationId = result.generation
            response.memberId = result.memberId
            response.leader = result.leader
            response.protocolName = result.protocolName ?? (version >= 7 ? nil : "")
            if version >= 7 { response.protocolType = result.protocolType }
            response.members = result.members.map { member in
                var entry = JoinGroupResponse.JoinGroupResponseMember()
                entry.memberId = member.memberId
                entry.groupInstanceId = member.groupInstanceId
                entry.metadata = member.metadata
                return entry
            }
            return response
        }
    }

    static func failure(_ error: KafkaErrorCode, _ request: JoinGroupRequest) -> JoinGroupResponse {
        var response = JoinGroupResponse()
        response.errorCode = error.rawValue
        response.generationId = -1
        response.memberId = request.memberId
        response.protocolName = ""
        return response
    }
}
