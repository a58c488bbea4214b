/// The policy's ACL statements as Kafka ACL bindings, for DescribeAcls: what `kafka-acls
/// --list` and admin clients show. Each (principal, operation, resource) of a statement is
/// one binding; Kafka's own codes are used throughout.
///
/// Kafka ACLs cannot say everything a statement can: a statement limited to some client.ids
/// is listed with its principals only (the client.id condition still applies when Fjord
/// authorizes), and its principal globs are shown as written (`*` as `User:*`).
public struct KafkaACLBinding: Sendable, Hashable, Codable {
    public var resourceType: Int8
    public var resourceName: String
    public var patternType: Int8
    public var principal: String
    public var host: String
    public var operation: Int8
    public var permissionType: Int8

    public init(
        resourceType: Int8, resourceName: String, patternType: Int8, principal: String, host: String, operation: Int8, permissionType: Int8
    ) {
        self.resourceType = resourceType
        self.resourceName = resourceName
        self.patternType = patternType
        self.principal = principal
        self.host = host
        self.operation = operation
        self.permissionType = permissionType
    }

    /// Kafka's codes.
    public enum ResourceType {
        public static let any: Int8 = 1, topic: Int8 = 2, group: Int8 = 3, cluster: Int8 = 4, transactionalId: Int8 = 5
        public static let delegationToken: Int8 = 6, user: Int8 = 7
    }
    public enum PatternType { public static let any: Int8 = 1, match: Int8 = 2, literal: Int8 = 3, prefixed: Int8 = 4 }
    public enum Permission { public static let any: Int8 = 1, deny: Int8 = 2, allow: Int8 = 3 }
    public enum Operation {
        public static let any: Int8 = 1, all: Int8 = 2, read: Int8 = 3, write: Int8 = 4, create: Int8 = 5, delete: Int8 = 6
        public static let alter: Int8 = 7, describe: Int8 = 8, clusterAction: Int8 = 9, describeConfigs: Int8 = 10, alterConfigs: Int8 = 11
        public static let idempotentWrite: Int8 = 12, createTokens: Int8 = 13, describeTokens: Int8 = 14
    }

    /// The one cluster resource's name.
    public static let clusterName = "kafka-cluster"

    /// Every binding the policy's statements make, in statement order.
    public static func all(in document: PolicyDocument) -> [KafkaACLBinding] { fromStatements(in: document).map(\.binding) }

    /// Every binding the policy's statements make, each with the first statement that makes it.
    public static func fromStatements(in document: PolicyDocument) -> [(binding: KafkaACLBinding, statement: PolicyDocument.ACLStatement)] {
        var bindings: [(binding: KafkaACLBinding, statement: PolicyDocument.ACLStatement)] = []
        var seen = Set<KafkaACLBinding>()
        for statement in document.acls {
            let permission = statement.effect == .allow ? Permission.allow : Permission.deny
            let principals = statement.principals.map { $0 == "*" ? "User:*" : $0 }
            for operation in PolicyDocument.Operation.allCases where statement.operations.contains(operation) {
                let resource: (Int8, String, Int8)?
                if operation.onCluster {
                    resource = (ResourceType.cluster, clusterName, PatternType.literal)
                } else {
                    let type = operation.onGroups ? ResourceType.group : operation.onTransactionalIds ? ResourceType.transactionalId : ResourceType.topic
                    resource = statement.pattern(for: operation.resource).map { (type, $0.kafkaName, $0.kafkaPatternType) }
                }
                guard let (type, name, patternType) = resource else { continue }
                for principal in principals {
                    let binding = KafkaACLBinding(
                        resourceType: type, resourceName: name, patternType: patternType, principal: principal, host: "*",
                        operation: operation.kafkaOperation, permissionType: permission)
                    if seen.insert(binding).inserted { bindings.append((binding, statement)) }
                }
            }
        }
        return bindings
    }

    /// Whether this binding passes a DescribeAcls filter (Kafka's ANY and MATCH included;
    /// nil strings match anything).
    public func matches(
        resourceType: Int8, name: String?, patternType: Int8, principal: String?, host: String?,
        operation: Int8, permissionType: Int8
    ) -> Bool {
        matches(
            KafkaACLFilter(
                resourceType: resourceType, resourceName: name, patternType: patternType, principal: principal, host: host, operation: operation,
                permissionType: permissionType))
    }

    /// Whether this binding passes a DescribeAcls or DeleteAcls filter.
    public func matches(_ filter: KafkaACLFilter) -> Bool {
        (filter.resourceType == ResourceType.any || filter.resourceType == resourceType)
            && (filter.patternType == PatternType.any || filter.patternType == PatternType.match || filter.patternType == patternType)
            && (filter.resourceName.map { nameMatches($0, matchSemantics: filter.patternType == PatternType.match) } ?? true)
            && (filter.principal == nil || filter.principal == principal)
            && (filter.host == nil || filter.host == host)
            && (filter.operation == Operation.any || filter.operation == operation)
            && (filter.permissionType == Permission.any || filter.permissionType == permissionType)
    }

    private func nameMatches(_ name: String, matchSemantics: Bool) -> Bool {
        guard matchSemantics else { return name == resourceName }
        // MATCH: the bindings that apply to a resource of that name.
        switch patternType {
        case PatternType.prefixed: return name.hasPrefix(resourceName)
        default: return resourceName == "*" || resourceName == name
        }
    }
}

/// A DescribeAcls or DeleteAcls filter: Kafka's codes, with ANY (and MATCH for the pattern
/// type) allowed; a nil string matches anything.
public struct KafkaACLFilter: Sendable, Hashable, Codable {
    public var resourceType: Int8
    public var resourceName: String?
    public var patternType: Int8
    public var principal: String?
    public var host: String?
    public var operation: Int8
    public var permissionType: Int8

    public init(
        resourceType: Int8, resourceName: String?, patternType: Int8, principal: String?, host: String?, operation: Int8, permissionType: Int8
    ) {
        self.resourceType = resourceType
        self.resourceName = resourceName
        self.patternType = patternType
        self.principal = principal
        self.host = host
        self.operation = operation
        self.permissionType = permissionType
    }
}

extension KafkaACLFilter {
    /// The filter that matches `binding` and nothing else (its names literally, its codes
    /// exactly), for deleting one binding.
    public init(exactly binding: KafkaACLBinding) {
        self.init(
            resourceType: binding.resourceType, resourceName: binding.resourceName, patternType: binding.patternType, principal: binding.principal,
            host: binding.host, operation: binding.operation, permissionType: binding.permissionType)
    }
}

extension PolicyDocument.NamePattern {
    var kafkaName: String {
        switch self {
        case .literal(let name), .prefix(let name): name
        case .any: "*"
        }
    }

    var kafkaPatternType: Int8 {
        if case .prefix = self { return KafkaACLBinding.PatternType.prefixed }
        return KafkaACLBinding.PatternType.literal
    }
}

extension PolicyDocument.Operation {
    /// Kafka's AclOperation code for what this operation allows.
    var kafkaOperation: Int8 {
        switch self {
        case .fetch, .joinGroup, .commitOffsets: 3  // READ
        case .produce, .writeTransactions: 4  // WRITE
        case .createTopics: 5  // CREATE
        case .deleteTopics, .deleteRecords, .deleteGroups: 6  // DELETE
        case .alterUsers, .alterAcls: 7  // ALTER
        case .describe, .describeGroups, .describeUsers, .describeAcls, .describeTransactions: 8  // DESCRIBE
        case .alterConfigs: 11  // ALTER_CONFIGS
        }
    }
}
