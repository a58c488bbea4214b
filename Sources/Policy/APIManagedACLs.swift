/// An ACL binding a client made through the Kafka API (CreateAcls), as the control plane
/// stores it. Such bindings are evaluated with the policy file's statements (an explicit deny
/// wins either way) unless the policy says `api_managed_acls: false`.
public struct APIManagedACL: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The control plane's number for it, unique for the cluster's lifetime.
    public var id: Int64
    public var binding: KafkaACLBinding
    /// The principal (or client.id, when none) that created it, and when (ms since 1970).
    public var createdBy: String
    public var createdAtMs: Int64
    /// Set once DeleteAcls removed it; the row stays for `fjord policy history`.
    public var deletedBy: String?
    public var deletedAtMs: Int64?

    public init(id: Int64, binding: KafkaACLBinding, createdBy: String, createdAtMs: Int64, deletedBy: String? = nil, deletedAtMs: Int64? = nil) {
        self.id = id
        self.binding = binding
        self.createdBy = createdBy
        self.createdAtMs = createdAtMs
        self.deletedBy = deletedBy
        self.deletedAtMs = deletedAtMs
    }

    public var description: String { "#\(id) (\(binding), created by \(createdBy))" }
}

/// The API-managed bindings in force, with the version they make up: every CreateAcls or
/// DeleteAcls that changes something raises it, and agents reload when it moves.
public struct APIManagedACLs: Sendable, Equatable, Codable {
    public var version: Int64
    public var acls: [APIManagedACL]

    public init(version: Int64, acls: [APIManagedACL]) {
        self.version = version
        self.acls = acls
    }

    public static let none = APIManagedACLs(version: 0, acls: [])
}

extension PolicyDocument {
    /// Why CreateAcls and DeleteAcls are refused when this policy turns them off.
    public func apiManagedACLsOff(version: Int64) -> String {
        let setting = apiManagedACLsLocation.map { " at \($0)" } ?? ""
        return
            "ACLs made through the Kafka API are turned off by 'api_managed_acls: false'\(setting) (policy v\(version)); change the policy file's acls and run fjord policy apply"
    }
}

extension KafkaACLBinding: CustomStringConvertible {
    /// As `kafka-acls --list` words it: `ALLOW User:bob READ on TOPIC LITERAL orders`.
    public var description: String {
        "\(Self.permissionName(permissionType)) \(principal) \(Self.operationName(operation)) on \(Self.resourceTypeName(resourceType)) \(Self.patternTypeName(patternType)) '\(resourceName)'\(host == "*" ? "" : " from \(host)")"
    }

    static func permissionName(_ code: Int8) -> String {
        [Permission.allow: "ALLOW", Permission.deny: "DENY", Permission.any: "ANY"][code] ?? "permission \(code)"
    }

    static func operationName(_ code: Int8) -> String {
        let names: [Int8: String] = [
            Operation.any: "ANY", Operation.all: "ALL", Operation.read: "READ", Operation.write: "WRITE", Operation.create: "CREATE",
            Operation.delete: "DELETE", Operation.alter: "ALTER", Operation.describe: "DESCRIBE", Operation.clusterAction: "CLUSTER_ACTION",
            Operation.describeConfigs: "DESCRIBE_CONFIGS", Operation.alterConfigs: "ALTER_CONFIGS", Operation.idempotentWrite: "IDEMPOTENT_WRITE",
            Operation.createTokens: "CREATE_TOKENS", Operation.describeTokens: "DESCRIBE_TOKENS",
        ]
        return names[code] ?? "operation \(code)"
    }

    static func resourceTypeName(_ code: Int8) -> String {
        let names: [Int8: String] = [
            ResourceType.any: "ANY", ResourceType.topic: "TOPIC", ResourceType.group: "GROUP", ResourceType.cluster: "CLUSTER",
            ResourceType.transactionalId: "TRANSACTIONAL_ID", ResourceType.delegationToken: "DELEGATION_TOKEN", ResourceType.user: "USER",
        ]
        return names[code] ?? "resource type \(code)"
    }

    static func patternTypeName(_ code: Int8) -> String {
        let names: [Int8: String] = [
            PatternType.any: "ANY", PatternType.match: "MATCH", PatternType.literal: "LITERAL", PatternType.prefixed: "PREFIXED",
        ]
        return names[code] ?? "pattern type \(code)"
    }

