import Testing

@testable import Policy

/// ACL bindings made through the Kafka API: what each means in the policy's terms, which are
/// refused, and how they combine with the file's statements, or stand alone without a file.
@Suite struct APIManagedACLTests {
    typealias B = KafkaACLBinding

    static func acl(
        _ id: Int64, _ name: String, type: Int8 = B.ResourceType.topic, pattern: Int8 = B.PatternType.literal, principal: String = "User:bob",
        _ operation: Int8, _ permission: Int8 = B.Permission.allow
    ) -> APIManagedACL {
        APIManagedACL(
            id: id,
            binding: B(
                resourceType: type, resourceName: name, patternType: pattern, principal: principal, host: "*", operation: operation,
                permissionType: permission),
            createdBy: "User:admin", createdAtMs: 0)
    }

    static func acls(_ list: APIManagedACL...) -> APIManagedACLs { APIManagedACLs(version: 1, acls: list) }

    static let bob = PolicyEngine.Client(clientId: "app", principal: "User:bob")
    static let alice = PolicyEngine.Client(clientId: "app", principal: "User:alice")
    static let anonymous = PolicyEngine.Client(clientId: "app")

    /// Kafka's operations become the policy's, with the describe an allow implies.
    @Test func kafkaOperationsInThePolicysTerms() throws {
        let read = try #require(Self.acl(1, "t", B.Operation.read).statement)
        #expect(read.operations == [.fetch, .describe] && read.topics == .literal("t") && read.principals == ["User:bob"])
        let deniedRead = try #require(Self.acl(2, "t", B.Operation.read, B.Permission.deny).statement)
        #expect(deniedRead.operations == [.fetch] && deniedRead.effect == .deny)
        let anyTopic = try #require(Self.acl(3, "*", principal: "User:*", B.Operation.write).statement)
        #expect(anyTopic.topics == .any && anyTopic.principals == ["*"] && anyTopic.operations == [.produce, .describe])
        let prefixed = try #require(Self.acl(4, "orders.", pattern: B.PatternType.prefixed, B.Operation.all).statement)
        #expect(prefixed.topics == .prefix("orders.") && prefixed.operations == Set(PolicyDocument.Operation.allCases.filter(\.onTopics)))
        let group = try #require(Self.acl(5, "g", type: B.ResourceType.group, B.Operation.read).statement)
        #expect(group.groups == .literal("g") && group.operations == [.joinGroup, .commitOffsets, .describeGroups])
        let create = try #require(Self.acl(6, B.clusterName, type: B.ResourceType.cluster, B.Operation.create).statement)
        #expect(create.operations == [.createTopics] && create.topics == .any)
        let alter = try #require(Self.acl(7, B.clusterName, type: B.ResourceType.cluster, B.Operation.alter).statement)
        #expect(alter.operations.isSuperset(of: [.alterAcls, .alterUsers]))
        let anonymous = try #require(Self.acl(8, "t", principal: "User:ANONYMOUS", B.Operation.read).statement)
        #expect(anonymous.principals == [""])
        #expect(read.origin.contains("API-managed ACL #1") && read.origin.contains("ALLOW User:bob READ on TOPIC LITERAL 't'"))
    }

    /// What Fjord cannot enforce is refused with a reason, never stored to mean nothing.
    @Test func bindingsFjordCannotEnforceAreRefused() {
        func problem(_ acl: APIManagedACL, host: String = "*") -> String? {
            var binding = acl.binding
            binding.host = host
            return binding.problem
        }
        #expect(problem(Self.acl(1, "t", B.Operation.read)) == nil)
        #expect(problem(Self.acl(1, "t", B.Operation.read), host: "10.0.0.1")?.contains("host must be '*'") == true)
        #expect(problem(Self.acl(1, "t", principal: "User:b*", B.Operation.read))?.contains("wildcard") == true)
        #expect(problem(Self.acl(1, "t", principal: "Group:ops", B.Operation.read))?.contains("User:<name>") == true)
        #expect(problem(Self.acl(1, "t", pattern: B.PatternType.match, B.Operation.read))?.contains("LITERAL or PREFIXED") == true)
        #expect(problem(Self.acl(1, "t", B.Operation.read, B.Permission.any))?.contains("ALLOW or DENY") == true)
        #expect(problem(Self.acl(1, "t", B.Operation.clusterAction))?.contains("does not apply to topics") == true)
        #expect(problem(Self.acl(1, B.clusterName, type: B.ResourceType.cluster, B.Operation.idempotentWrite))?.contains("IDEMPOTENT_WRITE") == true)
        #expect(problem(Self.acl(1, "other", type: B.ResourceType.cluster, B.Operation.alter))?.contains("kafka-cluster") == true)
        #expect(problem(Self.acl(1, "tx", type: B.ResourceType.transactionalId, B.Operation.write)) == nil)
        #expect(problem(Self.acl(1, "tx", type: B.ResourceType.transactionalId, B.Operation.read))?.contains("does not apply to transactional ids") == true)
        #expect(problem(Self.acl(1, "t", type: B.ResourceType.delegationToken, B.Operation.describe))?.contains("no DELEGATION_TOKEN") == true)
        #expect(Self.acl(1, "t", B.Operation.idempotentWrite).statement == nil)
    }

