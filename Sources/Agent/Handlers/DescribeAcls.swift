import ControlPlane
import KafkaProtocol
import Policy

/// DescribeAcls (29), v1-3: the ACLs in force as Kafka ACL bindings, so `kafka-acls --list`
/// and admin clients show who may do what: the policy file's statements (see
/// `KafkaACLBinding`) and the API-managed bindings (CreateAcls), read fresh from the control
/// plane. The protocol has no field to say where a binding comes from; `fjord policy explain`
/// and `fjord policy history` do. Needs the policy's `describe_acls`.
struct DescribeAclsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeAclsRequest
    static let versions: ClosedRange<Int16> = 1...3
    let services: AgentServices

    func handle(_ request: DescribeAclsRequest, context: RequestContext) async throws -> DescribeAclsResponse {
        var response = DescribeAclsResponse()
        if let refusal = context.denial(.describeAcls, on: "") {
            response.errorCode = refusal.code.rawValue
            response.errorMessage = refusal.message
            return response
        }
        let installed = services.policy.installed
        var bindings = installed.map { KafkaACLBinding.all(in: $0.engine.document) } ?? []
        if installed?.engine.document.apiManagedACLs ?? true, let store = services.acls {
            do {
                let acls = try await store.apiManagedACLs()
                services.policy.install(acls)
                let fromFile = Set(bindings)
                bindings += acls.acls.map(\.binding).filter { !fromFile.contains($0) }
            } catch {
                response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                response.errorMessage = ControlPlaneError.message(for: error)
                return response
            }
        }
        let filter = KafkaACLFilter(
            resourceType: request.resourceTypeFilter, resourceName: request.resourceNameFilter, patternType: request.patternTypeFilter,
            principal: request.principalFilter, host: request.hostFilter, operation: request.operation, permissionType: request.permissionType)
        var resources: [DescribeAclsResponse.DescribeAclsResource] = []
        for binding in bindings where binding.matches(filter) {
            var acl = DescribeAclsResponse.AclDescription()
            acl.principal = binding.principal
            acl.host = binding.host
            acl.operation = binding.operation
            acl.permissionType = binding.permissionType
            if let index = resources.firstIndex(where: {
                $0.resourceType == binding.resourceType && $0.resourceName == binding.resourceName && $0.patternType == binding.patternType
            }) {
                resources[index].acls.append(acl)
            } else {
                var resource = DescribeAclsResponse.DescribeAclsResource()
                resource.resourceType = binding.resourceType
                resource.resourceName = binding.resourceName
                resource.patternType = binding.patternType
                resource.acls = [acl]
                resources.append(resource)
            }
        }
        response.resources = resources
        response.errorMessage = nil
        return response
    }
}
