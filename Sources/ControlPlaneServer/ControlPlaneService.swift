import ControlPlane
import ControlPlaneRPC
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import KafkaProtocol
import Logging
import Metrics
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL
import PostgresNIO
import ServiceLifecycle

/// `fjord control-plane`: the service agents call. It answers `RPC` calls from PostgreSQL,
/// coordinates the consumer groups whose advisory locks it holds, streams high-watermark
/// changes, and keeps the registry of live agents. Any number of replicas can run.
public final class ControlPlaneService: Service, Sendable {
    public struct Configuration: Sendable {
        public var host = "127.0.0.1"
        public var port = 9700
        /// The URL other replicas and agents reach this one at.
        public var advertisedURL: String?
        /// An agent that has not heartbeated for this long is dropped from the registry.
        public var agentExpiry: Duration = .seconds(10)
        public var groups = GroupStateMachine.Configuration()
        /// How long an offset write may go unanswered before it is abandoned and its group
        /// moves to a new claim (`commitGroupOffsets`). Below librdkafka's SyncGroup timeout
        /// (the session timeout plus 3 s), since a SyncGroup answer waits for the writes
        /// queued before it.
        public var offsetWriteTimeout: Duration = .seconds(8)
        /// The certificate to serve HTTPS with (renewable while serving), instead of HTTP.
        public var tls: ReloadableCertificate?
        /// The policy file given at start: stored as version 1 when no version exists yet.
        public var initialPolicy: (source: String, file: String)?
        /// Runs once the port is bound.
        public var onListening: @Sendable () async -> Void = {}
        /// The Prometheus text `/metrics` serves; nil: no `/metrics`.
        public var metricsText: (@Sendable () -> String)?
        public init() {}
    }

    let store: PostgresMetadataStore
    let configuration: Configuration
    let replicaId = UUID().uuidString.lowercased()
    let coordinator: GroupCoordinator
    let ownership: GroupOwnership
    let watermarks = WatermarkSignal()
    /// Counts registry changes (agents joining or leaving); the watermark streams tell agents
    /// with an `m` line, so they refresh their view of the cluster at once.
    let membership = NIOLockedValueBox<UInt64>(0)
    let logger: Logger
    let keys: KeyCache
    let policy = ServedPolicy()
    /// Set at graceful shutdown: group calls are then refused with NOT_COORDINATOR, so agents
    /// take them to another replica instead of parking them here.
    let shuttingDown = NIOLockedValueBox(false)
    var advertisedURL: String {
        configuration.advertisedURL ?? "\(configuration.tls == nil ? "http" : "https")://\(configuration.host):\(configuration.port)"
    }

    public init(store: PostgresMetadataStore, configuration: Configuration, logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.coordinator = GroupCoordinator(configuration: configuration.groups)
        self.ownership = GroupOwnership(url: store.url, replicaId: replicaId, coordinator: coordinator, logger: logger)
        self.keys = KeyCache(store: store)
    }

