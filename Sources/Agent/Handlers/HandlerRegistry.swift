import KafkaProtocol
import Logging
import Metrics
import NIOCore

/// Every API the agent serves, by key, type-erased so the connection can dispatch a frame.
struct HandlerRegistry: Sendable {
    /// Decodes the body, runs the handler, and returns the encoded response frame (or nil).
    typealias Dispatch = @Sendable (KafkaRequestFrame, RequestContext) async throws -> HandlerReply<ByteBuffer>

    struct Entry: Sendable {
        var versions: ClosedRange<Int16>
        /// `fjord_kafka_request_seconds{api}`, made once here rather than per request.
        var latency: Timer
        var dispatch: Dispatch
    }

    private(set) var entries: [Int16: Entry] = [:]

    mutating func register<H: KafkaApiHandler>(_ handler: H) {
        precondition(
            H.versions.lowerBound >= H.Request.validVersions.lowerBound && H.versions.upperBound <= H.Request.validVersions.upperBound,
            "\(H.self) declares versions its schema does not define")
        entries[H.apiKey] = Entry(versions: H.versions, latency: AgentMetrics.requestSeconds(api: KafkaApiRegistry.name(of: H.apiKey))) {
            frame, context in
            let request = try frame.decodeBody(as: H.Request.self)
            let version = frame.apiVersion
            let correlationId = frame.correlationId
            let encode: @Sendable (H.Request.Response?) throws -> ByteBuffer? = { response in
                guard let response else { return nil }
                var buffer = ByteBuffer()
                try buffer.writeKafkaResponse(response, version: version, correlationId: correlationId)
                return buffer
            }
            switch try await handler.reply(to: request, context: context) {
            case .now(let response): return .now(try encode(response))
            case .later(let work): return .later { try encode(try await work()) }
            }
        }
    }

    /// The ApiVersions list: every registered API with its declared range.
    var apiVersions: [ApiVersionsResponse.ApiVersion] {
        entries.keys.sorted().map { key in
            var entry = ApiVersionsResponse.ApiVersion()
            entry.apiKey = key
            entry.minVersion = entries[key]!.versions.lowerBound
            entry.maxVersion = entries[key]!.versions.upperBound
            return entry
        }
    }
}
