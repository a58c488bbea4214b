import KafkaProtocol

/// What one client connection may hold of an agent, so a slow or hostile client cannot
/// exhaust its memory. Per connection, at most about
/// `maxInFlightBytes + (inboundFrames + 1) * maxFrameSize` bytes of requests are buffered.
public struct ConnectionLimits: Sendable, Equatable {
    /// The largest request accepted (Kafka's `socket.request.max.bytes`); a larger size
    /// prefix closes the connection before any of its body is read.
    public var maxFrameSize = KafkaFrameDecoder.defaultMaxFrameSize
    /// Requests read but not yet answered. At the limit the agent stops reading the socket
    /// until one is answered: backpressure, as Kafka mutes a busy connection.
    public var maxInFlightRequests = 128
    /// Bytes of those requests. One request larger than this is still served, alone.
    public var maxInFlightBytes = 128 << 20
    /// Complete frames NIO may buffer ahead of the dispatcher.
    public var inboundFrames = 4
    /// A connection with nothing in flight that completes no request for this long is closed
    /// (Kafka's `connections.max.idle.ms`). A slowloris trickling bytes never completes one.
    public var idleTimeout: Duration = .seconds(600)
    /// Open connections from one source address; more are closed at once.
    public var maxConnectionsPerIP = 1000
    /// On a SASL listener, a connection that has not authenticated this long after it was
    /// accepted is closed, so unauthenticated clients cannot hold connections open.
    public var saslHandshakeTimeout: Duration = .seconds(10)
    /// A failed SASL authentication is answered this late (Kafka's
    /// `connection.failed.authentication.delay.ms`), which slows password guessing.
    public var failedAuthenticationDelay: Duration = .milliseconds(100)

    public init() {}
}

/// The requests a connection has read and not yet answered: a pure state machine the
/// connection asks before reading the next frame.
struct InFlightWindow: Sendable, Equatable {
    let maxRequests: Int
    let maxBytes: Int
    private(set) var requests = 0
    private(set) var bytes = 0

    init(maxRequests: Int, maxBytes: Int) {
        self.maxRequests = max(1, maxRequests)
        self.maxBytes = max(0, maxBytes)
    }

    /// Whether a request of `size` bytes may be admitted now. With nothing in flight any
    /// request is admitted, so a frame larger than `maxBytes` waits for an empty window
    /// rather than forever.
    func admits(_ size: Int) -> Bool {
        requests == 0 || (requests < maxRequests && bytes + size <= maxBytes)
    }

    mutating func admit(_ size: Int) {
        requests += 1
        bytes += size
    }

    /// A request of `size` bytes was answered (or needs no answer).
    mutating func complete(_ size: Int) {
        requests -= 1
        bytes -= size
    }

    var isIdle: Bool { requests == 0 }
}