    /// Serves until graceful shutdown (or cancellation). Then, in order: it answers parked
    /// group calls with NOT_COORDINATOR and refuses new ones, ends the watermark streams, lets
    /// Hummingbird finish the calls in flight and stop accepting, stops its loops, and hands
    /// its groups to the other replicas by releasing their locks.
    public func run() async throws {
        // `fjord_control_plane_info{replica} 1`: marks this process's metrics as a replica's
        // (`fjord cost` tells replicas from agents by it).
        Gauge(label: "fjord_control_plane_info", dimensions: [("replica", replicaId)]).record(1)
        let onListening = configuration.onListening
        if let initial = configuration.initialPolicy,
            let version = try await PolicyVersions.seed(source: initial.source, file: initial.file, appliedBy: "control-plane \(replicaId)", in: store)
        {
            logger.info("stored \(initial.file) as policy v\(version)")
        }
        try await policy.refresh(from: store, logger: logger)
        if let initial = configuration.initialPolicy, let loaded = policy.loaded, loaded.snapshot.source != initial.source {
            logger.notice(
                "policy v\(loaded.snapshot.version) from PostgreSQL is in force, not \(initial.file) (later versions were applied; see fjord policy history)")
        }
        let router = Router()
        router.get("/health") { _, _ in "ok\n" }
        if let metricsText = configuration.metricsText {
            router.get("/metrics") { _, _ in metricsText() }
        }
        router.post("/\(RPC.version)/call/:name") { request, context in try await self.answer(request, context: context) }
        router.get("/\(RPC.version)/watermarks") { request, _ in try await self.watermarkStream(request) }
        let app = Application(
            router: router, server: try serverBuilder(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "fjord-control-plane"),
            onServerRunning: { _ in await onListening() }, logger: logger)
        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                // The server sees the graceful shutdown itself: it stops accepting, finishes
                // the calls in flight, and returns.
                group.addTask { try await app.run() }
                group.addTask {
                    await ChangeFeed(
                        url: self.store.url, watermarks: self.watermarks,
                        membershipChanged: { [self] in
                            membership.withLockedValue { $0 &+= 1 }
                            watermarks.bump()  // wakes the streams, which then send the `m` line
                        }, logger: self.logger
                    ).run()
                }
                group.addTask { await self.housekeeping() }
                group.addTask { await self.tickGroups() }
                defer { group.cancelAll() }
                try await group.next()  // the server, after a graceful shutdown; anything, on failure
            }
        } onGracefulShutdown: {
            self.logger.notice("shutting down: refusing group calls, ending watermark streams, finishing the calls in flight")
            self.shuttingDown.withLockedValue { $0 = true }
            Task { await self.coordinator.shutDown() }  // the handler is synchronous; the coordinator is an actor
            self.watermarks.bump()  // the streams notice the shutdown at once
        }
        logger.notice("shutting down: releasing consumer groups")
        await ownership.release()
    }

    /// HTTP/1.1, over TLS when a certificate is configured. A bad certificate or key file is
    /// an error naming the file.
    private func serverBuilder() throws -> HTTPServerBuilder {
        guard let tls = configuration.tls else { return .http1() }
        do {
            return try .tls(.http1(), tlsConfiguration: tls.configuration())
        } catch let error as ServerTLS.FileError {
            throw ControlPlaneError(.invalidRequest, error.description)
        }
    }

    /// Every 100 ms, the group state machines' clock: sessions expire and rebalances complete.
    /// Its own loop, never behind a database call, so a slow PostgreSQL cannot hold up a join.
    private func tickGroups() async {
        while !Task.isCancelled {
            await coordinator.tick()
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Every second: this replica's heartbeat, a check of the lock connection, and of the policy.
    private func housekeeping() async {
        var lagMeasured = ContinuousClock.now - .seconds(60)
        var lagGauges = ConsumerLagGauges()
        var timeouts = TransactionTimeouts(store: store, logger: logger)
        while !Task.isCancelled {
            do {
                try await store.replicaHeartbeat(id: replicaId, url: advertisedURL)
            } catch {
                logger.warning("replica heartbeat failed: \(error)")
            }
            await ownership.check()
            await timeouts.pass()  // its markers' NOTIFY wakes the agents' fetches
            do {
                try await policy.refresh(from: store, logger: logger)
            } catch {
                logger.warning("could not check for a new policy version: \(error)")
            }
            if ContinuousClock.now - lagMeasured >= .seconds(15) {
                lagMeasured = .now
                await measureConsumerLag(into: &lagGauges)
            }
            try? await Task.sleep(for: .seconds(1))
        }
    }

    /// `fjord_consumer_group_lag{group}`, from PostgreSQL every 15 s.
    private func measureConsumerLag(into gauges: inout ConsumerLagGauges) async {
        do {
            gauges.update(try await store.consumerGroupLag())
        } catch {
            logger.warning("could not measure consumer lag: \(error)")
        }
    }

    // MARK: Calls

    private func answer(_ request: Request, context: some RequestContext) async throws -> Response {
        let name = context.parameters.get("name") ?? ""
        let started = ContinuousClock.now
        var caller: String?
        let response = await answer(name, request, caller: &caller)
        // `call` is one of the handlers' names, or "unknown", and `agent_group` a group an
        // agent key was made for, or "": the label sets stay bounded.
        let call = handlers[name] == nil ? "unknown" : name
        Timer(label: "fjord_control_plane_call_seconds", dimensions: [("call", call)]).recordNanoseconds(started.duration(to: .now).nanoseconds)
        Counter(
            label: "fjord_control_plane_calls_total", dimensions: [("call", call), ("status", "\(response.status.code)"), ("agent_group", caller ?? "")]
        ).increment()
        return response
    }

    /// Answers the call; `caller` is set to the agent group of the key it came with, once known.
    private func answer(_ name: String, _ request: Request, caller: inout String?) async -> Response {
        do {
            let group = try await authorize(request)
            caller = group
            try policy.permit(call: name, group: group)
            let body = try await request.body.collect(upTo: 256 << 20)
            guard let handler = handlers[name] else { throw RPC.Failure(code: .invalidRequest, message: "unknown call '\(name)'") }
            let answer = try await handler(self, Data(buffer: body), group)
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: answer)))
        } catch let failure as RPC.Failure {
            let status: HTTPResponse.Status =
                failure.owner != nil
                ? .misdirectedRequest
                : failure.code == .saslAuthenticationFailed ? .unauthorized : failure.code == .clusterAuthorizationFailed ? .forbidden : .badRequest
            return Self.failure(failure, status: status)
        } catch let error as ControlPlaneError {
            return Self.failure(
                RPC.Failure(code: error.code, message: error.message), status: error.code == .kafkaStorageError ? .serviceUnavailable : .badRequest)
        } catch let error as DecodingError {
            return Self.failure(RPC.Failure(code: .invalidRequest, message: "malformed \(name) call: \(error)"), status: .badRequest)
        } catch {
            logger.error("\(name) failed: \(error)")
            return Self.failure(RPC.Failure(code: .unknownServerError, message: "\(error)"), status: .internalServerError)
        }
    }

    private static func failure(_ failure: RPC.Failure, status: HTTPResponse.Status) -> Response {
        let body = (try? JSONEncoder().encode(failure)) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: body)))
    }

    /// The agent group of the caller's key; a missing, unknown or revoked key is refused.
    private func authorize(_ request: Request) async throws -> String {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw RPC.Failure(code: .saslAuthenticationFailed, message: "no agent key (Authorization: Bearer <key>)")
        }
        guard let group = try await keys.group(of: String(header.dropFirst("Bearer ".count))) else {
            throw RPC.Failure(code: .saslAuthenticationFailed, message: "unknown or revoked agent key")
        }
        return group
    }

    private func watermarkStream(_ request: Request) async throws -> Response {
        do {
            _ = try await authorize(request)
        } catch let failure as RPC.Failure {
            return Self.failure(failure, status: .unauthorized)
        }
        let signal = watermarks
        let membership = membership
        let shuttingDown = shuttingDown
        let isShuttingDown: @Sendable () -> Bool = { shuttingDown.withLockedValue { $0 } }
        return Response(
            status: .ok, headers: [.contentType: "text/plain"],
            body: ResponseBody { writer in
                var seen = signal.generation
                var seenMembership = membership.withLockedValue { $0 }
                while !Task.isCancelled && !isShuttingDown() {
                    await signal.wait(since: seen, timeout: .seconds(5))
                    let now = signal.generation
                    let nowMembership = membership.withLockedValue { $0 }
                    // One line per wake: m (the registry changed), w (a watermark moved), k (keepalive).
                    let line = nowMembership != seenMembership ? "m\n" : now != seen ? "w\n" : "k\n"
                    try await writer.write(ByteBuffer(string: line))
                    seen = now
                    seenMembership = nowMembership
                }
                try await writer.finish(nil)
            })
    }

    /// OffsetCommit: checks the member and generation, then writes, in this group's order, only
    /// while PostgreSQL still names this replica the group's owner under the claim it holds. A
    /// replica that lost the group without noticing yet (its lock went with a PostgreSQL
    /// restart, and a rival took it) writes nothing, and gives the group up.
    ///
    /// A write unanswered after `offsetWriteTimeout` is abandoned, so the group's queue, and
    /// the SyncGroup answers waiting on it, go on (postgres-nio can leave a query on a
    /// connection that has just closed unanswered for good). The group is given up and
    /// forgotten before the queue moves: its members rejoin, and the claim that takes it again
    /// fences the abandoned write, should it still arrive.
    func commitGroupOffsets(_ request: RPC.MemberOffsets) async throws -> KafkaErrorCode {
        let (store, replicaId, ownership, coordinator) = (self.store, self.replicaId, self.ownership, self.coordinator)
        let timeout = configuration.offsetWriteTimeout
        return try await coordinating(request.groupId) {
            try await $0.commitOffsets(groupId: request.groupId, memberId: request.memberId, generation: request.generation) {
                guard !request.offsets.isEmpty else { return }
                guard let claim = await ownership.claim(of: request.groupId) else {
                    throw RPC.Failure(code: .notCoordinator, message: "group \(request.groupId) moved to another replica before its offsets were written")
                }
                let written: Bool
                do {
                    written = try await withDeadline(timeout) {
                        try await store.commitOffsets(group: request.groupId, request.offsets, ifCoordinatedBy: replicaId, claim: claim)
                    }
                } catch let error as DeadlineExceeded {
                    await ownership.relinquish(request.groupId, because: "an offset write got \(error)")
                    await coordinator.forget(groupId: request.groupId)
                    throw RPC.Failure(
                        code: .notCoordinator,
                        message: "PostgreSQL did not answer the offset write of group \(request.groupId) within \(timeout); the group moves to a new claim")
                }
                guard written else {
                    await ownership.relinquish(request.groupId, because: "another claim is in force")
                    throw RPC.Failure(code: .notCoordinator, message: "group \(request.groupId) moved to another replica before its offsets were written")
                }
            }
        }
    }

    /// Runs `body` if this replica coordinates `groupId`, else points the caller at the owner.
    func coordinating<T>(_ groupId: String, _ body: (GroupCoordinator) async throws -> T) async throws -> T {
        if shuttingDown.withLockedValue({ $0 }) {
            throw RPC.Failure(code: .notCoordinator, message: "this control-plane replica is shutting down; group \(groupId) moves to another")
        }
        switch try await ownership.owner(of: groupId) {
        case .mine: return try await body(coordinator)
        case .elsewhere(let owner?): throw RPC.Failure(code: .notCoordinator, message: "group \(groupId) is coordinated by \(owner)", owner: owner)
        case .elsewhere(nil): throw RPC.Failure(code: .coordinatorLoadInProgress, message: "group \(groupId) is changing coordinator")
        }
    }
}

/// Verified keys for a few seconds, so calls do not each cost a query. Revoking a key takes
/// effect within `lifetime`.
final class KeyCache: Sendable {
    private let store: PostgresMetadataStore
    private let lifetime: Duration = .seconds(5)
    private let entries = NIOLockedValueBox<[String: (group: String?, at: ContinuousClock.Instant)]>([:])

    init(store: PostgresMetadataStore) { self.store = store }

    func group(of key: String) async throws -> String? {
        let now = ContinuousClock.now
        if let entry = entries.withLockedValue({ $0[key] }), entry.at.duration(to: now) < lifetime { return entry.group }
        let group = try await AgentKeys.group(of: key, in: store)
        entries.withLockedValue { cache in
            if cache.count > 10_000 { cache.removeAll() }
            cache[key] = (group, now)
        }
        return group
    }
}
