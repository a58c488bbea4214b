import ControlPlane
import ControlPlaneRPC
import Foundation
import KafkaProtocol
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOSSL
import ObjectStore
import Policy
import ServiceLifecycle

/// `fjord agent`: one stateless agent of a production cluster. It serves Kafka clients,
/// writes segments to the bucket, and reaches the control plane (PostgreSQL behind
/// `fjord control-plane`) for everything else.
///
/// While it runs it heartbeats the registry (which gives it its node id and the other agents
/// of its group, the "brokers" it tells clients about), refreshes its topic cache, follows
/// the pushed high watermarks, and, with the `jobs` role, runs `JobsRunner`.
public final class StandaloneAgent: Sendable {
    public enum Role: String, Sendable, CaseIterable {
        case produce, fetch, jobs
    }

    public struct Configuration: Sendable {
        public var agentId = UUID().uuidString.lowercased()
        public var roles: Set<Role> = Set(Role.allCases)
        public var zone = ""
        public var agent = AgentSettings()
        public var jobs = JobsRunner.Configuration()
        public var heartbeatInterval: Duration = .seconds(2)
        /// Share bucket reads with the agents of this group and zone (`ZonePeers`); nil: read
        /// every object from the bucket.
        public var zoneCache: ZoneCacheSettings?
        public init() {}
    }

    /// Where an agent serves its share of the zone cache, and the key that proves to its peers
    /// that it belongs to their group.
    public struct ZoneCacheSettings: Sendable {
        public var host: String
        public var port: Int
        /// The address peers dial, when it is not `host:port` (a wildcard bind, a NAT).
        public var advertised: (host: String, port: Int)?
        public var agentKey: String

        public init(host: String, port: Int, advertised: (host: String, port: Int)? = nil, agentKey: String) {
            self.host = host
            self.port = port
            self.advertised = advertised
            self.agentKey = agentKey
        }
    }

    public let agent: KafkaAgent
    /// The Kafka listeners, in the order configured.
    public let listeners: [KafkaListener]
    /// The first listener: the address the registry lists.
    public var listener: KafkaListener { listeners[0] }
    public let client: ControlPlaneClient
    public let registration: RPC.Registration
    private let controlPlane: ControlPlane
    private let configuration: Configuration
    private let objects: any ObjectStore
    private let logger: Logger

    /// Registers with the control plane and binds the Kafka port. Fails with a one-line
    /// reason: a refused key, no control plane, a port in use.
    public static func start(_ configuration: Configuration, client: ControlPlaneClient, objects: any ObjectStore, logger: Logger) async throws
        -> StandaloneAgent
    {
        let settings = configuration.agent
        let (listeners, advertised) = try await KafkaListener.bind(
            settings.listenerSpecs, limits: settings.limits, tls: settings.tls, advertised: settings.advertised)
        var heartbeat = RPC.AgentHeartbeat(
            agentId: configuration.agentId, roles: configuration.roles.map(\.rawValue).sorted(), zone: configuration.zone,
            host: advertised[0].host, port: advertised[0].port, listeners: advertised)
        heartbeat.aclVersion = 0
        if let zoneCache = configuration.zoneCache {
            let address = zoneCache.advertised ?? (zoneCache.host, zoneCache.port)
            heartbeat.peer = "\(address.host):\(address.port)"
        }
        let registration: RPC.Registration
        let controlPlane: ControlPlane
        do {
            registration = try await client.heartbeat(heartbeat)
            controlPlane = try await ControlPlane(store: client, groups: client, configuration: settings.controlPlane)
        } catch {
            for listener in listeners { listener.close() }
            throw AgentStartError("cannot register with the control plane: \(ControlPlaneError.message(for: error))")
        }
        let cluster = ClusterView(nodes: ClusterView.clientFacing(registration.agents), ownGroup: registration.group)
        let cache = BatchCache(capacityBytes: settings.cacheBytes)
        var agentLogger = logger
        agentLogger[metadataKey: "node"] = "\(registration.nodeId)"
        let peers = configuration.zoneCache.map {
            ZonePeers(nodeId: registration.nodeId, zone: configuration.zone, cluster: cluster, agentKey: $0.agentKey, logger: agentLogger)
        }
        let agent = AgentAssembly.agent(
            nodeId: registration.nodeId, settings: settings, controlPlane: controlPlane, cluster: cluster, objects: objects, cache: cache,
            peers: peers, users: client, acls: client, zone: configuration.zone, logger: agentLogger)
        if let policy = registration.policy { Self.install(policy, into: agent.services.policy, logger: agentLogger) }
        if let acls = registration.acls { agent.services.policy.install(acls) }
        if let session = registration.session {
            await agent.services.writer.registered(as: AgentSession(agentId: configuration.agentId, session: session))
        }
        return StandaloneAgent(
            agent: agent, listeners: listeners, client: client,
            registration: registration, controlPlane: controlPlane, configuration: configuration, objects: objects,
            heartbeat: heartbeat, logger: agentLogger)
    }

    private let heartbeat: RPC.AgentHeartbeat
    /// Bumped when the control plane reports a registry change (see `keepRegistered`).
    private let membershipChanged = WatermarkSignal()
    /// Set by `leave`: no more heartbeats, so the agent stays out of the registry.
    private let leaving = NIOLockedValueBox(false)

