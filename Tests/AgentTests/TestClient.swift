import KafkaProtocol
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A minimal Kafka client over NIO for the agent tests. A reader task hands each response
/// frame to the oldest waiting request (Kafka answers in request order).
final class TestClient: Sendable {
    private let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
    private let waiting = NIOLockedValueBox<[CheckedContinuation<ByteBuffer, any Error>]>([])
    private let correlation = NIOLockedValueBox<Int32>(0)

    private init(channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>) {
        self.channel = channel
    }

    static func connect(port: Int) async throws -> TestClient {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port) { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(KafkaFrameDecoder()))
                return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
            }
        }
        let client = TestClient(channel: channel)
        Task { await client.readResponses() }
        return client
    }

    private func readResponses() async {
        do {
            for try await frame in channel.inbound {
                waiting.withLockedValue { $0.isEmpty ? nil : $0.removeFirst() }?.resume(returning: frame)
            }
        } catch {}
        for waiter in waiting.withLockedValue({ queue in defer { queue = [] }; return queue }) { waiter.resume(throwing: TestClientError.closed) }
    }

    func send<R: KafkaRequest>(_ request: R, version: Int16) async throws -> R.Response {
        let expected = correlation.withLockedValue { $0 += 1; return $0 }
        var frame = ByteBuffer()
        try frame.writeKafkaRequest(request, version: version, correlationId: expected, clientId: "fjord-test")
        var response = try await withCheckedThrowingContinuation { continuation in
            waiting.withLockedValue { $0.append(continuation) }
            channel.channel.writeAndFlush(frame, promise: nil)
        }
        let header = try ResponseHeader(from: &response, version: R.Response.responseHeaderVersion(for: version))
        guard header.correlationId == expected else { throw TestClientError.mismatched(header.correlationId) }
        return try R.Response(from: &response, version: version)
    }

    func close() async {
        try? await channel.channel.close()
    }
}

enum TestClientError: Error {
    case closed
    case mismatched(Int32)
}
