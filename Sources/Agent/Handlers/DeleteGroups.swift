import ControlPlane
import KafkaProtocol

/// DeleteGroups (42), v0-2: deletes empty groups and their committed offsets.
struct DeleteGroupsHandler: ImmediateKafkaApiHandler {
    typealias Request = DeleteGroupsRequest
    static let versions: ClosedRange<Int16> = 0...2
    let services: AgentServices

    func handle(_ request: DeleteGroupsRequest, context: RequestContext) async throws -> DeleteGroupsResponse {
        var response = DeleteGroupsResponse()
        let withOffsets = Set((try? await services.controlPlane.store.groupsWithOffsets()) ?? [])
        for groupId in request.groupsNames {
            var result = DeleteGroupsResponse.DeletableGroupResult()
            result.groupId = groupId
            if let refusal = context.groupRefusal(.deleteGroups, on: groupId) {
                result.errorCode = refusal.code.rawValue
                response.results.append(result)
                continue
            }
            let outcome: KafkaErrorCode
            do {
                let live = try await services.controlPlane.groups.describe(groupId: groupId)
                outcome = live == nil && !withOffsets.contains(groupId) ? .groupIdNotFound : try await services.controlPlane.groups.delete(groupId: groupId)
            } catch {
                result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                response.results.append(result)
                continue
            }
            if outcome == .none {
                do {
                    try await services.controlPlane.store.deleteGroupOffsets(group: groupId)
                } catch {
                    result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                }
            } else {
                result.errorCode = outcome.rawValue
            }
            response.results.append(result)
        }
        return response
    }
}
