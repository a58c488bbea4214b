import KafkaProtocol

/// The decisions of one client connection, as a pure state machine in postgres-nio's style:
/// events go in (a frame arrived, an answer was written, the timer fired, the agent is
/// shutting down, the client closed), actions come out, and the NIO side only carries them
/// out. Time comes in with each event, so tests drive it with plain instants.
///
/// It owns the in-flight accounting (requests and bytes, with backpressure), the idle and
/// SASL-handshake deadlines, which requests are served (the SASL gate, unknown APIs and
/// versions), and the graceful close: while the agent shuts down, a connection reads no more
/// requests, answers the ones in flight, then closes.
///
/// Response order is the reader's: answers are written in the order frames were admitted.
struct ConnectionStateMachine: Sendable {
    struct Configuration: Sendable, Equatable {
        var maxInFlightRequests: Int
        var maxInFlightBytes: Int
        /// Close a connection with nothing in flight and no activity for this long.
        var idleTimeout: Duration
        /// On a listener that requires SASL, close a connection not authenticated this long after it opened.
        var saslHandshakeTimeout: Duration
        /// While shutting down, close even a connection whose answers are not all out after this long.
        var shutdownTimeout: Duration

        init(limits: ConnectionLimits, shutdownTimeout: Duration = .seconds(10)) {
            maxInFlightRequests = limits.maxInFlightRequests
            maxInFlightBytes = limits.maxInFlightBytes
            idleTimeout = limits.idleTimeout
            saslHandshakeTimeout = limits.saslHandshakeTimeout
            self.shutdownTimeout = shutdownTimeout
        }
    }

    enum State: Equatable, Sendable {
        /// Reading and answering requests.
        case open
        /// The agent is shutting down: no more requests are read; the in-flight ones are
        /// answered until `deadline`.
        case draining(deadline: ContinuousClock.Instant)
        /// Closing or closed; nothing more is read or decided.
        case closed
    }

    /// What to do with a frame that arrived.
    enum FrameAction: Equatable, Sendable {
        /// Admitted: dispatch it, and queue its answer behind the earlier ones.
        case dispatch
        /// The in-flight window is full: wait for an answer to go out, then offer it again.
        case waitForAnswers
        /// Read nothing more: the connection is shutting down or closed.
        case stopReading
    }

    /// Whether to close the connection now.
    enum CloseAction: Equatable, Sendable {
        case none
        case close(reason: String)
    }

    /// What to do with a request, once its header is read.
    enum RequestAction: Equatable, Sendable {
        /// Serve it with its API's handler.
        case dispatch
        /// ApiVersions at a version newer than ours: answer in the v0 layout, so the client
        /// retries with a version we have (KIP-511).
        case answerApiVersionsInV0
        /// Close the connection, as Kafka does for a protocol violation.
        case close(reason: String)
    }

    /// What to do when the client closed its side.
    enum PeerClosedAction: Equatable, Sendable {
        /// Cancel the handlers still running: nobody will read their answers.
        case cancelRunning
        /// Nothing more to do: the connection was already closing.
        case none
    }

    let configuration: Configuration
    private(set) var state: State = .open
    private var window: InFlightWindow
    private var lastActivity: ContinuousClock.Instant
    private let openedAt: ContinuousClock.Instant

    init(configuration: Configuration, now: ContinuousClock.Instant) {
        self.configuration = configuration
        self.window = InFlightWindow(maxRequests: configuration.maxInFlightRequests, maxBytes: configuration.maxInFlightBytes)
        self.lastActivity = now
        self.openedAt = now
    }

    /// Nothing is in flight.
    var isIdle: Bool { window.isIdle }

    /// How often the timer should fire: often enough for every deadline, at most once a second.
    var timerPeriod: Duration {
        min(configuration.idleTimeout / 4, configuration.saslHandshakeTimeout / 4, configuration.shutdownTimeout / 4, .seconds(1))
    }

    mutating func frameArrived(size: Int, now: ContinuousClock.Instant) -> FrameAction {
        switch state {
        case .open:
            guard window.admits(size) else { return .waitForAnswers }
            window.admit(size)
            lastActivity = now
            return .dispatch
        case .draining, .closed:
            return .stopReading
        }
    }

    /// An answer of a request of `size` bytes went out (or the request needed none).
    mutating func answerWritten(size: Int, now: ContinuousClock.Instant) -> CloseAction {
        window.complete(size)
        switch state {
        case .open:
            lastActivity = now  // the idle clock starts when the last answer went out
            return .none
        case .draining:
            guard window.isIdle else { return .none }
            state = .closed
            return .close(reason: "the agent is shutting down; every request in flight was answered")
        case .closed:
            return .none
        }
    }

    mutating func timerFired(now: ContinuousClock.Instant, saslRequired: Bool, authenticated: Bool) -> CloseAction {
        switch state {
        case .open:
            if saslRequired && !authenticated && openedAt.duration(to: now) >= configuration.saslHandshakeTimeout {
                state = .closed
                return .close(reason: "no SASL authentication within \(configuration.saslHandshakeTimeout)")
            }
            let quiet = lastActivity.duration(to: now)
            if quiet >= configuration.idleTimeout && window.isIdle {
                state = .closed
                return .close(reason: "no request for \(quiet) (idle timeout \(configuration.idleTimeout))")
            }
            return .none
        case .draining(let deadline):
            guard now >= deadline else { return .none }
            state = .closed
            return .close(reason: "the agent is shutting down; answers still in flight after \(configuration.shutdownTimeout) are dropped")
        case .closed:
            return .none
        }
    }

    /// A request's header arrived: the SASL gate (`sasl`, this connection's authentication)
    /// and the API's version range (`versions`; nil for an API the agent does not serve)
    /// decide whether it is served. It depends on no other state of the connection, so
    /// connectionless dispatch (benchmarks, the fuzz harness) uses it too.
    static func requestArrived(apiKey: Int16, apiVersion: Int16, clientId: String?, sasl: SaslStateMachine, versions: ClosedRange<Int16>?) -> RequestAction {
        let client = clientId ?? "-"
        let name = KafkaApiRegistry.name(of: apiKey)
        if let reason = sasl.refusal(apiKey: apiKey) { return .close(reason: "\(reason), client \(client)") }
        guard let versions else { return .close(reason: "unsupported API \(name) (key \(apiKey)) from client \(client)") }
        guard versions.contains(apiVersion) else {
            if apiKey == ApiVersionsRequest.apiKey { return .answerApiVersionsInV0 }
            return .close(
                reason: "\(name) v\(apiVersion) is not supported (supported: v\(versions.lowerBound)-v\(versions.upperBound)), client \(client)")
        }
        return .dispatch
    }

    /// The agent is shutting down: answer what is in flight, read nothing more.
    mutating func shutdownRequested(now: ContinuousClock.Instant) -> CloseAction {
        switch state {
        case .open:
            guard window.isIdle else {
                state = .draining(deadline: now + configuration.shutdownTimeout)
                return .none
            }
            state = .closed
            return .close(reason: "the agent is shutting down")
        case .draining, .closed:
            return .none
        }
    }

    mutating func peerClosed() -> PeerClosedAction {
        switch state {
        case .open, .draining:
            state = .closed
            return .cancelRunning
        case .closed:
            return .none
        }
    }
}
