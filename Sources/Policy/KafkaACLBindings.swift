/// The policy's ACL statements as Kafka ACL bindings, for DescribeAcls: what `kafka-acls
/// --list` and admin clients show. Each (principal, operation, resource) of a statement is
/// one binding; Kafka's own codes are used throughout.
///
/// Kafka ACLs cannot say everything a statement can: a statement limited to some client.ids
/// is listed with its principals only (the client.id condition still applies when Fjord
/// authorizes), and its principal globs are shown as written (`*` as `User:*`).
public struct KafkaACLBinding: Sendable, Hashable {
    public var resourceType: Int8
    public var resourceName: String
    public var patternType: Int8
    public var principal: String
    public var host: String
    public var operation: Int8
    public var permissionType: Int8

    /// Kafka's codes.
    public enum ResourceType { public static let any: Int8 = 1, topic: Int8 = 2, group: Int8 = 3, cluster: Int8 = 4 }
    public enum PatternType { public static let any: Int8 = 1, match: Int8 = 2, literal: Int8 = 3, prefixed: Int8 = 4 }
    public enum Permission { public static let any: Int8 = 1, deny: Int8 = 2, allow: Int8 = 3 }
    public enum Operation { public static let any: Int8 = 1 }

    /// Every binding the policy's statements make, in statement order.
    public static func all(in document: PolicyDocument) -> [KafkaACLBinding] {
        var bindings: [KafkaACLBinding] = []
        for statement in document.acls {
            let permission = statement.effect == .allow ? Permission.allow : Permission.deny
            let principals = statement.principals.map { $0 == "*" ? "User:*" : $0 }
            for operation in PolicyDocument.Operation.allCases where statement.operations.contains(operation) {
                let resource: (Int8, String, Int8)?
                if operation.onCluster {
                    resource = (ResourceType.cluster, "kafka-cluster", PatternType.literal)
                } else {
                    let pattern = operation.onGroups ? statement.groups : statement.topics
                    resource = pattern.map { (operation.onGroups ? ResourceType.group : ResourceType.topic, $0.kafkaName, $0.kafkaPatternType) }
                }
                guard let (type, name, patternType) = resource else { continue }
                for principal in principals {
                    let binding = KafkaACLBinding(
                        resourceType: type, resourceName: name, patternType: patternType, principal: principal, host: "*",
                        operation: operation.kafkaOperation, permissionType: permission)
                    if !bindings.contains(binding) { bindings.append(binding) }
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
        (resourceType == ResourceType.any || resourceType == self.resourceType)
            && (patternType == PatternType.any || patternType == PatternType.match || patternType == self.patternType)
            && (name == nil || nameMatches(name!, matchSemantics: patternType == PatternType.match))
            && (principal == nil || principal == self.principal)
            && (host == nil || host == self.host)
            && (operation == Operation.any || operation == self.operation)
            && (permissionType == Permission.any || permissionType == self.permissionType)
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
        case .produce: 4  // WRITE
        case .createTopics: 5  // CREATE
        case .deleteTopics, .deleteRecords, .deleteGroups: 6  // DELETE
        case .alterUsers: 7  // ALTER
        case .describe, .describeGroups, .describeUsers, .describeAcls: 8  // DESCRIBE
        case .alterConfigs: 11  // ALTER_CONFIGS
        }
    }
}
