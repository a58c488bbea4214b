/// Evaluates a policy: which agent group serves a client, and whether an operation is allowed.
/// Pure and immutable; agents evaluate once per connection and keep the decision.
public struct PolicyEngine: Sendable {
    public let document: PolicyDocument

    public init(_ document: PolicyDocument) { self.document = document }

    /// Who is asking, as an agent sees it.
    public struct Client: Sendable, Equatable {
        public var clientId: String
        public var principal: String?
        /// 4 or 16 bytes.
        public var sourceAddress: [UInt8]?
        /// The listener or bootstrap host dialled.
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
        let features = client.features
        for rule in document.rules where matches(rule.match, client, features: features) {
            let group = rule.serve == PolicyDocument.dialledGroup ? client.dialledGroup : rule.serve
            return Route(rule: rule, group: group, fallback: rule.fallback)
        }
        return Route(rule: nil, group: nil, fallback: nil)
    }

    func matches(_ match: PolicyDocument.Match, _ client: Client, features: [String: String]) -> Bool {
        if let pattern = match.clientId, !Glob.matches(pattern, client.clientId) { return false }
        if let pattern = match.principal, !Glob.matches(pattern, client.principal ?? "") { return false }
        if let pattern = match.listener, !Glob.matches(pattern, client.listener ?? "") { return false }
        for (key, value) in match.features where features[key] != value { return false }
        if !match.sourceCIDRs.isEmpty {
            guard let address = client.sourceAddress, match.sourceCIDRs.contains(where: { $0.contains(address) }) else { return false }
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
        for statement in document.acls where statement.operations.contains(operation) {
            guard statement.principals.contains(where: { Glob.matches($0, client.principal ?? "") || $0 == "*" }),
                  statement.clientIds.contains(where: { Glob.matches($0, client.clientId) }) else { continue }
            guard let pattern = operation.onGroups ? statement.groups : statement.topics, pattern.matches(name) else { continue }
            if statement.effect == .deny { return Decision(allowed: false, statement: statement) }
            if allowing == nil { allowing = statement }
        }
        return Decision(allowed: allowing != nil, statement: allowing)
    }
}

extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " { view.removeFirst() }
        while view.last == " " { view.removeLast() }
        return String(view)
    }
}
