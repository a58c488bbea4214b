import KafkaProtocol
import Policy

/// DescribeAcls (29), v1-3: the ACLs of the policy in force, as Kafka ACL bindings (see
/// `KafkaACLBinding`), so `kafka-acls --list` and admin clients show who may do what. ACLs
/// are changed by applying a policy version, not through the Kafka API. Needs the policy's
/// `describe_acls`; with no policy in force, the answer is SECURITY_DISABLED, as from a
/// Kafka broker without an authorizer.
struct DescribeAclsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeAclsRequest
    static let versions: ClosedRange<Int16> = 1...3
    let services: AgentServices

    func handle(_ request: DescribeAclsRequest, context: RequestContext) async throws -> DescribeAclsResponse {
        var response = DescribeAclsResponse()
        guard let installed = services.policy.installed else {
            response.errorCode = KafkaErrorCode.securityDisabled.rawValue
            response.errorMessage = "no policy is in force, so no ACLs apply (fjord policy apply)"
            return response
        }
        if let refusal = context.denial(.describeAcls, on: "") {
            response.errorCode = refusal.code.rawValue
            response.errorMessage = refusal.message
            return response
        }
        let bindings = KafkaACLBinding.all(in: installed.engine.document).filter {
            $0.matches(
                resourceType: request.resourceTypeFilter, name: request.resourceNameFilter, patternType: request.patternTypeFilter,
                principal: request.principalFilter, host: request.hostFilter, operation: request.operation, permissionType: request.permissionType)
        }
        var resources: [DescribeAclsResponse.DescribeAclsResource] = []
        for binding in bindings {
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