    /// Why Fjord cannot store this binding, or nil when it can. Each reason says what would
    /// work instead; the binding would otherwise be kept and mean nothing.
    public var problem: String? {
        if permissionType != Permission.allow && permissionType != Permission.deny {
            return "the permission must be ALLOW or DENY, not \(Self.permissionName(permissionType))"
        }
        if patternType != PatternType.literal && patternType != PatternType.prefixed {
            return "the pattern type must be LITERAL or PREFIXED, not \(Self.patternTypeName(patternType))"
        }
        if resourceName.isEmpty { return "the resource name is empty" }
        if host != "*" { return "the host must be '*': Fjord's ACLs match principals, not client addresses" }
        guard principal.hasPrefix("User:"), principal.count > 5 else {
            return "the principal must be User:<name> or User:*, not '\(principal)'"
        }
        if principal != "User:*" && principal.contains(where: { $0 == "*" || $0 == "?" }) {
            return "the principal '\(principal)' holds a wildcard; Kafka's only principal wildcard is User:*"
        }
        return grant.problem
    }

    /// What the binding allows or denies in the policy's terms: operations, and the topics or
    /// groups they apply to. An allow also grants the describe operations Kafka implies
    /// (READ, WRITE, DELETE and ALTER imply DESCRIBE; ALTER_CONFIGS implies DESCRIBE_CONFIGS).
    var grant:
        (
            operations: Set<PolicyDocument.Operation>, topics: PolicyDocument.NamePattern?, groups: PolicyDocument.NamePattern?,
            transactionalIds: PolicyDocument.NamePattern?, problem: String?
        )
    {
        let pattern: PolicyDocument.NamePattern =
            resourceName == "*" && patternType == PatternType.literal
            ? .any : patternType == PatternType.prefixed ? .prefix(resourceName) : .literal(resourceName)
        let allow = permissionType == Permission.allow
        let operation = Self.operationName(self.operation)
        switch resourceType {
        case ResourceType.topic:
            let operations: Set<PolicyDocument.Operation>
            switch self.operation {
            case Operation.all: operations = Set(PolicyDocument.Operation.allCases.filter(\.onTopics))
            case Operation.read: operations = allow ? [.fetch, .describe] : [.fetch]
            case Operation.write: operations = allow ? [.produce, .describe] : [.produce]
            case Operation.create: operations = [.createTopics]
            case Operation.delete: operations = allow ? [.deleteTopics, .deleteRecords, .describe] : [.deleteTopics, .deleteRecords]
            // Fjord's alter_configs covers CreatePartitions (Kafka's ALTER) and config changes.
            case Operation.alter, Operation.alterConfigs: operations = allow ? [.alterConfigs, .describe] : [.alterConfigs]
            case Operation.describe, Operation.describeConfigs: operations = [.describe]
            default: return ([], nil, nil, nil, "\(operation) does not apply to topics")
            }
            return (operations, pattern, nil, nil, nil)
        case ResourceType.group:
            let operations: Set<PolicyDocument.Operation>
            switch self.operation {
            case Operation.all: operations = Set(PolicyDocument.Operation.allCases.filter(\.onGroups))
            case Operation.read: operations = allow ? [.joinGroup, .commitOffsets, .describeGroups] : [.joinGroup, .commitOffsets]
            case Operation.describe: operations = [.describeGroups]
            case Operation.delete: operations = allow ? [.deleteGroups, .describeGroups] : [.deleteGroups]
            default: return ([], nil, nil, nil, "\(operation) does not apply to consumer groups")
            }
            return (operations, nil, pattern, nil, nil)
        case ResourceType.cluster:
            guard resourceName == Self.clusterName, patternType == PatternType.literal else {
                return ([], nil, nil, nil, "the cluster resource is LITERAL '\(Self.clusterName)'")
            }
            switch self.operation {
            case Operation.all: return ([.describeUsers, .alterUsers, .describeAcls, .alterAcls, .createTopics], .any, nil, nil, nil)
            // Kafka: CREATE on the cluster lets a client create any topic.
            case Operation.create: return ([.createTopics], .any, nil, nil, nil)
            case Operation.alter: return (allow ? [.alterUsers, .alterAcls, .describeUsers, .describeAcls] : [.alterUsers, .alterAcls], nil, nil, nil, nil)
            case Operation.describe: return ([.describeUsers, .describeAcls], nil, nil, nil, nil)
            case Operation.idempotentWrite:
                return ([], nil, nil, nil, "IDEMPOTENT_WRITE means nothing in Fjord: any client allowed to WRITE a topic may produce idempotently")
            case Operation.clusterAction:
                return ([], nil, nil, nil, "CLUSTER_ACTION means nothing in Fjord: agents prove who they are with agent keys, not ACLs")
            case Operation.describeConfigs, Operation.alterConfigs:
                return ([], nil, nil, nil, "\(operation) on the cluster means nothing in Fjord: broker configs are read-only, set where agents start")
            default: return ([], nil, nil, nil, "\(operation) does not apply to the cluster")
            }
        case ResourceType.transactionalId:
            switch self.operation {
            case Operation.all: return (Set(PolicyDocument.Operation.allCases.filter(\.onTransactionalIds)), nil, nil, pattern, nil)
            case Operation.write: return (allow ? [.writeTransactions, .describeTransactions] : [.writeTransactions], nil, nil, pattern, nil)
            case Operation.describe: return ([.describeTransactions], nil, nil, pattern, nil)
            default: return ([], nil, nil, nil, "\(operation) does not apply to transactional ids")
            }
        default:
            return (
                [], nil, nil, nil, "Fjord has no \(Self.resourceTypeName(resourceType)) resources; bindings may name TOPIC, GROUP, CLUSTER or TRANSACTIONAL_ID"
            )
        }
    }
}

