import KafkaProtocol
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A minimal Kafka client connection built on Fjord's own protocol code, for `fjord bench`,
/// `fjord demo` and tests. Requests may be pipelined: Kafka answers in request order, so each
/// response goes to the oldest waiting request.
public final class KafkaClientConnection: Sendable {
    private let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
    /// Waiting requests, oldest first. Appending and writing happen under this lock, so the
    /// queue order is the wire order.
    private let waiting = NIOLockedValueBox<(correlation: Int32, queue: [CheckedContinuation<ByteBuffer, any Error>], closed: Bool)>((0, [], false))
    public let clientId: String

    private init(channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>, clientId: String) {
        self.channel = channel
        self.clientId = clientId
    }

    /// Connects to `host:port`.
    public static func connect(host: String = "127.0.0.1", port: Int, clientId: String = "fjord") async throws -> KafkaClientConnection {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(KafkaFrameDecoder()))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let connection = KafkaClientConnection(channel: channel, clientId: clientId)
        Task { await connection.readResponses() }
        return connection
    }

    private func readResponses() async {
        do {
            for try await frame in channel.inbound {
                waiting.withLockedValue { $0.queue.isEmpty ? nil : $0.queue.removeFirst() }?.resume(returning: frame)
            }
        } catch {}
        let orphans = waiting.withLockedValue { state in
            state.closed = true
            defer { state.queue = [] }
            return state.queue
        }
        for waiter in orphans { waiter.resume(throwing: KafkaClientError.connectionClosed) }
    }

    /// Sends a request and waits for its response. Safe to call concurrently (pipelining).
    public func send<R: KafkaRequest>(_ request: R, version: Int16) async throws -> R.Response {
        var expected: Int32 = 0
        var response = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<ByteBuffer, any Error>) in
            let failure: KafkaClientError? = waiting.withLockedValue { state in
                guard !state.closed else { return .connectionClosed }
                state.correlation &+= 1
                expected = state.correlation
                var frame = ByteBuffer()
                do {
                    try frame.writeKafkaRequest(request, version: version, correlationId: expected, clientId: clientId)
                } catch {
                    return .encoding("\(error)")
                }
                state.queue.append(continuation)
                channel.channel.writeAndFlush(frame, promise: nil)
                return nil
            }
            if let failure { continuation.resume(throwing: failure) }
        }
        let header = try ResponseHeader(from: &response, version: R.Response.responseHeaderVersion(for: version))
        guard header.correlationId == expected else { throw KafkaClientError.mismatchedCorrelation(expected: expected, got: header.correlationId) }
        return try R.Response(from: &response, version: version)
    }

    /// Sends a request that gets no response (Produce with acks=0).
    public func sendWithoutResponse<R: KafkaRequest>(_ request: R, version: Int16) throws {
        try waiting.withLockedValue { state in
            state.correlation &+= 1
            var frame = ByteBuffer()
            try frame.writeKafkaRequest(request, version: version, correlationId: state.correlation, clientId: clientId)
            channel.channel.writeAndFlush(frame, promise: nil)
        }
    }

    public func close() async {
        try? await channel.channel.close()
    }
}

public enum KafkaClientError: Error, Equatable {
    case connectionClosed
    case mismatchedCorrelation(expected: Int32, got: Int32)
    case encoding(String)
    case broker(KafkaErrorCode, String)
}
