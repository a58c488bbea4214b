import ControlPlane
import KafkaProtocol

/// ListGroups (16), v0-5: groups with members, and groups that only have committed offsets
/// (reported Empty).
struct ListGroupsHandler: ImmediateKafkaApiHandler {
    typealias Request = ListGroupsRequest
    static let versions: ClosedRange<Int16> = 0...5
    let services: AgentServices

    func handle(_ request: ListGroupsRequest, context: RequestContext) async throws -> ListGroupsResponse {
        var listed: [String: (protocolType: String, state: String)] = [:]
        var response = ListGroupsResponse()
        if let refusal = context.refusal(unless: .consumerGroups) {
            response.errorCode = refusal.code.rawValue
            return response
        }
        do {
            for group in try await services.controlPlane.groups.listGroups() {
                listed[group.groupId] = (group.protocolType ?? "consumer", group.phase.rawValue)
            }
            for group in try await services.controlPlane.store.groupsWithOffsets() where listed[group] == nil {
                listed[group] = ("consumer", GroupStateMachine.Phase.empty.rawValue)
            }
        } catch {
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
        }
        let states = Set(request.statesFilter.map { $0.lowercased() })
        let types = Set(request.typesFilter.map { $0.lowercased() })
        response.groups = listed.keys.sorted().compactMap { groupId in
            let (protocolType, state) = listed[groupId]!
            if context.gate.denial(.describeGroups, on: groupId) != nil { return nil }  // only groups the client may describe, as in Kafka
            if context.apiVersion >= 4, !states.isEmpty, !states.contains(state.lowercased()) { return nil }
            if context.apiVersion >= 5, !types.isEmpty, !types.contains("classic") { return nil }
            var group = ListGroupsResponse.ListedGroup()
            group.groupId = groupId
            group.protocolType = protocolType
            if context.apiVersion >= 4 { group.groupState = state }
            if context.apiVersion >= 5 { group.groupType = "classic" }
            return group
        }
        return response
    }
}
