/// Evaluates a policy: which agent group serves a client, and whether an operation is allowed.
/// Pure and immutable; agents evaluate once per connection and keep the decision.
public struct PolicyEngine: Sendable {
    public let document: PolicyDocument
    private let rules: [CompiledMatch]
    private let acls: [CompiledStatement]
    /// Rules by the literal start of their client.id glob ("team-7-" for "team-7-*"): a client
    /// only needs the rules filed under a prefix of its client.id, plus `unindexed`.
    private let rulesByPrefix: [[UInt8]: [Int]]
    /// Rules whose client.id condition starts with a wildcard, or that have none.
    private let unindexed: [Int]

    public init(_ document: PolicyDocument) {
        self.document = document
        rules = document.rules.map { CompiledMatch($0.match) }
        acls = document.acls.map(CompiledStatement.init)
        var byPrefix: [[UInt8]: [Int]] = [:]
        var unindexed: [Int] = []
        for (index, rule) in rules.enumerated() {
            if let prefix = rule.clientId?.prefix, !prefix.isEmpty { byPrefix[prefix, default: []].append(index) } else { unindexed.append(index) }
        }
        rulesByPrefix = byPrefix
        self.unindexed = unindexed
    }

    /// A rule's conditions with their globs prepared.
    private struct CompiledMatch: Sendable {
        let clientId: Glob.Compiled?, principal: Glob.Compiled?, listener: Glob.Compiled?
        let features: [(String, String)]
        let cidrs: [CIDR]

        init(_ match: PolicyDocument.Match) {
            clientId = match.clientId.map(Glob.Compiled.init)
            principal = match.principal.map(Glob.Compiled.init)
            listener = match.listener.map(Glob.Compiled.init)
            features = match.features.sorted { $0.key < $1.key }
            cidrs = match.sourceCIDRs
        }
    }

    private struct CompiledStatement: Sendable {
        let statement: PolicyDocument.ACLStatement
        /// One bit per `Operation`, by its position in `allCases`.
        let operations: UInt32
        let principals: [Glob.Compiled], clientIds: [Glob.Compiled]
        let anyPrincipal: Bool, anyClient: Bool
        let topics: BytePattern?, groups: BytePattern?

        init(_ statement: PolicyDocument.ACLStatement) {
            self.statement = statement
            operations = statement.operations.reduce(0) { $0 | $1.bit }
            principals = statement.principals.map(Glob.Compiled.init)
            clientIds = statement.clientIds.map(Glob.Compiled.init)
            anyPrincipal = statement.principals.contains("*")
            anyClient = statement.clientIds.contains("*")
            topics = statement.topics.map(BytePattern.init)
            groups = statement.groups.map(BytePattern.init)
        }
    }

    /// A `NamePattern` over bytes.
    private struct BytePattern: Sendable {
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

    /// Who is asking, as an agent sees it.
    public struct Client: Sendable, Equatable {
        public var clientId: String
        public var principal: String?
        /// 4 or 16 bytes.
        public var sourceAddress: [UInt8]?
        /// The agent address the client connected to, "host:port".
        public var listener: String?
        /// The group of the agent the client connected to.
        public var dialledGroup: String?

        public init(clientId: String, principal: String? = nil, sourceAddress: [UInt8]? = nil, listener: String? = nil, dialledGroup: String? = nil) {
            self.clientId = clientId
            self.principal = principal
            self.sourceAddress = sourceAddress
            self.listener = listener
            self.dialledGroup = dialledGroup
        }

        /// `key=value` pairs inside client.id, separated by commas or semicolons.
        public var features: [String: String] {
            var features: [String: String] = [:]
            for part in clientId.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                guard let equals = part.firstIndex(of: "=") else { continue }
                features[String(part[..<equals]).trimmingSpaces] = String(part[part.index(after: equals)...]).trimmingSpaces
            }
            return features
        }
    }

    public struct Route: Sendable, Equatable {
        /// The rule that matched; nil when none did (the client is served by no group).
        public var rule: PolicyDocument.ClientRule?
        public var group: String?
        public var fallback: String?
    }

    /// The first rule that matches `client`.
    public func route(_ client: Client) -> Route {
        let prepared = Prepared(client)
        var candidates = unindexed
        if !rulesByPrefix.isEmpty && !prepared.clientId.isEmpty {
            for length in 1...prepared.clientId.count {
                if let filed = rulesByPrefix[Array(prepared.clientId[..<length])] { candidates += filed }
            }
            candidates.sort()  // first match wins, in file order
        }
        if let index = candidates.first(where: { matches(rules[$0], prepared, client) }) {
            let rule = document.rules[index]
            let group = rule.serve == PolicyDocument.dialledGroup ? client.dialledGroup : rule.serve
            return Route(rule: rule, group: group, fallback: rule.fallback)
        }
        return Route(rule: nil, group: nil, fallback: nil)
    }

    /// The client's strings as bytes, and its features, computed once per evaluation.
    private struct Prepared {
        let clientId: [UInt8], principal: [UInt8], listener: [UInt8]
        let features: [String: String]

        init(_ client: Client) {
            clientId = Array(client.clientId.utf8)
            principal = Array((client.principal ?? "").utf8)
            listener = Array((client.listener ?? "").utf8)
            features = client.features
        }
    }

    private func matches(_ match: CompiledMatch, _ prepared: Prepared, _ client: Client) -> Bool {
        if let glob = match.clientId, !glob.matches(prepared.clientId) { return false }
        if let glob = match.principal, !glob.matches(prepared.principal) { return false }
        if let glob = match.listener, !glob.matches(prepared.listener) { return false }
        for (key, value) in match.features where prepared.features[key] != value { return false }
        if !match.cidrs.isEmpty {
            guard let address = client.sourceAddress, match.cidrs.contains(where: { $0.contains(address) }) else { return false }
        }
        return true
    }

    public struct Decision: Sendable, Equatable {
        public var allowed: Bool
        /// The statement that decided; nil when none applied (denied by default).
        public var statement: PolicyDocument.ACLStatement?
    }

    /// Deny wins over allow; anything no statement allows is denied.
    public func authorize(_ client: Client, _ operation: PolicyDocument.Operation, on name: String) -> Decision {
        var allowing: PolicyDocument.ACLStatement?
        let clientId = Array(client.clientId.utf8)
        let principal = Array((client.principal ?? "").utf8)
        let target = Array(name.utf8)
        let bit = operation.bit
        let onGroups = operation.onGroups
        let onCluster = operation.onCluster
        for compiled in acls where compiled.operations & bit != 0 {
            let statement = compiled.statement
            if !onCluster {  // cluster operations name nothing to match
                guard let pattern = onGroups ? compiled.groups : compiled.topics, pattern.matches(target) else { continue }
            }
            guard compiled.anyPrincipal || compiled.principals.contains(where: { $0.matches(principal) }),
                compiled.anyClient || compiled.clientIds.contains(where: { $0.matches(clientId) })
            else { continue }
            if statement.effect == .deny { return Decision(allowed: false, statement: statement) }
            if allowing == nil { allowing = statement }
        }
        return Decision(allowed: allowing != nil, statement: allowing)
    }
}

extension PolicyDocument.Operation {
    /// This operation's bit in a compiled statement's mask.
    var bit: UInt32 { 1 << UInt32(Self.allCases.firstIndex(of: self)!) }
}

extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " { view.removeFirst() }
        while view.last == " " { view.removeLast() }
        return String(view)
    }
}
