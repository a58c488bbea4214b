import KafkaProtocol
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// A bound Kafka listener: the socket is open (so a port clash fails early, before the agent
/// reports itself ready) and `serve` accepts connections until cancelled.
public struct KafkaListener: Sendable {
    /// The listening socket yields raw accepted channels, wrapped only once the accept loop
    /// holds them: a wrapped channel dropped unserved traps in NIO (swift-nio #2813), and the
    /// server's stream drops what it holds when the listener closes mid-accept.
    typealias Server = NIOAsyncChannel<any Channel, Never>

    let server: Server
    let accepted: AcceptedChannels
    let inbound: NIOAsyncChannel<ByteBuffer, ByteBuffer>.Configuration
    /// What each connection may hold; enforced by the frame decoder, the connection and `serve`.
    public let limits: ConnectionLimits
    public var localAddress: SocketAddress? { server.channel.localAddress }

    /// The listener's name (Metadata answers with each agent's address on the same name).
    public let name: String
    /// SASL_PLAINTEXT or SASL_SSL: clients must authenticate before anything but ApiVersions.
    public let requiresSASL: Bool
    /// Mutual TLS: clients present a certificate, whose subject is their principal.
    public let verifiesClients: Bool

    /// Binds `host:port`, serving TLS (Kafka's SSL listener) when `tls` is given (see
    /// `ReloadableCertificate` for one renewed while serving), and
    /// requiring SASL authentication when `requiresSASL`. Throws with the system's reason
    /// (e.g. "Address already in use").
    public static func bind(
        host: String, port: Int, limits: ConnectionLimits = ConnectionLimits(), tls: TLSConfiguration? = nil,
        name: String = ListenerProtocol.plaintext.rawValue, requiresSASL: Bool = false,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> KafkaListener {
        let maxFrameSize = limits.maxFrameSize
        let tlsContext = try tls.map { try NIOSSLContext(configuration: $0) }
        let inbound = NIOAsyncChannel<ByteBuffer, ByteBuffer>.Configuration(
            backPressureStrategy: .init(lowWatermark: 1, highWatermark: max(1, limits.inboundFrames)))
        let accepted = AcceptedChannels()
        let server = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            // Nothing is read until the connection is wrapped (`start`): a frame decoded before
            // then would fall off the end of the pipeline.
            .childChannelOption(.autoRead, value: false)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tlsContext { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext)) }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(KafkaFrameDecoder(maxFrameSize: maxFrameSize)))
                    guard accepted.add(channel) else {
                        // The listener has closed; NIO does not close a channel whose initializer failed.
                        channel.close(promise: nil)
                        throw ChannelError.ioOnClosedChannel
                    }
                    return channel
                }
            }
        return KafkaListener(
            server: server, accepted: accepted, inbound: inbound, limits: limits, name: name, requiresSASL: requiresSASL,
            verifiesClients: (tls?.certificateVerification ?? .none) != .none,
            perAddress: ConnectionsPerAddress(limit: limits.maxConnectionsPerIP))
    }

    let perAddress: ConnectionsPerAddress

    /// Accepts and serves connections until `close` is called or the task is cancelled.
    ///
    /// The accept loop runs outside the caller's cancellation: cancelling it would drop
    /// connections accepted but not yet handed over, and NIO traps when such a connection's
    /// writer is released unfinished. Cancellation closes the listening socket instead; the
    /// loop then serves (and so closes properly) every connection already accepted, and ends.
    func serve(_ connection: KafkaConnection) async throws {
        let server = self.server
        let perAddress = self.perAddress
        let accepted = self.accepted
        let inbound = self.inbound
        var connection = connection
        connection.limits = limits
        connection.listenerName = name
        connection.requiresSASL = requiresSASL
        connection.verifiesClients = verifiesClients
        let accepting = Task { [connection] in
            try await withThrowingDiscardingTaskGroup { group in
                defer { accepted.closeAll() }
                try await server.executeThenClose { clients in
                    for try await channel in clients {
                        accepted.take(channel)
                        let address = channel.remoteAddress?.ipAddress ?? "unknown"
                        group.addTask {
                            guard perAddress.open(address) else {
                                if perAddress.shouldReport(address) {
                                    connection.logger.warning(
                                        "refused a connection from \(address): it has \(perAddress.limit) open (--max-connections-per-ip)")
                                }
                                try? await channel.close()
                                return
                            }
                            defer { perAddress.close(address) }
                            guard let client = try? await Self.start(channel, inbound: inbound) else {
                                try? await channel.close()  // the client left before it was served
                                return
                            }
                            await connection.serve(client)
                        }
                    }
                }
            }
        }
        try await withTaskCancellationHandler {
            try await accepting.value
        } onCancel: {
            server.channel.close(promise: nil)
        }
    }

    /// Wraps an accepted channel for async use and starts reading. The caller must serve the
    /// result (`executeThenClose`); on a throw there is nothing to finish.
    static func start(
        _ channel: any Channel, inbound: NIOAsyncChannel<ByteBuffer, ByteBuffer>.Configuration
    ) async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        try await channel.eventLoop.submit {
            // On the event loop an active channel's pipeline is intact, so wrapping cannot fail
            // halfway (which would leave an unfinished writer behind).
            guard channel.isActive else { throw ChannelError.ioOnClosedChannel }
            let client = try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel, configuration: inbound)
            channel.setOption(.autoRead, value: true).whenFailure { _ in channel.close(promise: nil) }
            return client
        }.get()
    }

    /// Stops accepting new connections (without waiting for open ones to end).
    public func close() {
        server.channel.close(promise: nil)
    }
}

