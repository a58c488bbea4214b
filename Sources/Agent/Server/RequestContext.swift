import KafkaProtocol
import Logging
import Policy

/// What a handler knows about the request beyond its body.
public struct RequestContext: Sendable {
    public var apiKey: Int16
    public var apiVersion: Int16
    public var correlationId: Int32
    public var clientId: String?
    /// The client's address as Kafka reports it in group descriptions ("/127.0.0.1").
    public var clientHost: String
    public var logger: Logger
    /// The policy's decisions for this client.
    var gate: RequestGate

    /// `gate.refusal(unless:)`, logged for the operator once per connection.
    func refusal(unless capability: AgentCapability) -> Refusal? {
        guard let refusal = gate.refusal(unless: capability) else { return nil }
        if gate.session.firstTime("role:\(capability.rawValue)") { logger.warning("refused \(KafkaApiRegistry.name(of: apiKey)): \(refusal.message)") }
        return refusal
    }

    /// This agent's group must coordinate consumer groups, and the ACLs allow `operation` on `group`.
    func groupRefusal(_ operation: PolicyDocument.Operation, on group: String) -> Refusal? {
        refusal(unless: .consumerGroups) ?? denial(operation, on: group)
    }

    /// This agent's group must serve produce, and the ACLs allow `operation` on the
    /// transactional id (the transaction coordinator's APIs, and transactional Produce).
    func transactionRefusal(_ operation: PolicyDocument.Operation = .writeTransactions, on transactionalId: String) -> Refusal? {
        refusal(unless: .produce) ?? denial(operation, on: transactionalId)
    }

    /// `gate.denial(_:on:)`, logged for the operator once per connection and name.
    func denial(_ operation: PolicyDocument.Operation, on name: String) -> Refusal? {
        guard let (refusal, fresh) = gate.denial(operation, on: name) else { return nil }
        if fresh { logger.warning("refused \(KafkaApiRegistry.name(of: apiKey)): \(refusal.message)") }
        return refusal
    }
}

/// How a handler answers: now (the connection reads the next request after this one is
/// handled, keeping Kafka's in-order processing), or later (the next request is read at once,
/// and the response is written, still in order, when the work completes). Produce answers
/// later after enqueueing its batches in arrival order; Fetch answers later after its long poll.
public enum HandlerReply<Response: Sendable>: Sendable {
    case now(Response?)
    case later(@Sendable () async throws -> Response?)
}
