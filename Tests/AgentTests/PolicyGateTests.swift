import KafkaProtocol
import Policy
import Testing

@testable import Agent

/// The policy's decisions as an agent applies them: who sees which agents, what a group may
/// serve, and the ACLs, cached per connection. No sockets: a gate over a view and a session.
@Suite struct PolicyGateTests {
    static let policy = try! PolicyParser.parse(
        """
        cluster: {name: games, bucket: b, prefix: events/}
        groups:
          - {name: prod-writers, roles: [produce]}
          - {name: analytics-readers, roles: [fetch], coordinates_consumer_groups: true}
          - {name: standby, roles: [fetch]}
        rules:
          - {name: game-servers, match: {client_id: "game-server-*"}, serve: prod-writers}
          - {name: analytics, match: {client_id: "analytics-*"}, serve: analytics-readers, fallback: standby}
          - {name: default, serve: dialled}
        acls:
          - {effect: allow, client_ids: ["game-server-*"], operations: [produce, describe], topics: {prefix: "game."}}
          - {effect: deny, client_ids: ["game-server-7"], operations: [produce], topics: {literal: game.secret}}
          - {effect: allow, client_ids: ["analytics-*"], operations: [fetch, describe], topics: {prefix: "game."}}
          - {effect: allow, client_ids: ["analytics-*"], operations: [join_group], groups: {prefix: "analytics-"}}
        """, file: "gate.yaml")

    static func node(_ id: Int32, _ group: String, zone: String? = nil) -> ClusterView.Node {
        ClusterView.Node(nodeId: id, host: "10.0.0.\(id)", port: 9092, rack: zone, group: group)
    }

    static let nodes = [
        node(1, "prod-writers", zone: "a"), node(2, "prod-writers", zone: "b"), node(3, "prod-writers", zone: "a"),
        node(4, "analytics-readers", zone: "a"), node(5, "standby"),
    ]

    static func gate(
        clientId: String, agentGroup: String, nodes: [ClusterView.Node] = nodes, version: Int64? = 1,
        session: ClientSession = ClientSession(sourceAddress: [10, 0, 0, 9], listener: "10.0.0.1:9092"), zone: String = "a"
    ) -> RequestGate {
        let cluster = ClusterView(nodes: nodes, ownGroup: agentGroup)
        let policy = AgentPolicy(group: agentGroup)
        if let version { policy.install(version: version, document: Self.policy) }
        return RequestGate(policy: policy, session: session, cluster: cluster, zone: zone, clientId: clientId)
    }

    @Test func servingListsTheClientsGroupItsZoneFirstAndLeadsFromItsZone() {
        let serving = Self.gate(clientId: "game-server-1", agentGroup: "analytics-readers").serving()
        #expect(serving.brokers.map(\.nodeId) == [1, 3, 2])
        #expect(serving.leaders.map(\.nodeId) == [1, 3])
        let elsewhere = Self.gate(clientId: "game-server-1;fjord_zone=b", agentGroup: "prod-writers").serving()
        #expect(elsewhere.brokers.map(\.nodeId) == [2, 1, 3] && elsewhere.leaders.map(\.nodeId) == [2])
        let unknownZone = Self.gate(clientId: "game-server-1,fjord_zone=c", agentGroup: "prod-writers").serving()
        #expect(unknownZone.leaders.map(\.nodeId) == [1, 2, 3])
    }

    @Test func theFallbackGroupServesWhenTheGroupHasNoLiveAgents() {
        let withReaders = Self.gate(clientId: "analytics-etl", agentGroup: "prod-writers").serving()
        #expect(withReaders.brokers.map(\.nodeId) == [4])
        let readersGone = Self.gate(clientId: "analytics-etl", agentGroup: "prod-writers", nodes: Self.nodes.filter { $0.nodeId != 4 }).serving()
        #expect(readersGone.brokers.map(\.nodeId) == [5])
    }

    @Test func dialledRuleServesTheAgentsOwnGroupAndNoRuleServesNothing() {
        #expect(Self.gate(clientId: "kcat", agentGroup: "standby").serving().brokers.map(\.nodeId) == [5])
        let strict = try! PolicyParser.parse(
            "cluster: {name: c, bucket: b}\ngroups: [{name: g, roles: [fetch]}]\nrules: [{match: {client_id: x}, serve: g}]\n", file: "s.yaml")
        let policy = AgentPolicy(group: "g")
        policy.install(version: 1, document: strict)
        let gate = RequestGate(
            policy: policy, session: ClientSession(sourceAddress: nil, listener: nil),
            cluster: ClusterView(nodes: [Self.node(1, "g")], ownGroup: "g"), zone: "", clientId: "y")
        #expect(gate.serving().brokers.isEmpty)
    }

    @Test func withoutAPolicyTheOwnGroupServesAndEverythingIsAllowed() {
        let gate = Self.gate(clientId: "anyone", agentGroup: "prod-writers", version: nil)
        #expect(gate.serving().brokers.map(\.nodeId) == [1, 3, 2])
        #expect(gate.refusal(unless: .fetch) == nil)
        #expect(gate.denial(.deleteTopics, on: "anything") == nil)
    }