/// Connections accepted but not yet taken by the accept loop. When the listener closes, the
/// server's stream may drop those it holds; `closeAll` closes them (and any accepted later)
/// rather than leave clients waiting on sockets nobody reads.
final class AcceptedChannels: Sendable {
    private let state = NIOLockedValueBox<(closed: Bool, waiting: [ObjectIdentifier: any Channel])>((false, [:]))

    /// Records a newly accepted channel; false once the listener has closed.
    func add(_ channel: any Channel) -> Bool {
        state.withLockedValue { state in
            guard !state.closed else { return false }
            state.waiting[ObjectIdentifier(channel)] = channel
            return true
        }
    }

    /// The accept loop holds `channel` now.
    func take(_ channel: any Channel) {
        _ = state.withLockedValue { $0.waiting.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Closes every channel still waiting, and refuses any accepted from now on.
    func closeAll() {
        let waiting = state.withLockedValue { state in
            state.closed = true
            defer { state.waiting.removeAll() }
            return Array(state.waiting.values)
        }
        for channel in waiting { channel.close(promise: nil) }
    }
}

/// Open connections per source address, and when a refusal was last logged for each.
final class ConnectionsPerAddress: Sendable {
    let limit: Int
    private let state = NIOLockedValueBox<(open: [String: Int], reported: [String: ContinuousClock.Instant])>(([:], [:]))

    init(limit: Int) { self.limit = limit }

    /// Counts a new connection from `address`; false (and not counted) when it has `limit` open.
    func open(_ address: String) -> Bool {
        state.withLockedValue { state in
            let count = state.open[address, default: 0]
            guard count < limit else { return false }
            state.open[address] = count + 1
            return true
        }
    }

    func close(_ address: String) {
        state.withLockedValue { state in
            let count = state.open[address, default: 1] - 1
            state.open[address] = count > 0 ? count : nil
        }
    }

    /// True at most every 10 seconds per address, so a flood is logged, not echoed.
    func shouldReport(_ address: String) -> Bool {
        state.withLockedValue { state in
            let now = ContinuousClock.now
            if let last = state.reported[address], last.duration(to: now) < .seconds(10) { return false }
            if state.reported.count > 10_000 { state.reported.removeAll() }
            state.reported[address] = now
            return true
        }
    }
}
