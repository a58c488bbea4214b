import KafkaProtocol
import Logging
import NIOConcurrencyHelpers
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
    var limits = ConnectionLimits()
    var listenerName = ListenerProtocol.plaintext.rawValue
    var requiresSASL = false
    /// Mutual TLS: the client's certificate subject becomes its principal.
    var verifiesClients = false
    /// The agent's open connections, for a graceful shutdown; nil for connectionless use.
    var connections: ConnectionTracker?

    enum PendingReply: Sendable {
        case ready(ByteBuffer?)
        case running(Task<ByteBuffer?, any Error>)
    }

    /// Serves `connection` until the client closes it, a limit or deadline closes it, or the
    /// agent shuts down (then the requests in flight are answered first). The decisions are
    /// `ConnectionStateMachine`'s; this carries them out.
    func serve(_ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async {
        let remote = connection.channel.remoteAddress
        let clientHost = "/" + (remote?.ipAddress ?? "unknown")
        var logger = self.logger
        logger[metadataKey: "client"] = "\(remote?.description ?? "unknown")"
        let local = connection.channel.localAddress
        let session = ClientSession(
            sourceAddress: remote?.ipAddress.flatMap(IPAddress.parse),
            listener: local.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" }, listenerName: listenerName, requiresSASL: requiresSASL,
            failedAuthenticationDelay: limits.failedAuthenticationDelay)
        let machine = NIOLockedValueBox(ConnectionStateMachine(configuration: .init(limits: limits), now: .now))
        let channel = connection.channel
        let tracked = ConnectionTracker.Entry(channel: channel, machine: machine)
        guard connections?.add(tracked) ?? true else {
            try? await connection.executeThenClose { _, _ in }  // accepted as the agent began shutting down
            return
        }
        let closeLogger = logger
        let close: @Sendable (ConnectionStateMachine.CloseAction) -> Void = { action in
            switch action {
            case .none: break
            case .close(let reason):
                closeLogger.info("closing connection: \(reason)")
                channel.close(promise: nil)
            }
        }
        let timer = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: machine.withLockedValue { $0.timerPeriod })
                let (required, authenticated) = session.sasl.withLockedValue { ($0.required, $0.isAuthenticated) }
                let action = machine.withLockedValue { $0.timerFired(now: .now, saslRequired: required, authenticated: authenticated) }
                close(action)
                if case .close = action { return }
            }
        }
        // Handlers still running when the client goes are cancelled: nobody will read their
        // answers, and a parked JoinGroup or long-poll Fetch would otherwise hold its
        // control-plane call (and that pool connection) for minutes. Produce is unaffected:
        // its records are already in the shared buffer, which flushes on its own.
        let running = NIOLockedValueBox<Set<Task<ByteBuffer?, any Error>>>([])
        defer {
            timer.cancel()
            connections?.remove(channel)
            running.withLockedValue { tasks in for task in tasks { task.cancel() } }
        }
        do {
            try await connection.executeThenClose { inbound, outbound in
                let (replies, continuation) = AsyncStream.makeStream(of: (PendingReply, Int).self)
                // One signal per answered request: the reader waits on them when the window is full.
                let (answered, answering) = AsyncStream.makeStream(of: Void.self)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        defer { answering.finish() }
                        for await (reply, size) in replies {
                            let response: ByteBuffer?
                            switch reply {
                            case .ready(let bytes): response = bytes
                            case .running(let task):
                                defer { running.withLockedValue { _ = $0.remove(task) } }
                                response = try await task.value
                            }
                            if let response { try await outbound.write(response) }
                            close(machine.withLockedValue { $0.answerWritten(size: size, now: .now) })
                            answering.yield()
                        }
                    }
                    do {
                        var signals = answered.makeAsyncIterator()
                        var first = true
                        reading: for try await frame in inbound {
                            if first, verifiesClients {  // the handshake is done once a frame arrives
                                first = false
                                await session.learnCertificatePrincipal(from: connection.channel, logger: logger)
                            }
                            let size = frame.readableBytes
                            admitting: while true {
                                switch machine.withLockedValue({ $0.frameArrived(size: size, now: .now) }) {
                                case .dispatch:
                                    break admitting
                                case .waitForAnswers:
                                    guard await signals.next() != nil else { throw ConnectionClosingError(reason: "the response writer stopped") }
                                case .stopReading:
                                    // Shutting down: the request is not served (the client
                                    // retries it elsewhere), but its bytes are read, so the
                                    // close sends the answers already written, not a reset.
                                    continue reading
                                }
                            }
                            let reply = try await dispatch(frame, clientHost: clientHost, session: session, logger: logger)
                            if case .running(let task) = reply { running.withLockedValue { _ = $0.insert(task) } }
                            continuation.yield((reply, size))
                        }
                        continuation.finish()
                        if case .open = machine.withLockedValue({ $0.state }) {
                            // The client closed its side: like Kafka, drop what it can no longer read.
                            if case .cancelRunning = machine.withLockedValue({ $0.peerClosed() }) {
                                running.withLockedValue { tasks in for task in tasks { task.cancel() } }
                            }
                        }
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
        // One look at the SASL state per request (this connection's requests are dispatched
        // one at a time, so it cannot change before the checks below).
        let sasl = session.sasl.withLockedValue { $0 }
        if sasl.expectsRawToken {
            // After SaslHandshake v0 the tokens come bare, and so do the answers; a failure
            // closes the connection, as Kafka does.
            switch await SaslAuthenticateHandler.exchange(Array(buffer: frame), session: session, users: services.users, client: clientHost, logger: logger) {
            case .reply(let token, _):
                var answer = ByteBuffer()
                answer.writeInteger(UInt32(token.count))
                answer.writeBytes(token)
                return .ready(answer)
            case .fail(_, let message):
                throw ConnectionClosingError(reason: message)
            case .lookUp:
                throw ConnectionClosingError(reason: "SASL exchange out of order")
            }
        }
        let request: KafkaRequestFrame
        do {
            request = try KafkaRequestFrame(frame: frame)
            AgentMetrics.requests.increment()
        } catch {
            throw ConnectionClosingError(reason: "malformed request header: \(error)")
        }
        let name = KafkaApiRegistry.name(of: request.apiKey)
        let entry = registry.entries[request.apiKey]
        switch ConnectionStateMachine.requestArrived(
            apiKey: request.apiKey, apiVersion: request.apiVersion, clientId: request.header.clientId, sasl: sasl, versions: entry?.versions)
        {
        case .close(let reason):
            throw ConnectionClosingError(reason: reason)
        case .answerApiVersionsInV0:
            return .ready(try ApiVersionsAnswer.frame(apis: registry.apiVersions, requestedVersion: request.apiVersion, correlationId: request.correlationId))
        case .dispatch:
            break
        }
        guard let entry else { throw ConnectionClosingError(reason: "unsupported API \(name) (key \(request.apiKey))") }  // .dispatch implies one
        var requestLogger = logger
        requestLogger[metadataKey: "api"] = "\(name) v\(request.apiVersion)"
        let context = RequestContext(
            apiKey: request.apiKey, apiVersion: request.apiVersion, correlationId: request.correlationId,
            clientId: request.header.clientId, clientHost: clientHost, logger: requestLogger,
            gate: RequestGate(
                policy: services.policy, session: session, cluster: services.cluster, zone: services.zone,
                clientId: request.header.clientId ?? ""))
        let started = ContinuousClock.now
        let timer = entry.latency
        do {
            switch try await entry.dispatch(request, context) {
            case .now(let bytes):
                timer.recordInterval(since: started, to: .now)
                return .ready(bytes)
            case .later(let work):
                return .running(
                    Task {
                        defer { timer.recordInterval(since: started, to: .now) }
                        return try await work()
                    })
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
