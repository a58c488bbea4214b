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

    /// Accepts and serves connections until the task is cancelled or `close` is called.
    func serve(_ connection: KafkaConnection) async throws {
        try await withThrowingDiscardingTaskGroup { group in
            try await server.executeThenClose { clients in
                for try await client in clients {
                    group.addTask { await connection.serve(client) }
                }
            }
        }
    }

    /// Stops accepting new connections.
    public func close() async {
        try? await server.channel.close()
    }
}