    private init(
        agent: KafkaAgent, listeners: [KafkaListener], client: ControlPlaneClient, registration: RPC.Registration, controlPlane: ControlPlane,
        configuration: Configuration, objects: any ObjectStore, heartbeat: RPC.AgentHeartbeat, logger: Logger
    ) {
        self.agent = agent
        self.listeners = listeners
        self.client = client
        self.registration = registration
        self.controlPlane = controlPlane
        self.configuration = configuration
        self.objects = objects
        self.heartbeat = heartbeat
        self.logger = logger
    }

    /// Enforces a policy version from the control plane. It was validated when applied; one
    /// this agent cannot parse (an older Fjord) is logged, and the version in force stays.
    private static func install(_ snapshot: RPC.PolicySnapshot, into policy: AgentPolicy, logger: Logger) {
        do {
            policy.install(version: snapshot.version, document: try PolicyParser.parse(snapshot.source, file: snapshot.file))
            logger.info(
                "enforcing policy v\(snapshot.version) (\(snapshot.file))\(policy.installed?.ownGroup == nil ? "; it does not declare this agent's group '\(policy.group)', so this agent refuses every client" : "")"
            )
        } catch {
            logger.error("cannot enforce policy v\(snapshot.version); v\(policy.version) stays in force: \(error)")
        }
    }

    /// The agent's parts, in the order a `ServiceGroup` starts them; it shuts them down in
    /// reverse: stop accepting and answer what is in flight, flush pending produces, leave the
    /// registry, then stop the jobs and the watermark stream.
    public var services: [any Service] {
        var services: [any Service] = []
        if let zoneCache = configuration.zoneCache, let peers = agent.services.reader.peers {
            // First, so it stops last: fetches being answered may still ask it for objects.
            services.append(ZonePeerServer(host: zoneCache.host, port: zoneCache.port, peers: peers, reader: agent.services.reader, logger: logger))
        }
        services.append(
            BackgroundService("watermarks") { await self.client.followWatermarks(into: self.controlPlane.watermarks, membership: self.membershipChanged) })
        if configuration.roles.contains(.jobs) {
            let jobs = JobsRunner(
                objects: objects, maintenance: client, dataPrefix: "\(configuration.agent.keyPrefix)data/\(controlPlane.clusterId)/",
                configuration: configuration.jobs, logger: logger)
            services.append(BackgroundService("jobs") { await jobs.run() })
        }
        services.append(RegistryService(agent: self))
        services.append(SegmentFlusherService(writers: [agent.services.writer], logger: logger))
        services.append(KafkaListenersService(agent: agent, listeners: listeners, logger: logger))
        return services
    }

    /// The registry heartbeat as a `Service`: on graceful shutdown (after the connections are
    /// answered and the produces flushed) it leaves the registry, so clients stop being sent
    /// here at once rather than after the expiry.
    struct RegistryService: Service {
        let agent: StandaloneAgent

        func run() async {
            try? await cancelWhenGracefulShutdown { await agent.keepRegistered() }
            await agent.leave()
        }
    }

    /// Heartbeats, and refreshes the view of the cluster and of the topics, until cancelled:
    /// every `heartbeatInterval`, and at once when the control plane says agents joined or
    /// left or topics changed, so every agent lists the same brokers and topics within
    /// milliseconds. (A client that is told of a broker by one agent and not by the next drops
    /// it, and librdkafka can then stall its group join waiting for metadata.)
    func keepRegistered() async {
        var seen = membershipChanged.generation
        while !Task.isCancelled {
            await membershipChanged.wait(since: seen, timeout: configuration.heartbeatInterval)
            seen = membershipChanged.generation
            if leaving.withLockedValue({ $0 }) { return }
            do {
                var heartbeat = self.heartbeat
                heartbeat.policyVersion = agent.services.policy.version
                heartbeat.aclVersion = agent.services.policy.apiManagedACLs.version
                let registration = try await client.heartbeat(heartbeat, timeout: max(configuration.heartbeatInterval, .seconds(1)))
                if let session = registration.session {
                    await agent.services.writer.registered(as: AgentSession(agentId: configuration.agentId, session: session))
                }
                let nodes = ClusterView.clientFacing(registration.agents)
                if !nodes.isEmpty { agent.services.cluster.replaceNodes(nodes) }
                if let policy = registration.policy, policy.version != heartbeat.policyVersion {
                    Self.install(policy, into: agent.services.policy, logger: logger)
                }
                if let acls = registration.acls {
                    agent.services.policy.install(acls)
                    logger.info("enforcing API-managed ACLs v\(acls.version) (\(acls.acls.count) bindings)")
                }
                try await controlPlane.refreshTopics()
            } catch  where !Task.isCancelled {
                logger.warning("heartbeat failed: \(ControlPlaneError.message(for: error))")
            } catch {
                return
            }
        }
    }

    /// Leaves the registry; no more heartbeats.
    func leave() async {
        leaving.withLockedValue { $0 = true }
        do {
            try await client.leave(agentId: configuration.agentId)
        } catch {
            logger.warning("could not leave the registry (it expires this agent instead): \(ControlPlaneError.message(for: error))")
        }
    }
}