    static let policy = try! PolicyParser.parse(
        """
        cluster: {name: c, bucket: b}
        groups: [{name: a, roles: [produce, fetch]}]
        acls:
          - {effect: allow, operations: [all], topics: "*", groups: "*"}
          - {effect: deny, principals: ["User:mallory"], operations: [produce], topics: "*"}
        """, file: "p.yaml")

    /// With a policy, API-managed bindings add to its statements; a deny wins from either side.
    @Test func apiManagedBindingsApplyWithThePolicy() {
        let engine = PolicyEngine(
            Self.policy,
            apiManaged: Self.acls(
                Self.acl(1, "payments", B.Operation.write, B.Permission.deny),
                Self.acl(2, "*", principal: "User:mallory", B.Operation.write),
                Self.acl(3, B.clusterName, type: B.ResourceType.cluster, B.Operation.alter)))
        let denied = engine.authorize(Self.bob, .produce, on: "payments")
        #expect(!denied.allowed && denied.statement?.apiManaged?.id == 1)
        #expect(engine.authorize(Self.alice, .produce, on: "payments").allowed)
        #expect(engine.authorize(Self.bob, .produce, on: "orders").allowed)
        // The file's deny beats the API's allow.
        let mallory = PolicyEngine.Client(clientId: "x", principal: "User:mallory")
        #expect(!engine.authorize(mallory, .produce, on: "orders").allowed)
        // The policy grants no cluster operation; the API-managed ALTER does, to bob only.
        #expect(engine.authorize(Self.bob, .alterAcls, on: "").allowed && !engine.authorize(Self.alice, .alterAcls, on: "").allowed)
    }

    /// `api_managed_acls: false`: the stored bindings do not apply at all.
    @Test func aPolicyCanTurnThemOff() throws {
        let text = """
            cluster: {name: c, bucket: b}
            groups: [{name: a, roles: [produce]}]
            api_managed_acls: false
            acls:
              - {effect: allow, operations: [all], topics: "*", groups: "*"}
            """
        let document = try PolicyParser.parse(text, file: "off.yaml")
        #expect(!document.apiManagedACLs && document.apiManagedACLsLocation?.line == 3)
        let engine = PolicyEngine(document, apiManaged: Self.acls(Self.acl(1, "t", B.Operation.write, B.Permission.deny)))
        #expect(engine.apiManaged.acls.isEmpty && engine.authorize(Self.bob, .produce, on: "t").allowed)
        #expect(document.apiManagedACLsOff(version: 4).contains("'api_managed_acls: false' at off.yaml:3:"))
        #expect(throws: PolicyErrors.self) { try PolicyParser.parse(text.replacingOccurrences(of: "false", with: "maybe"), file: "x.yaml") }
    }

