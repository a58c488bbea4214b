import ControlPlane
import NIOSSL

/// What every agent is configured with, whether it runs in a playground (`EmbeddedCluster`)
/// or on its own (`StandaloneAgent`).
public struct AgentSettings: Sendable {
    public var host = "127.0.0.1"
    /// The Kafka port (in a playground, the first agent's; the others take the next ones, and
    /// 0 gives each a free port).
    public var port = 9092
    /// Host and port to advertise instead of the bound address (clients behind a proxy or NAT).
    public var advertised: (host: String, port: Int)?
    /// Prefix of every object key (e.g. "fjord/" in a shared bucket).
    public var keyPrefix = ""
    public var produce = ProduceBufferStateMachine.Configuration()
    public var controlPlane = ControlPlane.Configuration()
    /// The shared in-memory cache of fetched and freshly written batches.
    public var cacheBytes = 256 << 20
    /// What each client connection may hold.
    public var limits = ConnectionLimits()
    /// How long a Fetch may spend looking up and reading its batches after its wait
    /// (`AgentServices.fetchGatherTimeout`).
    public var fetchGatherTimeout: Duration = .seconds(10)
    /// Serve Kafka clients over TLS with this; nil for PLAINTEXT. Listeners of protocol SSL
    /// or SASL_SSL need it.
    public var tls: TLSConfiguration?
    /// Named listeners (`--listener`); empty: one listener on `host:port`, SSL when `tls` is
    /// set, else PLAINTEXT. The first is the one the registry lists as the agent's address;
    /// `advertised` applies to it, and its host to the others.
    public var listeners: [ListenerSpec] = []

    public init() {}

    /// The listeners to bind.
    var listenerSpecs: [ListenerSpec] {
        listeners.isEmpty ? [ListenerSpec.single(host: host, port: port, tls: tls != nil)] : listeners
    }
}

/// Why an agent (or a playground) could not start, in one line: a directory that cannot be
/// written, a port in use, a listener without its certificate, a refused registration.
public struct AgentStartError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
