/// ACL statements prepared for evaluation: the policy file's, API-managed ones, or both.
/// `PolicyEngine` (a policy in force: anything no statement allows is denied) and
/// `OpenACLs` (no policy: Kafka's allow-if-no-ACL-found) decide differently on top of it.
struct ACLEvaluator: Sendable {
    private let statements: [CompiledStatement]

    init(_ statements: [PolicyDocument.ACLStatement]) {
        self.statements = statements.map(CompiledStatement.init)
    }

    /// The first statement that denies `operation` on `name` to `client`, else the first
    /// that allows it (at most one of the two is set).
    func evaluate(_ client: PolicyEngine.Client, _ operation: PolicyDocument.Operation, on name: String)
        -> (deny: PolicyDocument.ACLStatement?, allow: PolicyDocument.ACLStatement?)
    {
        var allowing: PolicyDocument.ACLStatement?
        let clientId = Array(client.clientId.utf8)
        let principal = Array((client.principal ?? "").utf8)
        let target = Array(name.utf8)
        let bit = operation.bit
        let resource = operation.resource
        for compiled in statements where compiled.operations & bit != 0 {
            let statement = compiled.statement
            if resource != .cluster {  // cluster operations name nothing to match
                guard let pattern = compiled.pattern(for: resource), pattern.matches(target) else { continue }
            }
            guard compiled.anyPrincipal || compiled.principals.contains(where: { $0.matches(principal) }),
                compiled.anyClient || compiled.clientIds.contains(where: { $0.matches(clientId) })
            else { continue }
            if statement.effect == .deny { return (statement, nil) }
            if allowing == nil { allowing = statement }
        }
        return (nil, allowing)
    }

    struct CompiledStatement: Sendable {
        let statement: PolicyDocument.ACLStatement
        /// One bit per `Operation`, by its position in `allCases`.
        let operations: UInt32
        let principals: [Glob.Compiled], clientIds: [Glob.Compiled]
        let anyPrincipal: Bool, anyClient: Bool
        let topics: BytePattern?, groups: BytePattern?, transactionalIds: BytePattern?

        func pattern(for resource: PolicyDocument.Operation.Resource) -> BytePattern? {
            switch resource {
            case .topic: topics
            case .group: groups
            case .transactionalId: transactionalIds
            case .cluster: nil
            }
        }

        init(_ statement: PolicyDocument.ACLStatement) {
            self.statement = statement
            operations = statement.operations.reduce(0) { $0 | $1.bit }
            principals = statement.principals.map(Glob.Compiled.init)
            clientIds = statement.clientIds.map(Glob.Compiled.init)
            anyPrincipal = statement.principals.contains("*")
            anyClient = statement.clientIds.contains("*")
            topics = statement.topics.map(BytePattern.init)
            groups = statement.groups.map(BytePattern.init)
            transactionalIds = statement.transactionalIds.map(BytePattern.init)
        }
    }

    /// A `NamePattern` over bytes.
    struct BytePattern: Sendable {
        let bytes: [UInt8]
        let isPrefix: Bool, isAny: Bool

        init(_ pattern: PolicyDocument.NamePattern) {
            switch pattern {
            case .literal(let name): (bytes, isPrefix, isAny) = (Array(name.utf8), false, false)
            case .prefix(let prefix): (bytes, isPrefix, isAny) = (Array(prefix.utf8), true, false)
            case .any: (bytes, isPrefix, isAny) = ([], true, true)
            }
        }

        func matches(_ name: [UInt8]) -> Bool {
            if isAny { return true }
            if !isPrefix { return name == bytes }
            guard name.count >= bytes.count else { return false }
            for index in bytes.indices where name[index] != bytes[index] { return false }
            return true
        }
    }
}
