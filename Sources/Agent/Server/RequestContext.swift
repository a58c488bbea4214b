import KafkaProtocol
import Logging

/// What a handler knows about the request beyond its body.
public struct RequestContext: Sendable {
    public var apiKey: Int16
    public var apiVersion: Int16
    public var correlationId: Int32
    public var clientId: String?
    /// The client's address as Kafka reports it in group descriptions ("/127.0.0.1").
    public var clientHost: String
    public var logger: Logger
}

/// How a handler answers: now (the connection reads the next request after this one is
/// handled, keeping Kafka's in-order processing), or later (the next request is read at once,
/// and the response is written, still in order, when the work completes). Produce answers
/// later after enqueueing its batches in arrival order; Fetch answers later after its long poll.
public enum HandlerReply<Response: Sendable>: Sendable {
    case now(Response?)
    case later(@Sendable () async throws -> Response?)
}
