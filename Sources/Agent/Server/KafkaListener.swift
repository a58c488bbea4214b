import KafkaProtocol
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// A bound Kafka listener: the socket is open (so a port clash fails early, before the agent
/// reports itself ready) and `serve` accepts connections until cancelled.
public struct KafkaListener: Sendable {
    typealias Server = NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>

    let server: Server
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
        let server = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tlsContext { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext)) }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(KafkaFrameDecoder(maxFrameSize: maxFrameSize)))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel, configuration: inbound)
                }
            }
        return KafkaListener(
            server: server, limits: limits, name: name, requiresSASL: requiresSASL,
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
        var connection = connection
        connection.limits = limits
        connection.listenerName = name
        connection.requiresSASL = requiresSASL
        connection.verifiesClients = verifiesClients
        let accepting = Task { [connection] in
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { clients in
                    for try await client in clients {
                        let address = client.channel.remoteAddress?.ipAddress ?? "unknown"
                        group.addTask {
                            guard perAddress.open(address) else {
                                if perAddress.shouldReport(address) {
                                    connection.logger.warning(
                                        "refused a connection from \(address): it has \(perAddress.limit) open (--max-connections-per-ip)")
                                }
                                try? await client.executeThenClose { _, _ in }
                                return
                            }
                            defer { perAddress.close(address) }
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

    /// Stops accepting new connections (without waiting for open ones to end).
    public func close() {
        server.channel.close(promise: nil)
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
