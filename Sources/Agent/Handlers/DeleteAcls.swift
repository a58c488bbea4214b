import ControlPlane
import KafkaProtocol
import Policy

/// DeleteAcls (31), v1-3: deletes the API-managed bindings that match each filter (Kafka's
/// ANY and MATCH included) and lists them. A binding that the policy file makes also matches,
/// but cannot be deleted this way: it is listed with POLICY_VIOLATION and the statement's
/// position, so a tool sees what still applies. Needs `alter_acls`, like CreateAcls.
struct DeleteAclsHandler: ImmediateKafkaApiHandler {
    typealias Request = DeleteAclsRequest
    static let versions: ClosedRange<Int16> = 1...3
    let services: AgentServices

    func handle(_ request: DeleteAclsRequest, context: RequestContext) async throws -> DeleteAclsResponse {
        let changes = ACLChanges(services: services, context: context)
        let filters = request.filters.map {
            KafkaACLFilter(
                resourceType: $0.resourceTypeFilter, resourceName: $0.resourceNameFilter, patternType: $0.patternTypeFilter,
                principal: $0.principalFilter, host: $0.hostFilter, operation: $0.operation, permissionType: $0.permissionType)
        }
        var results = filters.map { filter in
            var result = DeleteAclsResponse.DeleteAclsFilterResult()
            result.errorMessage = nil
            if [filter.resourceType, filter.patternType, filter.operation, filter.permissionType].contains(0) {
                result.errorCode = KafkaErrorCode.invalidRequest.rawValue
                result.errorMessage = "the filter has an UNKNOWN (0) resource type, pattern type, operation or permission"
            }
            return result
        }
        let valid = filters.indices.filter { results[$0].errorCode == 0 }
        switch changes.store() {
        case .failure(let refusal):
            for index in results.indices {
                results[index].errorCode = refusal.code.rawValue
                results[index].errorMessage = refusal.message
            }
        case .success(let store) where !valid.isEmpty:
            do {
                let outcome = try await store.deleteACLs(matching: valid.map { filters[$0] }, by: changes.actor, atMs: changes.nowMs)
                changes.installed(outcome.acls, "deleted", Array(outcome.deleted.joined()))
                let fromFile = services.policy.installed.map { KafkaACLBinding.fromStatements(in: $0.engine.document) } ?? []
                for (position, index) in valid.enumerated() {
                    results[index].matchingAcls =
                        outcome.deleted[position].map { Self.matching($0.binding, code: .none, message: nil) }
                        + fromFile.filter { $0.binding.matches(filters[index]) }.map {
                            Self.matching(
                                $0.binding, code: .policyViolation,
                                message: "made by the policy file's statement at \($0.statement.location); change the file and run fjord policy apply")
                        }
                }
            } catch {
                for index in valid {
                    results[index].errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                    results[index].errorMessage = ControlPlaneError.message(for: error)
                }
            }
        case .success:
            break
        }
        var response = DeleteAclsResponse()
        response.filterResults = results
        return response
    }

    private static func matching(_ binding: KafkaACLBinding, code: KafkaErrorCode, message: String?) -> DeleteAclsResponse.DeleteAclsMatchingAcl {
        var acl = DeleteAclsResponse.DeleteAclsMatchingAcl()
        acl.errorCode = code.rawValue
        acl.errorMessage = message
        acl.resourceType = binding.resourceType
        acl.resourceName = binding.resourceName
        acl.patternType = binding.patternType
        acl.principal = binding.principal
        acl.host = binding.host
        acl.operation = binding.operation
        acl.permissionType = binding.permissionType
        return acl
    }
}
