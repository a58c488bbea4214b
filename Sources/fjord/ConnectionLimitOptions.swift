import Agent
import ArgumentParser
import ControlPlaneRPC
import Dispatch
import Logging
import NIOSSL

/// Client-connection settings shared by `agent` and `playground`: listeners, the hostile-client limits, and TLS.
struct ConnectionLimitOptions: ParsableArguments {
    @Option(
        name: .customLong("listener"),
        help: ArgumentHelp(
            "A Kafka listener, NAME=PROTOCOL://HOST:PORT (PROTOCOL: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL); repeatable, replaces --listen.",
            discussion:
                "Clients are told every agent's address on the listener of the name they connected to. SSL listeners use --kafka-tls-cert/--kafka-tls-key; SASL ones authenticate the users of `fjord users` (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)."
        ))
    var listeners: [String] = []

    @Option(help: "Largest request accepted, in bytes (Kafka's socket.request.max.bytes); a larger size prefix closes the connection.")
    var maxFrameSize = ConnectionLimits().maxFrameSize

    @Option(help: "Requests a connection may have unanswered; at the limit the agent stops reading it until one is answered.")
    var maxInFlight = ConnectionLimits().maxInFlightRequests

    @Option(help: "Bytes of unanswered requests a connection may have (one larger request is still served, alone).")
    var maxInFlightBytes = ConnectionLimits().maxInFlightBytes

    @Option(help: "Close a connection with nothing in flight that completes no request, and gets no answer, for this long (Kafka's connections.max.idle.ms).")
    var idleTimeout = Milliseconds(argument: "600s")!

    @Option(help: "Open connections allowed from one source address.")
    var maxConnectionsPerIp = ConnectionLimits().maxConnectionsPerIP

    @Option(help: "Close a connection to a SASL listener that has not authenticated this long after connecting.")
    var saslHandshakeTimeout = Milliseconds(argument: "10s")!

    @Option(help: "Answer a failed SASL authentication this late (Kafka's connection.failed.authentication.delay.ms), to slow password guessing.")
    var failedAuthenticationDelay = Milliseconds(argument: "100ms")!

    @Option(help: "TLS certificate chain (PEM): serve Kafka clients over TLS (security.protocol=SSL).")
    var kafkaTlsCert: String?

    @Option(help: "TLS private key (PEM), with --kafka-tls-cert. Both files are read again on SIGHUP.")
    var kafkaTlsKey: String?

    @Option(help: "CA certificates (PEM): TLS clients must present a certificate they signed (mutual TLS); its subject is the client's principal, User:CN=...")
    var kafkaTlsClientCa: String?

    /// The `--listener`s; a malformed one was already refused by `validate`.
    func listenerSpecs() -> [ListenerSpec] { listeners.compactMap { try? ListenerSpec.parse($0) } }

    func validate() throws {
        for listener in listeners {
            do { _ = try ListenerSpec.parse(listener) } catch { throw ValidationError("\(error)") }
        }
        guard (kafkaTlsCert == nil) == (kafkaTlsKey == nil) else { throw ValidationError("--kafka-tls-cert and --kafka-tls-key go together") }
        guard kafkaTlsClientCa == nil || kafkaTlsCert != nil else { throw ValidationError("--kafka-tls-client-ca needs --kafka-tls-cert and --kafka-tls-key") }
        guard maxFrameSize >= 1024 else { throw ValidationError("--max-frame-size must be at least 1024 bytes") }
        guard maxInFlight >= 1, maxInFlightBytes >= 0, maxConnectionsPerIp >= 1 else {
            throw ValidationError("--max-in-flight and --max-connections-per-ip must be at least 1, --max-in-flight-bytes at least 0")
        }
    }

    /// The TLS configuration, when asked for, and its certificate (to reload on SIGHUP); a bad
    /// certificate or key file is a failure naming it.
    func tls() throws -> (configuration: TLSConfiguration?, certificate: ReloadableCertificate?) {
        guard let kafkaTlsCert, let kafkaTlsKey else { return (nil, nil) }
        do {
            let certificate = try ReloadableCertificate(certificateChain: kafkaTlsCert, privateKey: kafkaTlsKey)
            return (try certificate.configuration(clientCA: kafkaTlsClientCa), certificate)
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    var limits: ConnectionLimits {
        var limits = ConnectionLimits()
        limits.maxFrameSize = maxFrameSize
        limits.maxInFlightRequests = maxInFlight
        limits.maxInFlightBytes = maxInFlightBytes
        limits.idleTimeout = .milliseconds(idleTimeout.value)
        limits.maxConnectionsPerIP = maxConnectionsPerIp
        limits.saslHandshakeTimeout = .milliseconds(saslHandshakeTimeout.value)
        limits.failedAuthenticationDelay = .milliseconds(failedAuthenticationDelay.value)
        return limits
    }
}

extension ReloadableCertificate {
    /// On SIGHUP, reads the files again and presents them to new connections; a file that
    /// cannot be read leaves the old certificate in use, and says so.
    func reloadOnHangUp(logger: Logger) -> any DispatchSourceSignal {
        onHangUp {
            do {
                try self.reload()
                logger.notice("SIGHUP: reloaded the TLS certificate and key (\(self.certificateChain)); new connections use them")
            } catch {
                logger.error("SIGHUP: the TLS files were not reloaded, the old ones stay in use: \(error)")
            }
        }
    }
}
