import ControlPlaneRPC
import NIOCore
import NIOSSL

/// Kafka's listener security protocols.
public enum ListenerProtocol: String, Sendable, CaseIterable {
    case plaintext = "PLAINTEXT"
    case ssl = "SSL"
    case saslPlaintext = "SASL_PLAINTEXT"
    case saslSSL = "SASL_SSL"

    public var usesTLS: Bool { self == .ssl || self == .saslSSL }
    public var usesSASL: Bool { self == .saslPlaintext || self == .saslSSL }
}

/// One Kafka listener, Kafka style: `NAME=PROTOCOL://HOST:PORT`, or `PROTOCOL://HOST:PORT`
/// (named after its protocol). Clients are told every agent's address on the listener of the
/// name they connected to.
public struct ListenerSpec: Sendable, Equatable {
    public var name: String
    public var securityProtocol: ListenerProtocol
    public var host: String
    public var port: Int

    public init(name: String, securityProtocol: ListenerProtocol, host: String, port: Int) {
        self.name = name
        self.securityProtocol = securityProtocol
        self.host = host
        self.port = port
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ text: String) throws -> ListenerSpec {
        var rest = Substring(text)
        var name: String?
        if let equals = rest.firstIndex(of: "="), !rest[..<equals].contains(":") {
            name = String(rest[..<equals])
            rest = rest[rest.index(after: equals)...]
        }
        guard let scheme = rest.range(of: "://") else {
            throw ParseError(description: "listener '\(text)': expected NAME=PROTOCOL://HOST:PORT, e.g. EXTERNAL=SASL_SSL://0.0.0.0:9094")
        }
        let protocolName = rest[..<scheme.lowerBound].uppercased()
        guard let securityProtocol = ListenerProtocol(rawValue: protocolName) else {
            throw ParseError(description: "listener '\(text)': unknown protocol '\(protocolName)' (PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL)")
        }
        let address = rest[scheme.upperBound...]
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]), (0...65535).contains(port) else {
            throw ParseError(description: "listener '\(text)': expected HOST:PORT after the protocol")
        }
        let host = address[..<colon].trimmingCharacters(in: ["[", "]"])
        let listenerName = name ?? securityProtocol.rawValue
        guard !listenerName.isEmpty, listenerName.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            throw ParseError(description: "listener '\(text)': the name may hold letters, digits, '_' and '-' only")
        }
        return ListenerSpec(name: listenerName, securityProtocol: securityProtocol, host: host.isEmpty ? "0.0.0.0" : host, port: port)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension ListenerSpec {
    /// The listener of a configuration without `--listener`: PLAINTEXT, or SSL with TLS.
    static func single(host: String, port: Int, tls: Bool) -> ListenerSpec {
        ListenerSpec(name: tls ? "SSL" : "PLAINTEXT", securityProtocol: tls ? .ssl : .plaintext, host: host, port: port)
    }
}

extension KafkaListener {
    /// Binds one agent's listeners, each at its port + `portOffset` (0 stays 0: a free port),
    /// and returns them with the addresses to advertise: `advertised` (its port +
    /// `portOffset`) for the first, its host with the bound port for the others. On failure
    /// every listener bound so far is closed, and the error names the listener.
    static func bind(
        _ specs: [ListenerSpec], portOffset: Int = 0, limits: ConnectionLimits, tls: TLSConfiguration?,
        advertised: (host: String, port: Int)?
    ) async throws -> (listeners: [KafkaListener], advertised: [RPC.Listener]) {
        var listeners: [KafkaListener] = []
        var addresses: [RPC.Listener] = []
        for spec in specs {
            let port = spec.port == 0 ? 0 : spec.port + portOffset
            guard !spec.securityProtocol.usesTLS || tls != nil else {
                for listener in listeners { listener.close() }
                throw AgentStartError("listener \(spec.name) is \(spec.securityProtocol.rawValue): it needs --kafka-tls-cert and --kafka-tls-key")
            }
            do {
                let listener = try await KafkaListener.bind(
                    host: spec.host, port: port, limits: limits, tls: spec.securityProtocol.usesTLS ? tls : nil,
                    name: spec.name, requiresSASL: spec.securityProtocol.usesSASL)
                listeners.append(listener)
                let advertisedPort = addresses.isEmpty ? advertised.map { $0.port + portOffset } : nil
                addresses.append(
                    RPC.Listener(
                        name: spec.name, host: advertised?.host ?? spec.host,
                        port: Int32(advertisedPort ?? listener.localAddress?.port ?? port)))
            } catch {
                for listener in listeners { listener.close() }
                throw AgentStartError("cannot listen on \(spec.host):\(port) (\(spec.name)): \(Self.reason(error))")
            }
        }
        return (listeners, addresses)
    }

    /// A bind error in one line.
    static func reason(_ error: any Error) -> String {
        if let error = error as? IOError { return error.description.contains("Address already in use") ? "address already in use" : error.description }
        return "\(error)"
    }
}
