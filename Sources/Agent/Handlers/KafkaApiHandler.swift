import KafkaProtocol
import NIOCore

/// One Kafka API: its versions and how to answer it. One file per API in this folder, as in
/// franz-go's kfake; `HandlerRegistry` builds ApiVersions from the declared ranges.
protocol KafkaApiHandler: Sendable {
    associatedtype Request: KafkaRequest
    /// The versions Fjord serves: Kafka 4.x floors up to what the schemas define.
    static var versions: ClosedRange<Int16> { get }
    func reply(to request: Request, context: RequestContext) async throws -> HandlerReply<Request.Response>
}

extension KafkaApiHandler {
    static var apiKey: Int16 { Request.apiKey }
}

/// A handler whose answer is always immediate.
protocol ImmediateKafkaApiHandler: KafkaApiHandler {
    func handle(_ request: Request, context: RequestContext) async throws -> Request.Response
}

extension ImmediateKafkaApiHandler {
    func reply(to request: Request, context: RequestContext) async throws -> HandlerReply<Request.Response> {
        .now(try await handle(request, context: context))
    }
}