    static func apiManaged(version: Int64, deny topic: String) -> APIManagedACLs {
        let binding = KafkaACLBinding(resourceType: 2, resourceName: topic, patternType: 3, principal: "User:*", host: "*", operation: 4, permissionType: 2)
        return APIManagedACLs(version: version, acls: [APIManagedACL(id: 1, binding: binding, createdBy: "User:admin", createdAtMs: 0)])
    }

    /// New API-managed bindings replace the decisions a connection has cached; an older set
    /// arriving late (a slow answer) changes nothing.
    @Test func apiManagedBindingsReplaceCachedDecisions() throws {
        let gate = Self.gate(clientId: "game-server-1", agentGroup: "prod-writers")
        #expect(gate.denial(.produce, on: "game.scores") == nil)
        gate.policy.install(Self.apiManaged(version: 2, deny: "game.scores"))
        let denial = try #require(gate.denial(.produce, on: "game.scores"))
        #expect(denial.refusal.code == .topicAuthorizationFailed && denial.refusal.message.contains("denied by API-managed ACL #1"))
        gate.policy.install(APIManagedACLs(version: 1, acls: []))
        #expect(gate.denial(.produce, on: "game.scores") != nil)
        gate.policy.install(APIManagedACLs(version: 3, acls: []))
        #expect(gate.denial(.produce, on: "game.scores") == nil)
    }

    /// Without a policy, API-managed bindings still refuse, with Kafka's codes.
    @Test func withoutAPolicyAPIManagedBindingsRefuse() throws {
        let gate = Self.gate(clientId: "anyone", agentGroup: "prod-writers", version: nil)
        gate.policy.install(Self.apiManaged(version: 1, deny: "ledger"))
        let denial = try #require(gate.denial(.produce, on: "ledger"))
        #expect(denial.refusal.code == .topicAuthorizationFailed && denial.refusal.message.contains("no policy") && denial.fresh)
        #expect(gate.denial(.produce, on: "ledger")?.fresh == false)  // logged once per connection
        #expect(gate.denial(.fetch, on: "ledger") != nil)  // the topic is named, and nothing allows reading it
        #expect(gate.denial(.produce, on: "other") == nil)
        gate.policy.install(Self.apiManaged(version: 2, deny: "other"))
        #expect(gate.denial(.produce, on: "ledger") == nil)  // the remembered denial went with the old bindings
        #expect(gate.denial(.produce, on: "other") != nil)
    }

    @Test func anOperationOutsideTheGroupsRolesIsRefusedNamingTheRule() throws {
        let gate = Self.gate(clientId: "analytics-etl", agentGroup: "analytics-readers")
        let refusal = try #require(gate.refusal(unless: .produce))
        #expect(refusal.code == .policyViolation)
        #expect(refusal.message.contains("agent group 'analytics-readers'") && refusal.message.contains("does not serve produce"))
        #expect(refusal.message.contains("rule 'analytics' at gate.yaml:"))
        #expect(gate.refusal(unless: .fetch) == nil && gate.refusal(unless: .consumerGroups) == nil)
        #expect(Self.gate(clientId: "x", agentGroup: "standby").refusal(unless: .consumerGroups)?.code == .policyViolation)
        let undeclared = try #require(Self.gate(clientId: "x", agentGroup: "ghosts").refusal(unless: .fetch))
        #expect(undeclared.message.contains("not declared"))
    }

    @Test func aclDecisionsAreCachedPerConnectionAndPerVersion() throws {
        let session = ClientSession(sourceAddress: nil, listener: nil)
        let gate = Self.gate(clientId: "game-server-7", agentGroup: "prod-writers", session: session)
        #expect(gate.denial(.produce, on: "game.events") == nil)
        let denied = try #require(gate.denial(.produce, on: "game.secret"))
        #expect(denied.refusal.code == .topicAuthorizationFailed && denied.fresh)
        #expect(denied.refusal.message.contains("denied by the statement at gate.yaml:"))
        #expect(gate.denial(.produce, on: "game.secret")?.fresh == false)  // remembered: logged once
        #expect(gate.denial(.fetch, on: "game.events")?.refusal.message.contains("no statement allows it") == true)
        #expect(gate.denial(.joinGroup, on: "etl")?.refusal.code == .groupAuthorizationFailed)
        // A new version is decided afresh on the same connection.
        gate.policy.install(version: 2, document: Self.policy)
        #expect(gate.denial(.produce, on: "game.secret")?.fresh == true)
    }
}

@Suite struct ObjectStorePermissionsTests {
    @Test func eachRoleGetsOnlyWhatItNeeds() throws {
        let grants = ObjectStorePermissions.grants(PolicyGateTests.policy)
        #expect(grants[0] == .init(group: "prod-writers", get: false, put: true, delete: false, list: false))
        #expect(grants[1] == .init(group: "analytics-readers", get: true, put: false, delete: false, list: false))
        let iam = try ObjectStorePermissions.awsIAM(PolicyGateTests.policy)
        #expect(iam.contains("arn:aws:s3:::b/events/data/*") && !iam.contains("s3:DeleteObject") && !iam.contains("s3:ListBucket"))
        #expect(throws: ObjectStorePermissions.MissingCredentials.self) { try ObjectStorePermissions.seaweedFS(PolicyGateTests.policy, credentials: [:]) }
    }
}
