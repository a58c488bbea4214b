/// Evaluates a policy: which agent group serves a client, and whether an operation is allowed.
/// Pure and immutable; agents evaluate once per connection and keep the decision.
public struct PolicyEngine: Sendable {
    public let document: PolicyDocument
    /// The API-managed bindings in force with the file (none when the policy turns them off).
    public let apiManaged: APIManagedACLs
    private let rules: [CompiledMatch]
    private let acls: ACLEvaluator
    /// Rules by the literal start of their client.id glob ("team-7-" for "team-7-*"): a client
    /// only needs the rules filed under a prefix of its client.id, plus `unindexed`.
    private let rulesByPrefix: [[UInt8]: [Int]]
    /// Rules whose client.id condition starts with a wildcard, or that have none.
    private let unindexed: [Int]

    /// `apiManaged`: the bindings clients made with CreateAcls, evaluated with the file's
    /// statements unless the policy turns them off.
    public init(_ document: PolicyDocument, apiManaged: APIManagedACLs = .none) {
        self.document = document
        self.apiManaged = document.apiManagedACLs ? apiManaged : .none
        rules = document.rules.map { CompiledMatch($0.match) }
        acls = ACLEvaluator(document.acls + self.apiManaged.acls.compactMap(\.statement))
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
        let (deny, allow) = acls.evaluate(client, operation, on: name)
        if let deny { return Decision(allowed: false, statement: deny) }
        return Decision(allowed: allow != nil, statement: allow)
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
