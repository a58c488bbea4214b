import Yams

/// Reads a policy file. Every problem is collected, with its line and column, so one run of
/// `fjord policy validate` reports them all; `PolicyChecks` then adds the cross-references.
public struct PolicyParser {
    private let file: String
    private var errors: [PolicyError] = []

    /// Parses and checks `text`; throws `PolicyErrors` listing every problem.
    public static func parse(_ text: String, file: String) throws -> PolicyDocument {
        var parser = PolicyParser(file: file)
        let document = parser.document(text)
        if let document { parser.errors += PolicyChecks.problems(in: document) }
        guard parser.errors.isEmpty, let document, !document.cluster.name.isEmpty else {
            throw PolicyErrors(errors: parser.errors.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        }
        return document
    }

    private init(file: String) { self.file = file }

    private func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    private mutating func error(_ node: Node?, _ message: String) {
        errors.append(PolicyError(location: location(node), message: message))
    }

    private mutating func document(_ text: String) -> PolicyDocument? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            errors.append(Self.syntaxError(error, file: file))
            return nil
        } catch {
            errors.append(PolicyError(location: SourceLocation(file: file, line: 1, column: 1), message: "not YAML: \(error)"))
            return nil
        }
        guard let fields = mapping(root, "the policy", keys: ["cluster", "groups", "rules", "acls", "api_managed_acls"]) else {
            return nil
        }
        let cluster = self.cluster(fields["cluster"], parent: root)
        let groups = sequence(fields["groups"], "groups", parent: root, required: true).compactMap { group($0) }
        let rules = sequence(fields["rules"], "rules", parent: root, required: false).enumerated().compactMap { rule($1, index: $0) }
        let acls = sequence(fields["acls"], "acls", parent: root, required: false).compactMap { acl($0) }
        // A broken cluster section is already reported; the other sections are still checked.
        var document = PolicyDocument(cluster: cluster ?? .init(name: "", bucket: "", prefix: ""), groups: groups, rules: rules, acls: acls)
        if let setting = fields["api_managed_acls"] {
            document.apiManagedACLs = bool(setting) ?? true
            document.apiManagedACLsLocation = location(setting)
        }
        return document
    }

    private static func syntaxError(_ error: YamlError, file: String) -> PolicyError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return PolicyError(location: SourceLocation(file: file, line: mark.line, column: mark.column), message: "YAML syntax: \(detail)")
        default:
            return PolicyError(location: SourceLocation(file: file, line: 1, column: 1), message: "YAML: \(error)")
        }
    }

    // MARK: Sections

    private mutating func cluster(_ node: Node?, parent: Node?) -> PolicyDocument.Cluster? {
        guard let node else {
            error(parent, "missing 'cluster' (name, bucket, prefix)")
            return nil
        }
        guard let fields = mapping(node, "cluster", keys: ["name", "bucket", "prefix"]) else { return nil }
        let name = string(fields["name"], "cluster name", parent: node)
        let bucket = string(fields["bucket"], "cluster bucket", parent: node)
        var prefix = fields["prefix"].map { string($0, "cluster prefix", parent: node) ?? "" } ?? ""
        if !prefix.isEmpty && !prefix.hasSuffix("/") { prefix += "/" }
        guard let name, let bucket else { return nil }
        return .init(name: name, bucket: bucket, prefix: prefix)
    }

    private mutating func group(_ node: Node) -> PolicyDocument.AgentGroup? {
        guard let fields = mapping(node, "an agent group", keys: ["name", "roles", "region", "zone", "network", "coordinates_consumer_groups"]) else {
            return nil
        }
        let name = string(fields["name"], "group name", parent: node)
        var roles = Set<PolicyDocument.Role>()
        // An empty list is reported by PolicyChecks ("has no roles").
        for roleNode in sequence(fields["roles"], "roles", parent: node, required: true, allowEmpty: true) {
            guard let text = roleNode.scalar?.string, let role = PolicyDocument.Role(rawValue: text) else {
                error(roleNode, "unknown role '\(roleNode.scalar?.string ?? "?")' (produce, fetch, jobs)")
                continue
            }
            roles.insert(role)
        }
        let coordinates = fields["coordinates_consumer_groups"].flatMap { bool($0) } ?? false
        guard let name else { return nil }
        return .init(
            name: name, roles: roles, region: fields["region"].flatMap { string($0, "region", parent: node) },
            zone: fields["zone"].flatMap { string($0, "zone", parent: node) },
            network: fields["network"].flatMap { string($0, "network", parent: node) },
            coordinatesConsumerGroups: coordinates, location: location(node))
    }

    private mutating func rule(_ node: Node, index: Int) -> PolicyDocument.ClientRule? {
        guard let fields = mapping(node, "a rule", keys: ["name", "match", "serve", "fallback"]) else { return nil }
        let name = fields["name"].flatMap { string($0, "rule name", parent: node) } ?? "rule \(index + 1)"
        var match = PolicyDocument.Match()
        if let matchNode = fields["match"],
            let conditions = mapping(matchNode, "match", keys: ["client_id", "features", "principal", "source_cidr", "listener"])
        {
            match.clientId = conditions["client_id"].flatMap { string($0, "client_id", parent: matchNode) }
            match.principal = conditions["principal"].flatMap { string($0, "principal", parent: matchNode) }
            match.listener = conditions["listener"].flatMap { string($0, "listener", parent: matchNode) }
            if let featuresNode = conditions["features"], let features = mapping(featuresNode, "features", keys: nil) {
                for (key, value) in features { match.features[key] = string(value, "feature \(key)", parent: featuresNode) ?? "" }
            }
            if let cidrNode = conditions["source_cidr"] {
                let items = cidrNode.sequence.map(Array.init) ?? [cidrNode]
                for item in items {
                    guard let text = item.scalar?.string, let cidr = CIDR(text) else {
                        error(item, "invalid CIDR '\(item.scalar?.string ?? "?")' (e.g. 10.0.0.0/8 or fd00::/8)")
                        continue
                    }
                    match.sourceCIDRs.append(cidr)
                }
            }
        }
        guard let serve = string(fields["serve"], "serve (the serving group)", parent: node) else { return nil }
        return .init(
            name: name, match: match, serve: serve, fallback: fields["fallback"].flatMap { string($0, "fallback", parent: node) },
            location: location(node))
    }

    private mutating func acl(_ node: Node) -> PolicyDocument.ACLStatement? {
        guard
            let fields = mapping(node, "an ACL statement", keys: ["effect", "principals", "client_ids", "operations", "topics", "groups", "transactional_ids"])
        else { return nil }
        var effect: PolicyDocument.Effect?
        if let effectNode = fields["effect"] {
            effect = effectNode.scalar.flatMap { PolicyDocument.Effect(rawValue: $0.string) }
            if effect == nil { error(effectNode, "effect must be allow or deny") }
        } else {
            error(node, "missing 'effect' (allow or deny)")
        }
        var operations = Set<PolicyDocument.Operation>()
        for operationNode in sequence(fields["operations"], "operations", parent: node, required: true) {
            let text = operationNode.scalar?.string ?? "?"
            if text == "all" {
                operations.formUnion(PolicyDocument.Operation.allCases.filter { $0.onTopics || $0.onGroups })
                continue
            }
            guard let operation = PolicyDocument.Operation(rawValue: text) else {
                error(operationNode, "unknown operation '\(text)' (\(PolicyDocument.Operation.allCases.map(\.rawValue).joined(separator: ", ")), all)")
                continue
            }
            operations.insert(operation)
        }
        let principals = fields["principals"].map { strings($0, "principals") } ?? ["*"]
        let clientIds = fields["client_ids"].map { strings($0, "client_ids") } ?? ["*"]
        let topics = fields["topics"].flatMap { pattern($0, "topics") }
        let groups = fields["groups"].flatMap { pattern($0, "groups") }
        if operations.contains(where: \.onTopics) && topics == nil && fields["topics"] == nil {
            error(node, "topic operations need 'topics' (literal, prefix or '*')")
        }
        if operations.contains(where: \.onGroups) && groups == nil && fields["groups"] == nil {
            error(node, "consumer-group operations need 'groups' (literal, prefix or '*')")
        }
        let transactionalIds = fields["transactional_ids"].flatMap { pattern($0, "transactional_ids") }
        if operations.contains(where: \.onTransactionalIds) && transactionalIds == nil && fields["transactional_ids"] == nil {
            error(node, "transactional-id operations need 'transactional_ids' (literal, prefix or '*')")
        }
        guard let effect else { return nil }
        return .init(
            effect: effect, principals: principals, clientIds: clientIds, operations: operations, topics: topics, groups: groups,
            location: location(node), transactionalIds: transactionalIds)
    }

    // MARK: Values

    /// A mapping's fields by name; unknown keys (when `keys` is given) are errors.
    private mutating func mapping(_ node: Node?, _ what: String, keys: Set<String>?) -> [String: Node]? {
        guard let node, let mapping = node.mapping else {
            error(node, "\(what) must be a mapping")
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error(key, "keys must be strings")
                continue
            }
            if let keys, !keys.contains(name) {
                error(key, "unknown key '\(name)' in \(what) (expected: \(keys.sorted().joined(separator: ", ")))")
                continue
            }
            if fields[name] != nil { error(key, "'\(name)' appears twice") }
            fields[name] = value
        }
        return fields
    }

    private mutating func sequence(_ node: Node?, _ what: String, parent: Node?, required: Bool, allowEmpty: Bool = false) -> [Node] {
        guard let node else {
            if required { error(parent, "missing '\(what)'") }
            return []
        }
        guard let sequence = node.sequence else {
            error(node, "'\(what)' must be a list")
            return []
        }
        if required && !allowEmpty && sequence.isEmpty { error(node, "'\(what)' must not be empty") }
        return Array(sequence)
    }

    private mutating func string(_ node: Node?, _ what: String, parent: Node) -> String? {
        guard let node else {
            error(parent, "missing \(what)")
            return nil
        }
        guard let scalar = node.scalar, !scalar.string.isEmpty else {
            error(node, "\(what) must be a non-empty string")
            return nil
        }
        return scalar.string
    }

    private mutating func strings(_ node: Node, _ what: String) -> [String] {
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                error(item, "\(what) must be strings")
                return nil
            }
            return text
        }
    }

    private mutating func bool(_ node: Node) -> Bool? {
        guard let text = node.scalar?.string, let value = Bool(text) else {
            error(node, "must be true or false")
            return nil
        }
        return value
    }

    /// `'*'`, `{literal: NAME}` or `{prefix: PREFIX}`.
    private mutating func pattern(_ node: Node, _ what: String) -> PolicyDocument.NamePattern? {
        if node.scalar?.string == "*" { return .any }
        guard let fields = mapping(node, what, keys: ["literal", "prefix"]), fields.count == 1, let (kind, value) = fields.first else {
            error(node, "\(what) must be '*', {literal: NAME} or {prefix: PREFIX}")
            return nil
        }
        guard let text = value.scalar?.string, !text.isEmpty else {
            error(value, "\(what) \(kind) must be a non-empty string")
            return nil
        }
        return kind == "literal" ? .literal(text) : .prefix(text)
    }
}
