import KafkaProtocol
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL
import Policy
import X509

/// One client connection as the policy sees it: who it is, and the decisions already made
/// for it. A route is computed once per (client.id, installed generation) and each ACL
/// decision once per (operation, name), so a request costs a dictionary lookup, not a policy
/// walk.
public final class ClientSession: Sendable {
    /// The client's address, 4 or 16 bytes.
    public let sourceAddress: [UInt8]?
    /// The listener it dialled, as "host:port" of the agent's socket.
    public let listener: String?
    /// The name of that listener (PLAINTEXT, SASL_SSL, ...): Metadata answers with every
    /// agent's address on the listener of the same name.
    public let listenerName: String?
    /// Where the connection is in SASL authentication; the principal, once authenticated.
    let sasl: NIOLockedValueBox<SaslStateMachine>
    /// When the connection was accepted, for the SASL time limit.
    let openedAt = ContinuousClock.now
    /// How late a failed SASL authentication is answered.
    let failedAuthenticationDelay: Duration

    private struct DecisionKey: Hashable {
        var operation: PolicyDocument.Operation
        var name: String
    }

    private struct Cache {
        var generation: UInt64 = .max
        var clientId = ""
        var client: PolicyEngine.Client?
        var route: PolicyEngine.Route?
        var decisions: [DecisionKey: PolicyEngine.Decision] = [:]
    }

    private let cache = NIOLockedValueBox(Cache())
    private let reported = NIOLockedValueBox<Set<String>>([])

    /// True the first time `event` is asked about on this connection (to log it once).
    func firstTime(_ event: String) -> Bool {
        reported.withLockedValue { $0.count < 256 && $0.insert(event).inserted }
    }

    public init(
        sourceAddress: [UInt8]?, listener: String?, listenerName: String? = nil, requiresSASL: Bool = false,
        failedAuthenticationDelay: Duration = .zero
    ) {
        self.sourceAddress = sourceAddress
        self.listener = listener
        self.listenerName = listenerName
        self.failedAuthenticationDelay = failedAuthenticationDelay
        self.sasl = NIOLockedValueBox(SaslStateMachine(required: requiresSASL))
    }

    /// The principal from the client's TLS certificate (mutual TLS), `User:<subject DN>`.
    private let certificatePrincipal = NIOLockedValueBox<String?>(nil)

    /// Who the client authenticated as: the SASL principal (`User:name`), else its TLS
    /// certificate's (`User:CN=...,O=...`, as Kafka names it), else nil.
    public var principal: String? { sasl.withLockedValue { $0.principal } ?? certificatePrincipal.withLockedValue { $0 } }

    /// Reads the verified client certificate of a mutual-TLS connection.
    func learnCertificatePrincipal(from channel: any Channel, logger: Logger) async {
        do {
            guard let certificate = try await channel.nioSSL_peerCertificate().get() else { return }
            let subject = try Certificate(derEncoded: certificate.toDERBytes()).subject
            certificatePrincipal.withLockedValue { $0 = "User:\(subject)" }
        } catch {
            logger.warning("cannot read the client certificate's subject: \(error)")
        }
    }

    /// The client as the engine sees it, and its route, for this policy version.
    public func route(clientId: String, policy: AgentPolicy.Installed, dialledGroup: String) -> (PolicyEngine.Client, PolicyEngine.Route) {
        cache.withLockedValue { cache in
            let (client, route) = self.current(&cache, clientId: clientId, policy: policy, dialledGroup: dialledGroup)
            return (client, route)
        }
    }

    /// The ACL decision for `operation` on `name`, for this policy version; `fresh` when it
    /// was made now rather than remembered (so a denial is logged once per connection).
    /// One lock round per request: the route check and the lookup share it.
    public func decision(
        clientId: String, policy: AgentPolicy.Installed, dialledGroup: String,
        _ operation: PolicyDocument.Operation, on name: String
    ) -> (decision: PolicyEngine.Decision, fresh: Bool) {
        let key = DecisionKey(operation: operation, name: name)
        return cache.withLockedValue { cache in
            let (client, _) = self.current(&cache, clientId: clientId, policy: policy, dialledGroup: dialledGroup)
            if let known = cache.decisions[key] { return (known, false) }
            let decision = policy.engine.authorize(client, operation, on: name)
            if cache.decisions.count > 4096 { cache.decisions.removeAll() }  // names come from the client: bound the cache
            cache.decisions[key] = decision
            return (decision, true)
        }
    }

    /// The decision of the API-managed ACLs when no policy is in force (`OpenACLs`), cached
    /// like `decision(clientId:policy:dialledGroup:_:on:)` for the generation they came in.
    public func decision(
        clientId: String, open: OpenACLs, generation: UInt64, dialledGroup: String, _ operation: PolicyDocument.Operation, on name: String
    ) -> (decision: PolicyEngine.Decision, fresh: Bool) {
        let key = DecisionKey(operation: operation, name: name)
        let principal = self.principal
        return cache.withLockedValue { cache in
            if cache.generation != generation || cache.clientId != clientId || cache.client == nil || cache.client?.principal != principal {
                let client = PolicyEngine.Client(
                    clientId: clientId, principal: principal, sourceAddress: sourceAddress, listener: listener, dialledGroup: dialledGroup)
                cache = Cache(generation: generation, clientId: clientId, client: client, route: nil)
            }
            if let known = cache.decisions[key] { return (known, false) }
            let decision = open.authorize(cache.client!, operation, on: name)
            if cache.decisions.count > 4096 { cache.decisions.removeAll() }
            cache.decisions[key] = decision
            return (decision, true)
        }
    }

    /// The cached client and route, recomputed (and the decisions dropped) when the policy
    /// or the API-managed ACLs changed, or the client.id did.
    private func current(_ cache: inout Cache, clientId: String, policy: AgentPolicy.Installed, dialledGroup: String)
        -> (PolicyEngine.Client, PolicyEngine.Route)
    {
        let principal = self.principal
        if cache.generation == policy.generation, cache.clientId == clientId, let client = cache.client, client.principal == principal, let route = cache.route
        {
            return (client, route)
        }
        let client = PolicyEngine.Client(clientId: clientId, principal: principal, sourceAddress: sourceAddress, listener: listener, dialledGroup: dialledGroup)
        let route = policy.engine.route(client)
        cache = Cache(generation: policy.generation, clientId: clientId, client: client, route: route)
        return (client, route)
    }
}
