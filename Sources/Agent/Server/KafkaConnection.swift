import KafkaProtocol
import Logging
import NIOCore
import Policy

/// Serves one client connection: reads frames, dispatches them in arrival order, and writes
/// responses in request order, as Kafka's protocol requires. Requests whose handlers answer
/// later (Produce, Fetch) do not hold up the ones behind them; their responses still go out
/// in order.
struct KafkaConnection {
    let registry: HandlerRegistry
    let services: AgentServices
    let logger: Logger

    enum PendingReply: Sendable {
        case ready(ByteBuffer?)
        case running(Task<ByteBuffer?, any Error>)
    }

    func serve(_ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async {
        let remote = connection.channel.remoteAddress
        let clientHost = "/" + (remote?.ipAddress ?? "unknown")
        var logger = self.logger
        logger[metadataKey: "client"] = "\(remote?.description ?? "unknown")"
        let local = connection.channel.localAddress
        let session = ClientSession(sourceAddress: remote?.ipAddress.flatMap(IPAddress.parse),
                                    listener: local.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" })
        do {
            try await connection.executeThenClose { inbound, outbound in
                let (replies, continuation) = AsyncStream.makeStream(of: PendingReply.self)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await reply in replies {
                            let response: ByteBuffer?
                            switch reply {
                            case .ready(let bytes): response = bytes
                            case .running(let task): response = try await task.value
                            }
                            if let response { try await outbound.write(response) }
                        }
                    }
                    do {
                        for try await frame in inbound {
                            continuation.yield(try await dispatch(frame, clientHost: clientHost, session: session, logger: logger))
                        }
                        continuation.finish()
                        try await group.waitForAll()
                    } catch {
                        continuation.finish()
                        group.cancelAll()
                        throw error
                    }
                }
            }
        } catch let error as KafkaFramingError {
            logger.warning("closing connection: \(error)")
        } catch let error as ConnectionClosingError {
            logger.warning("closing connection: \(error.reason)")
        } catch {
            logger.debug("connection ended: \(error)")
        }
    }

    func dispatch(_ frame: ByteBuffer, clientHost: String, session: ClientSession, logger: Logger) async throws -> PendingReply {
        let request: KafkaRequestFrame
        do {
            request = try KafkaRequestFrame(frame: frame)
            AgentMetrics.requests.increment()
        } catch {
            throw ConnectionClosingError(reason: "malformed request header: \(error)")
        }
        let name = KafkaApiRegistry.name(of: request.apiKey)
        guard let entry = registry.entries[request.apiKey] else {
            throw ConnectionClosingError(reason: "unsupported API \(name) (key \(request.apiKey)) from client \(request.header.clientId ?? "-")")
        }
        guard entry.versions.contains(request.apiVersion) else {
            if request.apiKey == ApiVersionsRequest.apiKey {
                // A client newer than us: answer in the v0 layout so it retries lower.
                return .ready(try ApiVersionsAnswer.frame(apis: registry.apiVersions, requestedVersion: request.apiVersion, correlationId: request.correlationId))
            }
            throw ConnectionClosingError(reason: "\(name) v\(request.apiVersion) is not supported (supported: v\(entry.versions.lowerBound)-v\(entry.versions.upperBound)), client \(request.header.clientId ?? "-")")
        }
        var requestLogger = logger
        requestLogger[metadataKey: "api"] = "\(name) v\(request.apiVersion)"
        let context = RequestContext(apiKey: request.apiKey, apiVersion: request.apiVersion, correlationId: request.correlationId,
                                     clientId: request.header.clientId, clientHost: clientHost, logger: requestLogger,
                                     gate: RequestGate(policy: services.policy, session: session, cluster: services.cluster, zone: services.zone,
                                                       clientId: request.header.clientId ?? ""))
        do {
            switch try await entry.dispatch(request, context) {
            case .now(let bytes): return .ready(bytes)
            case .later(let work): return .running(Task { try await work() })
            }
        } catch let error as KafkaDecodingError {
            throw ConnectionClosingError(reason: "malformed \(name) v\(request.apiVersion) request from client \(request.header.clientId ?? "-"): \(error)")
        } catch let error as KafkaEncodingError {
            throw ConnectionClosingError(reason: "cannot encode the \(name) v\(request.apiVersion) response: \(error)")
        }
    }
}

/// A protocol violation after which Kafka closes the connection; the reason goes to the log.
struct ConnectionClosingError: Error {
    var reason: String
}
