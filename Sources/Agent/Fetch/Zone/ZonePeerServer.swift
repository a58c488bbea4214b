import Hummingbird
import Logging
import NIOCore
import ObjectStore
import ServiceLifecycle

/// Serves the objects this agent owns in its zone cache (`ZonePeers`) to the other agents of
/// its group and zone: from its cache, else from one bucket GET shared by everyone asking.
///
/// Only agents holding the group's agent key are served (`PeerCredential`); a request for an
/// object is answered with that object or an error, never with another peer's answer, so
/// requests cannot loop between agents that disagree about who owns what.
struct ZonePeerServer: Service {
    static let path = "/fjord/peer/v1/object"
    static let objectKeyHeader = "x-fjord-object-key"
    static let tokenHeader = "x-fjord-peer-token"

    let host: String
    let port: Int
    let peers: ZonePeers
    let reader: FetchReader
    let logger: Logger
    /// Called with the bound port once it serves (tests bind port 0).
    var onListening: @Sendable (Int) async -> Void = { _ in }

    func run() async throws {
        let router = Router()
        router.get(RouterPath(Self.path)) { request, _ -> Response in
            let header = { (name: String) in request.headers.first { $0.name.canonicalName == name }?.value }
            guard let key = header(Self.objectKeyHeader), let token = header(Self.tokenHeader), peers.credential.accepts(token, for: key) else {
                AgentMetrics.zoneCacheServed(result: "refused")
                return Self.answer(.forbidden, "not an agent of this group (the request's token does not match this agent's key)")
            }
            do {
                let object = try await reader.objectForPeer(key)
                AgentMetrics.zoneCacheServed(result: "ok")
                return Response(status: .ok, body: .init(byteBuffer: object))
            } catch let error as ObjectStoreError {
                AgentMetrics.zoneCacheServed(result: "failed")
                if case .notFound = error { return Self.answer(.notFound, "\(error)") }
                return Self.answer(.badGateway, "\(error)")
            } catch {
                AgentMetrics.zoneCacheServed(result: "failed")
                return Self.answer(.badGateway, "\(error)")
            }
        }
        var quiet = logger
        quiet.logLevel = .critical  // a bind failure ends the agent with its own message
        let onListening = onListening
        let app = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "fjord-zone-cache"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) }, logger: quiet)
        // The server stops on graceful shutdown, after the Kafka listeners (later in the
        // service list) have answered their fetches, which may still be asking peers.
        do {
            try await app.run()
        } catch {
            await peers.shutdown()
            throw AgentStartError("the zone cache cannot serve peers on \(host):\(port): \(error)")
        }
        await peers.shutdown()
    }

    private static func answer(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(status: status, body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