extension APIManagedACL {
    /// The binding as a policy statement, or nil when it cannot be one (it was refused when
    /// created, so only a row from a newer Fjord can be nil).
    public var statement: PolicyDocument.ACLStatement? {
        guard binding.problem == nil else { return nil }
        let grant = binding.grant
        // User:* is anyone; User:ANONYMOUS a client that did not authenticate (no principal).
        let principal = binding.principal == "User:*" ? "*" : binding.principal == "User:ANONYMOUS" ? "" : binding.principal
        return PolicyDocument.ACLStatement(
            effect: binding.permissionType == KafkaACLBinding.Permission.allow ? .allow : .deny, principals: [principal], clientIds: ["*"],
            operations: grant.operations, topics: grant.topics, groups: grant.groups,
            location: SourceLocation(file: "api-managed", line: Int(id), column: 1), apiManaged: self, transactionalIds: grant.transactionalIds)
    }
}

/// The API-managed ACLs of a cluster with no policy file in force (the playground): Kafka's
/// authorizer with `allow.everyone.if.no.acl.found=true`. A resource that no binding names is
/// open to every client; once a binding names it, only what a binding allows is allowed; a
/// deny always wins.
public struct OpenACLs: Sendable {
    public let acls: APIManagedACLs
    private let evaluator: ACLEvaluator

    public init(_ acls: APIManagedACLs) {
        self.acls = acls
        evaluator = ACLEvaluator(acls.acls.compactMap(\.statement))
    }

    public func authorize(_ client: PolicyEngine.Client, _ operation: PolicyDocument.Operation, on name: String) -> PolicyEngine.Decision {
        let (deny, allow) = evaluator.evaluate(client, operation, on: name)
        if let deny { return .init(allowed: false, statement: deny) }
        if let allow { return .init(allowed: true, statement: allow) }
        let type: Int8 =
            switch operation.resource {
            case .cluster: KafkaACLBinding.ResourceType.cluster
            case .group: KafkaACLBinding.ResourceType.group
            case .transactionalId: KafkaACLBinding.ResourceType.transactionalId
            case .topic: KafkaACLBinding.ResourceType.topic
            }
        // Kafka lets a client create a topic when it may CREATE on the cluster or on the topic:
        // a cluster that no binding names is open, whatever the topic's bindings.
        if operation == .createTopics, !names(KafkaACLBinding.ResourceType.cluster, "") { return .init(allowed: true, statement: nil) }
        return .init(allowed: !names(type, name), statement: nil)
    }

    /// Whether any binding is on the resource (whatever its operation or principal), as
    /// Kafka decides "an ACL was found".
    private func names(_ type: Int8, _ name: String) -> Bool {
        acls.acls.contains { acl in
            let binding = acl.binding
            guard binding.resourceType == type else { return false }
            if type == KafkaACLBinding.ResourceType.cluster { return true }
            if binding.patternType == KafkaACLBinding.PatternType.prefixed { return name.hasPrefix(binding.resourceName) }
            return binding.resourceName == "*" || binding.resourceName == name
        }
    }
}