    /// No policy file: Kafka's allow.everyone.if.no.acl.found. A resource no binding names is
    /// open; once one names it, only what a binding allows is; a deny always wins.
    @Test func withoutAPolicyOnlyNamedResourcesAreClosed() {
        let open = OpenACLs(
            Self.acls(
                Self.acl(1, "orders", B.Operation.read),
                Self.acl(2, "secret", pattern: B.PatternType.prefixed, principal: "User:*", B.Operation.all, B.Permission.deny),
                Self.acl(3, "public", principal: "User:ANONYMOUS", B.Operation.write, B.Permission.deny)))
        #expect(open.authorize(Self.bob, .fetch, on: "orders").allowed)
        let alice = open.authorize(Self.alice, .fetch, on: "orders")
        #expect(!alice.allowed && alice.statement == nil)  // named, and nothing allows alice
        #expect(open.authorize(Self.alice, .produce, on: "other").allowed)  // named by no binding
        #expect(!open.authorize(Self.bob, .fetch, on: "secret-plans").allowed)
        #expect(!open.authorize(Self.anonymous, .produce, on: "public").allowed)
        #expect(!open.authorize(Self.bob, .produce, on: "public").allowed)  // named; bob is not denied, but nothing allows him
        #expect(open.authorize(Self.anonymous, .joinGroup, on: "g").allowed && open.authorize(Self.anonymous, .alterAcls, on: "").allowed)
        // Creating a topic needs CREATE on the cluster or on the topic: a cluster no binding
        // names is open, even for a topic that bindings name.
        #expect(open.authorize(Self.alice, .createTopics, on: "orders").allowed)
        let guarded = OpenACLs(Self.acls(Self.acl(1, B.clusterName, type: B.ResourceType.cluster, B.Operation.all)))
        #expect(guarded.authorize(Self.bob, .alterAcls, on: "").allowed && !guarded.authorize(Self.alice, .alterAcls, on: "").allowed)
        #expect(guarded.authorize(Self.alice, .createTopics, on: "new").allowed)  // no binding names topic 'new'
        #expect(guarded.authorize(Self.bob, .createTopics, on: "new").allowed)
        #expect(guarded.authorize(Self.alice, .produce, on: "orders").allowed)
    }

    /// The bindings a policy file makes remember their statement (DeleteAcls names it).
    @Test func fileBindingsKeepTheirStatement() {
        let bindings = KafkaACLBinding.fromStatements(in: Self.policy)
        #expect(bindings.contains { $0.binding.principal == "User:mallory" && $0.statement.location.line == 5 })
        #expect(KafkaACLBinding.all(in: Self.policy) == bindings.map(\.binding))
    }

    /// Transactional ids: a policy's `transactional_ids` statements and TRANSACTIONAL_ID bindings.
    @Test func transactionalIdsAreAResource() throws {
        let document = try PolicyParser.parse(
            """
            cluster: {name: c, bucket: b}
            groups: [{name: a, roles: [produce]}]
            acls:
              - {effect: allow, operations: [all], topics: "*", groups: "*"}
              - {effect: allow, principals: ["User:bob"], operations: [write_transactions, describe_transactions], transactional_ids: {prefix: "etl-"}}
            """, file: "txn.yaml")
        let engine = PolicyEngine(
            document, apiManaged: Self.acls(Self.acl(1, "etl-secret", type: B.ResourceType.transactionalId, B.Operation.write, B.Permission.deny)))
        #expect(engine.authorize(Self.bob, .writeTransactions, on: "etl-orders").allowed)
        #expect(!engine.authorize(Self.bob, .writeTransactions, on: "other").allowed)
        #expect(!engine.authorize(Self.alice, .writeTransactions, on: "etl-orders").allowed)  // `all` does not include them
        let denied = engine.authorize(Self.bob, .writeTransactions, on: "etl-secret")
        #expect(!denied.allowed && denied.statement?.apiManaged?.id == 1)
        #expect(engine.authorize(Self.bob, .describeTransactions, on: "etl-secret").allowed)
        // Naming none is an error, with its place.
        #expect {
            try PolicyParser.parse(
                """
                cluster: {name: c, bucket: b}
                groups: [{name: a, roles: [produce]}]
                acls:
                  - {effect: allow, operations: [write_transactions], topics: "*"}
                """, file: "bad.yaml")
        } throws: { error in
            "\(error)".contains("bad.yaml:4:") && "\(error)".contains("need 'transactional_ids'")
        }
        // The binding a statement makes, and back.
        let bindings = KafkaACLBinding.all(in: document).filter { $0.resourceType == B.ResourceType.transactionalId }
        #expect(bindings.map(\.operation) == [B.Operation.write, B.Operation.describe])
        #expect(bindings.allSatisfy { $0.resourceName == "etl-" && $0.patternType == B.PatternType.prefixed })
        // With no policy, a named id is closed to all but what a binding allows.
        let open = OpenACLs(Self.acls(Self.acl(1, "blocked", type: B.ResourceType.transactionalId, principal: "User:*", B.Operation.write, B.Permission.deny)))
        #expect(!open.authorize(Self.bob, .writeTransactions, on: "blocked").allowed)
        #expect(open.authorize(Self.bob, .writeTransactions, on: "free").allowed)
    }
}
