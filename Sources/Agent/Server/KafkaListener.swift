import KafkaProtocol
import Logging
import NIOCore
import NIOPosix

/// A bound Kafka listener: the socket is open (so a port clash fails early, before the agent
/// reports itself ready) and `serve` accepts connections until cancelled.
public struct KafkaListener: Sendable {
    typealias Server = NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>

    let server: Server
    public var localAddress: SocketAddress? { server.channel.localAddress }

    /// Binds `host:port`. Throws with the system's reason (e.g. "Address already in use").
    public static func bind(host: String, port: Int, maxFrameSize: Int = KafkaFrameDecoder.defaultMaxFrameSize,
                            group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws -> KafkaListener {
        let server = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(KafkaFrameDecoder(maxFrameSize: maxFrameSize)))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return KafkaListener(server: server)
    }

    /// Accepts and serves connections until `close` is called or the task is cancelled.
    ///
    /// The accept loop runs outside the caller's cancellation: cancelling it would drop
    /// connections accepted but not yet handed over, and NIO traps when such a connection's
    /// writer is released unfinished. Cancellation closes the listening socket instead; the
    /// loop then serves (and so closes properly) every connection already accepted, and ends.
    func serve(_ connection: KafkaConnection) async throws {
        let server = self.server
        let accepting = Task {
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { clients in
                    for try await client in clients {
                        group.addTask { await connection.serve(client) }
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
