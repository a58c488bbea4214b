import Foundation
import Testing

@testable import Policy

@Suite struct PolicyTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static let example: PolicyDocument = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Policies/examples/prod-analytics.yaml")
        return try! PolicyParser.parse(String(contentsOf: url, encoding: .utf8), file: "prod-analytics.yaml")
    }()

    /// Every problem in a file comes out at once, each with its line and column.
    @Test func validationErrorsAreGolden() throws {
        let text = try Self.fixture("broken.yaml")
        let expected = try Self.fixture("broken.errors").split(separator: "\n").map(String.init)
        do {
            _ = try PolicyParser.parse(text, file: "broken.yaml")
            Issue.record("a broken policy was accepted")
        } catch let error as PolicyErrors {
            #expect(error.errors.map(\.description) == expected)
        }
    }

    @Test func syntaxErrorsHaveALocation() {
        #expect(throws: PolicyErrors.self) { try PolicyParser.parse("cluster: [unclosed", file: "bad.yaml") }
        do {
            _ = try PolicyParser.parse("cluster:\n  name: x\n bucket: y\n", file: "bad.yaml")
            Issue.record("bad indentation accepted")
        } catch let error as PolicyErrors {
            #expect(error.errors.first?.description.hasPrefix("bad.yaml:3:") == true, "\(error)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func theExampleIsValid() {
        #expect(Self.example.groups.map(\.name) == ["prod-writers", "analytics-readers", "maintenance"])
        #expect(Self.example.cluster.prefix == "events/")
    }

    /// Routing: first match wins; client.id globs and features; CIDRs; principals; listeners; the dialled group.
    @Test(
        arguments: [
            ("game-server-7", nil, nil, nil, "prod-writers"),
            ("analytics-etl", nil, nil, nil, "analytics-readers"),
            ("someone-else", nil, nil, "maintenance", "maintenance"),
            ("web,fjord_zone=b", "10.1.2.3", nil, nil, "zone-b"),
            ("web,fjord_zone=b", "192.168.0.1", nil, nil, "office"),
            ("web", "10.1.2.3", "User:etl", nil, "by-principal"),
            ("web", "10.9.9.9", nil, nil, "internal"),
            ("web", "fd00::1", nil, nil, "internal"),
            ("web", nil, nil, nil, nil),
        ] as [(String, String?, String?, String?, String?)])
    func routing(clientId: String, source: String?, principal: String?, dialled: String?, expected: String?) throws {
        let policy = try PolicyParser.parse(
            """
            cluster: {name: c, bucket: b}
            groups:
              - {name: prod-writers, roles: [produce]}
              - {name: analytics-readers, roles: [fetch]}
              - {name: maintenance, roles: [jobs]}
              - {name: zone-b, roles: [produce, fetch]}
              - {name: office, roles: [fetch]}
              - {name: by-principal, roles: [fetch]}
              - {name: internal, roles: [fetch]}
            rules:
              - {match: {client_id: "game-server-*"}, serve: prod-writers}
              - {match: {client_id: "analytics-*"}, serve: analytics-readers}
              - {match: {client_id: "someone-*"}, serve: dialled}
              - {match: {features: {fjord_zone: b}, source_cidr: [10.0.0.0/8]}, serve: zone-b}
              - {match: {features: {fjord_zone: b}}, serve: office, fallback: zone-b}
              - {match: {principal: "User:*"}, serve: by-principal}
              - {match: {source_cidr: [10.0.0.0/8, "fd00::/8"]}, serve: internal}
            """, file: "routing.yaml")
        let client = PolicyEngine.Client(clientId: clientId, principal: principal, sourceAddress: source.flatMap(IPAddress.parse), dialledGroup: dialled)
        #expect(PolicyEngine(policy).route(client).group == expected)
    }

    @Test func fallbacksComeWithTheRoute() throws {
        let policy = try PolicyParser.parse(
            """
            cluster: {name: c, bucket: b}
            groups: [{name: a, roles: [fetch]}, {name: b, roles: [fetch]}]
            rules: [{serve: a, fallback: b}]
            """, file: "f.yaml")
        let route = PolicyEngine(policy).route(.init(clientId: "x"))
        #expect(route.group == "a" && route.fallback == "b")
    }

    /// Rules filed by their client.id prefix and rules without one keep file order.
    @Test func firstMatchOrderHoldsAcrossIndexedAndUnindexedRules() throws {
        let policy = try PolicyParser.parse(
            """
            cluster: {name: c, bucket: b}
            groups: [{name: a, roles: [fetch]}, {name: b, roles: [fetch]}, {name: c, roles: [fetch]}]
            rules:
              - {match: {client_id: "x-1*"}, serve: c}
              - {match: {source_cidr: [10.0.0.0/8]}, serve: a}
              - {match: {client_id: "x-*"}, serve: b}
            """, file: "order.yaml")
        let engine = PolicyEngine(policy)
        #expect(engine.route(.init(clientId: "x-2", sourceAddress: IPAddress.parse("10.1.1.1"))).group == "a")
        #expect(engine.route(.init(clientId: "x-2", sourceAddress: IPAddress.parse("11.1.1.1"))).group == "b")
        #expect(engine.route(.init(clientId: "x-17", sourceAddress: IPAddress.parse("10.1.1.1"))).group == "c")
        #expect(engine.route(.init(clientId: "", sourceAddress: IPAddress.parse("10.1.1.1"))).group == "a")
    }

    /// ACLs: deny overrides allow; nothing allowed means denied; prefixes and literals.
    @Test(
        arguments: [
            ("game-server-1", PolicyDocument.Operation.produce, "game.scores", true),
            ("game-server-1", .fetch, "game.scores", false),
            ("game-server-1", .produce, "billing", false),
            ("analytics-etl", .fetch, "game.scores", true),
            ("analytics-etl", .produce, "game.scores", false),
            ("analytics-etl", .commitOffsets, "analytics-daily", true),
            ("analytics-etl", .commitOffsets, "other-group", false),
            ("game-server-1", .deleteTopics, "game.scores", false),
        ] as [(String, PolicyDocument.Operation, String, Bool)])
    func acl(clientId: String, operation: PolicyDocument.Operation, name: String, allowed: Bool) {
        #expect(PolicyEngine(Self.example).authorize(.init(clientId: clientId), operation, on: name).allowed == allowed)
    }

    @Test func denyWinsOverAnEarlierAllow() throws {
        let policy = try PolicyParser.parse(
            """
            cluster: {name: c, bucket: b}
            groups: [{name: a, roles: [produce]}]
            acls:
              - {effect: allow, operations: [all], topics: "*", groups: "*"}
              - {effect: deny, client_ids: ["intern-*"], operations: [produce], topics: {literal: payments}}
            """, file: "acl.yaml")
        let engine = PolicyEngine(policy)
        let denied = engine.authorize(.init(clientId: "intern-3"), .produce, on: "payments")
        #expect(!denied.allowed && denied.statement?.effect == .deny && denied.statement?.location.line == 5)
        #expect(engine.authorize(.init(clientId: "intern-3"), .produce, on: "orders").allowed)
        #expect(engine.authorize(.init(clientId: "ops"), .produce, on: "payments").allowed)
    }

    /// User management is a cluster operation: granted by name to principals, never by `all`.
    @Test func userManagementIsGrantedOnlyByName() throws {
        let policy = try PolicyParser.parse(
            """
            cluster: {name: c, bucket: b}
            groups: [{name: a, roles: [produce]}]
            acls:
              - {effect: allow, operations: [all], topics: "*", groups: "*"}
              - {effect: allow, principals: ["User:admin"], operations: [describe_users, alter_users]}
            """, file: "users.yaml")
        let engine = PolicyEngine(policy)
        #expect(engine.authorize(.init(clientId: "x", principal: "User:admin"), .alterUsers, on: "").allowed)
        #expect(!engine.authorize(.init(clientId: "x", principal: "User:bob"), .alterUsers, on: "").allowed)
        #expect(!engine.authorize(.init(clientId: "x"), .describeUsers, on: "").allowed)
        #expect(engine.authorize(.init(clientId: "x", principal: "User:bob"), .produce, on: "t").allowed)
    }

    /// DescribeAcls shows statements as Kafka bindings, and filters them as Kafka does.
    @Test func aclsAsKafkaBindings() throws {
        let policy = try PolicyParser.parse(
            """
            cluster: {name: c, bucket: b}
            groups: [{name: a, roles: [produce]}]
            acls:
              - {effect: allow, principals: ["User:etl"], operations: [produce, describe], topics: {prefix: "orders."}}
              - {effect: deny, operations: [join_group], groups: {literal: "secret"}}
            """, file: "kafka.yaml")
        let bindings = KafkaACLBinding.all(in: policy)
        #expect(
            bindings == [
                KafkaACLBinding(resourceType: 2, resourceName: "orders.", patternType: 4, principal: "User:etl", host: "*", operation: 4, permissionType: 3),
                KafkaACLBinding(resourceType: 2, resourceName: "orders.", patternType: 4, principal: "User:etl", host: "*", operation: 8, permissionType: 3),
                KafkaACLBinding(resourceType: 3, resourceName: "secret", patternType: 3, principal: "User:*", host: "*", operation: 3, permissionType: 2),
            ])
        // MATCH: the bindings that apply to topic orders.eu; a literal name filter is exact.
        #expect(
            bindings.filter { $0.matches(resourceType: 2, name: "orders.eu", patternType: 2, principal: nil, host: nil, operation: 1, permissionType: 1) }.count
                == 2)
        #expect(
            bindings.filter { $0.matches(resourceType: 2, name: "orders.eu", patternType: 4, principal: nil, host: nil, operation: 1, permissionType: 1) }
                .isEmpty)
        #expect(
            bindings.filter { $0.matches(resourceType: 1, name: nil, patternType: 1, principal: nil, host: nil, operation: 1, permissionType: 2) }.count == 1)
    }

    @Test func cidrs() {
        #expect(CIDR("10.0.0.0/8")!.contains(IPAddress.parse("10.255.1.1")!))
        #expect(!CIDR("10.0.0.0/8")!.contains(IPAddress.parse("11.0.0.1")!))
        #expect(CIDR("10.0.0.0/8")!.contains(CIDR("10.1.0.0/16")!))
        #expect(!CIDR("10.1.0.0/16")!.contains(CIDR("10.0.0.0/8")!))
        #expect(CIDR("fd00::/8")!.contains(IPAddress.parse("fd12::5")!))
        #expect(CIDR("10.0.0.0/33") == nil && CIDR("nonsense") == nil)
        #expect(CIDR("192.168.1.77/24")!.description == "192.168.1.0/24")
    }

    @Test func globs() {
        #expect(Glob.matches("game-*", "game-server-1") && Glob.matches("a?c", "abc") && !Glob.matches("game-*", "games"))
        #expect(Glob.covers("game-*", "game-server-*") && !Glob.covers("game-server-*", "game-*") && Glob.covers("*", "x"))
    }
}
