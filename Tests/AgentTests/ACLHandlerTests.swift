import KafkaProtocol
import Policy
import Testing

@testable import Agent

/// CreateAcls, DescribeAcls and DeleteAcls over the wire on an embedded cluster: what the
/// real-client tests cannot see (per-binding errors in DeleteAcls, which confluent-kafka and
/// kafka-python drop), and a policy installed on the agent.
@Suite struct ACLHandlerTests {
    static func creation(_ name: String, principal: String = "User:bob", operation: Int8 = 4, permission: Int8 = 2) -> CreateAclsRequest.AclCreation {
        var creation = CreateAclsRequest.AclCreation()
        creation.resourceType = 2
        creation.resourceName = name
        creation.resourcePatternType = 3
        creation.principal = principal
        creation.host = "*"
        creation.operation = operation
        creation.permissionType = permission
        return creation
    }

    static func everything(principal: String? = nil) -> DeleteAclsRequest.DeleteAclsFilter {
        var filter = DeleteAclsRequest.DeleteAclsFilter()
        filter.resourceTypeFilter = 1
        filter.resourceNameFilter = nil
        filter.patternTypeFilter = 1
        filter.principalFilter = principal
        filter.hostFilter = nil
        filter.operation = 1
        filter.permissionType = 1
        return filter
    }

    static let policy = try! PolicyParser.parse(
        """
        cluster: {name: c, bucket: b}
        groups: [{name: default, roles: [produce, fetch], coordinates_consumer_groups: true}]
        acls:
          - {effect: allow, operations: [all], topics: "*", groups: "*"}
          - {effect: allow, operations: [alter_acls, describe_acls]}
          - {effect: allow, principals: ["User:bob"], operations: [produce], topics: {literal: audit}}
        """, file: "handlers.yaml")

    @Test func createDescribeAndDeleteRoundTripAndFileBindingsAreNotDeleted() async throws {
        try await EmbeddedClusterTests.withCluster(agents: 2) { cluster, client in
            var create = CreateAclsRequest()
            var bad = Self.creation("t")
            bad.host = "192.0.2.1"
            create.creations = [Self.creation("audit"), bad, Self.creation("audit")]  // the duplicate is kept once
            let created = try await client.send(create, version: 3)
            #expect(created.results.map(\.errorCode) == [0, KafkaErrorCode.invalidRequest.rawValue, 0])
            #expect(created.results[1].errorMessage?.contains("host must be '*'") == true)
            // Both playground agents enforce it at once: they share the bindings.
            #expect(cluster.agents.allSatisfy { $0.services.policy.apiManagedACLs.acls.map(\.binding.resourceName) == ["audit"] })

            // With a policy in force, the file's bindings come back from DeleteAcls with
            // POLICY_VIOLATION and the statement's position; the API-made one is deleted.
            cluster.agents[0].services.policy.install(version: 7, document: Self.policy)
            var describe = DescribeAclsRequest()
            describe.resourceTypeFilter = 1
            describe.resourceNameFilter = nil
            describe.patternTypeFilter = 1
            describe.principalFilter = "User:bob"
            describe.hostFilter = nil
            describe.operation = 1
            describe.permissionType = 1
            let described = try await client.send(describe, version: 3)
            #expect(described.errorCode == 0)
            #expect(Set(described.resources.flatMap { $0.acls.map(\.permissionType) }) == [2, 3])  // the API's deny, the file's allow

            var delete = DeleteAclsRequest()
            delete.filters = [Self.everything(principal: "User:bob")]
            let deleted = try await client.send(delete, version: 3)
            let matching = try #require(deleted.filterResults.first).matchingAcls
            #expect(matching.count == 2)
            #expect(matching.first { $0.permissionType == 2 }?.errorCode == 0)
            let fromFile = try #require(matching.first { $0.permissionType == 3 })
            #expect(fromFile.errorCode == KafkaErrorCode.policyViolation.rawValue && fromFile.errorMessage?.contains("handlers.yaml:6:") == true)
            #expect(cluster.agents[1].services.policy.apiManagedACLs.acls.isEmpty)
        }
    }

    @Test func aPolicyThatTurnsThemOffAndAClientWithoutAlterAclsAreRefused() async throws {
        try await EmbeddedClusterTests.withCluster { cluster, client in
            var off = Self.policy
            off.apiManagedACLs = false
            off.apiManagedACLsLocation = SourceLocation(file: "handlers.yaml", line: 3, column: 19)
            cluster.agents[0].services.policy.install(version: 8, document: off)
            var create = CreateAclsRequest()
            create.creations = [Self.creation("audit")]
            let refused = try await client.send(create, version: 2)
            #expect(refused.results.first?.errorCode == KafkaErrorCode.securityDisabled.rawValue)
            #expect(refused.results.first?.errorMessage?.contains("'api_managed_acls: false' at handlers.yaml:3:19 (policy v8)") == true)

            var strict = Self.policy
            strict.acls.removeAll { $0.operations.contains(.alterAcls) }
            cluster.agents[0].services.policy.install(version: 9, document: strict)
            let denied = try await client.send(create, version: 2)
            #expect(denied.results.first?.errorCode == KafkaErrorCode.clusterAuthorizationFailed.rawValue)
            var delete = DeleteAclsRequest()
            delete.filters = [Self.everything()]
            #expect(try await client.send(delete, version: 2).filterResults.first?.errorCode == KafkaErrorCode.clusterAuthorizationFailed.rawValue)
            #expect(try await cluster.agents[0].services.acls?.apiManagedACLs().acls.isEmpty == true)
        }
    }
}
