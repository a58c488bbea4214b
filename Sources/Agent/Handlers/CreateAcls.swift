import ControlPlane
import KafkaProtocol
import Policy

/// CreateAcls (30), v1-3 (Kafka 4.0's range): stores bindings as API-managed ACLs in the
/// control plane, where they are evaluated with the policy file's statements (an explicit
/// deny wins either way); with no policy file, Kafka's allow-if-no-ACL-found applies (see
/// `OpenACLs`). Needs the policy's `alter_acls` (Kafka's ALTER on the cluster). A binding
/// Fjord cannot enforce (a host other than `*`, a resource type it has no such thing as, an
/// operation that means nothing here) is refused with INVALID_REQUEST and the reason; the
/// others in the request are still made. A policy with `api_managed_acls: false` refuses them
/// all with SECURITY_DISABLED.
struct CreateAclsHandler: ImmediateKafkaApiHandler {
    typealias Request = CreateAclsRequest
    static let versions: ClosedRange<Int16> = 1...3
    let services: AgentServices

    func handle(_ request: CreateAclsRequest, context: RequestContext) async throws -> CreateAclsResponse {
        let changes = ACLChanges(services: services, context: context)
        let bindings = request.creations.map {
            KafkaACLBinding(
                resourceType: $0.resourceType, resourceName: $0.resourceName, patternType: $0.resourcePatternType, principal: $0.principal,
                host: $0.host, operation: $0.operation, permissionType: $0.permissionType)
        }
        var outcomes: [(KafkaErrorCode, String?)] = bindings.map { $0.problem.map { (.invalidRequest, $0) } ?? (.none, nil) }
        switch changes.store() {
        case .failure(let refusal):
            outcomes = bindings.map { _ in (refusal.code, refusal.message) }
        case .success(let store):
            let valid = bindings.indices.filter { outcomes[$0].0 == .none }
            guard !valid.isEmpty else { break }
            do {
                let before = Set(services.policy.apiManagedACLs.acls.map(\.binding))
                let acls = try await store.createACLs(valid.map { bindings[$0] }, by: changes.actor, atMs: changes.nowMs)
                let wanted = Set(valid.map { bindings[$0] })
                changes.installed(acls, "created", acls.acls.filter { wanted.contains($0.binding) && !before.contains($0.binding) })
            } catch {
                let failure = (ControlPlaneError.code(for: error, logger: context.logger), ControlPlaneError.message(for: error))
                for index in valid { outcomes[index] = failure }
            }
        }
        var response = CreateAclsResponse()
        response.results = outcomes.map { code, message in
            var result = CreateAclsResponse.AclCreationResult()
            result.errorCode = code.rawValue
            result.errorMessage = message
            return result
        }
        return response
    }
}
