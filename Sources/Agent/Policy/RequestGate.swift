import KafkaProtocol
import Policy

/// Why a request, or part of one, is not served: the code for the client, the reason for
/// the client (where the response has a message field) and for the operator's log.
public struct Refusal: Sendable, Equatable, Error {
    public var code: KafkaErrorCode
    public var message: String
}

/// The policy's decisions for one request: which agents the client sees, whether this
/// agent's group may serve the request, and what the ACLs allow.
struct RequestGate: Sendable {
    let policy: AgentPolicy
    let session: ClientSession
    let cluster: ClusterView
    /// This agent's zone: a client that does not name its zone (`fjord_zone=` in client.id)
    /// is taken to be where the agent it dialled is.
    let zone: String
    let clientId: String

    private var installed: AgentPolicy.Installed? { policy.installed }

    /// The agents this client is told about: the live agents of the group its rule names,
    /// else of the rule's fallback group; without a policy, this agent's own group.
    func serving() -> ClusterView.Serving {
        guard let installed else { return cluster.serving(group: cluster.ownGroup, zone: zone, listener: session.listenerName) }
        let (client, route) = session.route(clientId: clientId, policy: installed, dialledGroup: policy.group)
        return cluster.serving(route, zone: client.features["fjord_zone"] ?? zone, listener: session.listenerName)
    }

    /// A refusal when this agent's group may not serve `capability`. The code is
    /// POLICY_VIOLATION: retrying elsewhere only helps if the client follows Metadata,
    /// which already sends it to agents that can.
    func refusal(unless capability: AgentCapability) -> Refusal? {
        guard let installed else { return nil }
        guard let own = installed.ownGroup else {
            return Refusal(code: .policyViolation, message: "this agent's group '\(policy.group)' is not declared in policy v\(installed.version)")
        }
        if capability.granted(by: own) { return nil }
        let (_, route) = session.route(clientId: clientId, policy: installed, dialledGroup: policy.group)
        let served =
            route.rule.map { "client '\(clientId)' is served by group '\(route.group ?? "-")' (rule '\($0.name)' at \($0.location))" }
            ?? "client '\(clientId)' matches no rule"
        let roles = own.roles.map(\.rawValue).sorted().joined(separator: ", ")
        AgentMetrics.policyRefusal(kind: "role", operation: capability.rawValue)
        return Refusal(
            code: .policyViolation,
            message:
                "agent group '\(own.name)' (roles: \(roles), at \(own.location)) does not serve \(capability.rawValue); \(served); policy v\(installed.version)"
        )
    }

    /// A refusal when the ACLs do not allow `operation` on `name` (a topic, or a consumer
    /// group for group operations). `fresh` says it was decided now, not remembered.
    func denial(_ operation: PolicyDocument.Operation, on name: String) -> (refusal: Refusal, fresh: Bool)? {
        if let installed {
            let (decision, fresh) = session.decision(clientId: clientId, policy: installed, dialledGroup: policy.group, operation, on: name)
            if decision.allowed { return nil }
            let why = decision.statement.map { "denied by \($0.origin)" } ?? "no statement allows it"
            return (refusal(operation, on: name, why: why, under: "policy v\(installed.version)"), fresh)
        }
        // No policy: only API-managed bindings can refuse.
        guard let (open, generation) = policy.openACLs else { return nil }
        let (decision, fresh) = session.decision(clientId: clientId, open: open, generation: generation, dialledGroup: policy.group, operation, on: name)
        if decision.allowed { return nil }
        let why =
            decision.statement.map { "denied by \($0.origin)" }
            ?? "API-managed ACLs name it and none allows this (with no policy file, only resources no ACL names are open to all)"
        return (refusal(operation, on: name, why: why, under: "API-managed ACLs v\(open.acls.version), no policy"), fresh)
    }

    private func refusal(_ operation: PolicyDocument.Operation, on name: String, why: String, under: String) -> Refusal {
        let (code, what): (KafkaErrorCode, String) =
            switch operation.resource {
            case .cluster: (.clusterAuthorizationFailed, "the cluster")
            case .group: (.groupAuthorizationFailed, "consumer group '\(name)'")
            case .transactionalId: (.transactionalIdAuthorizationFailed, "transactional id '\(name)'")
            case .topic: (.topicAuthorizationFailed, "topic '\(name)'")
            }
        AgentMetrics.policyRefusal(kind: "acl", operation: operation.rawValue)
        return Refusal(
            code: code,
            message: "client '\(clientId)' \(session.principal.map { "(\($0)) " } ?? "")may not \(operation.rawValue) on \(what): \(why) (\(under))")
    }
}
