import ControlPlane
import KafkaProtocol

/// DescribeGroups (15), v0-5: state, protocol and members of each group. A group Fjord has
/// never seen is "Dead" with no error, as in Kafka; one with only offsets is "Empty".
struct DescribeGroupsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeGroupsRequest
    static let versions: ClosedRange<Int16> = 0...5
    let services: AgentServices

    func handle(_ request: DescribeGroupsRequest, context: RequestContext) async throws -> DescribeGroupsResponse {
        var response = DescribeGroupsResponse()
        let withOffsets = Set((try? await services.controlPlane.store.groupsWithOffsets()) ?? [])
        for groupId in request.groups {
            var described = DescribeGroupsResponse.DescribedGroup()
            described.groupId = groupId
            if let refusal = context.groupRefusal(.describeGroups, on: groupId) {
                described.errorCode = refusal.code.rawValue
                response.groups.append(described)
                continue
            }
            let live: GroupSummary?
            do {
                live = try await services.controlPlane.groups.describe(groupId: groupId)
            } catch {
                described.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                response.groups.append(described)
                continue
            }
            if let group = live {
                described.groupState = group.phase.rawValue
                described.protocolType = group.protocolType ?? ""
                described.protocolData = group.protocolName ?? ""
                described.members = group.members.map { member in
                    var entry = DescribeGroupsResponse.DescribedGroupMember()
                    entry.memberId = member.memberId
                    entry.groupInstanceId = member.groupInstanceId
                    entry.clientId = member.clientId
                    entry.clientHost = member.clientHost
                    entry.memberMetadata = member.metadata
                    entry.memberAssignment = member.assignment
                    return entry
                }
            } else {
                described.groupState = withOffsets.contains(groupId) ? GroupStateMachine.Phase.empty.rawValue : GroupStateMachine.Phase.dead.rawValue
                described.protocolType = withOffsets.contains(groupId) ? "consumer" : ""
            }
            response.groups.append(described)
        }
        return response
    }
}
