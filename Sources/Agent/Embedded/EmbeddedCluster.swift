import ControlPlane
import ControlPlaneRPC
import Foundation
import KafkaProtocol
import Logging
import NIOCore
import NIOSSL
import ObjectStore
import ServiceLifecycle

/// A whole Fjord cluster in one process: the embedded control plane (SQLite) and N agents
/// sharing one object store. `fjord playground` runs this; so do the integration tests.
public final class EmbeddedCluster: Sendable {
    public struct Configuration: Sendable {
        /// Every agent's settings; agent i takes the configured ports + i.
        public var agent = AgentSettings()
        public var agents = 1
        public var dataDirectory: String
        /// Where segments go; nil keeps them in `dataDirectory/objects`.
        public var objectStore: (any ObjectStore)?
        /// Runs the jobs role (retention, object clean-up, compaction) when set.
        public var jobs: JobsRunner.Configuration?

        public init(dataDirectory: String) {
            self.dataDirectory = dataDirectory
        }
    }

    public let controlPlane: ControlPlane
    public let agents: [KafkaAgent]
    /// Each agent's listeners, in the configured order.
    public let agentListeners: [[KafkaListener]]
    public var listeners: [KafkaListener] { Array(agentListeners.joined()) }
    public let store: any ObjectStore
    public let cluster: ClusterView
    private let logger: Logger

    /// The address clients bootstrap from: the first agent.
    public var bootstrap: String { "\(cluster.nodes[0].host):\(cluster.nodes[0].port)" }

    /// Opens the data directory and binds every agent. Throws `AgentStartError` with a
    /// one-line reason (directory not writable, port in use).
    public static func start(_ configuration: Configuration, logger: Logger) async throws -> EmbeddedCluster {
        let directory = configuration.dataDirectory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw AgentStartError("cannot create data directory \(directory): \(error.localizedDescription)")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw AgentStartError("data directory \(directory) is not writable")
        }
        let store: any ObjectStore
        let controlPlane: ControlPlane
        do {
            store = try configuration.objectStore ?? LocalDirectoryObjectStore(root: directory + "/objects")
            controlPlane = try await ControlPlane(
                store: SQLiteMetadataStore(path: directory + "/metadata.sqlite"), configuration: configuration.agent.controlPlane)
        } catch {
            throw AgentStartError("cannot open data directory \(directory): \(error)")
        }
        let settings = configuration.agent
        var agentListeners: [[KafkaListener]] = []
        var nodes: [ClusterView.Node] = []
        for index in 0..<configuration.agents {
            do {
                let (bound, advertised) = try await KafkaListener.bind(
                    settings.listenerSpecs, portOffset: index, limits: settings.limits, tls: settings.tls, advertised: settings.advertised)
                agentListeners.append(bound)
                nodes.append(ClusterView.Node(nodeId: Int32(index), host: advertised[0].host, port: advertised[0].port, listeners: advertised))
            } catch {
                for listener in agentListeners.joined() { listener.close() }
                throw error
            }
        }
        let cluster = ClusterView(nodes: nodes)
        let cache = BatchCache(capacityBytes: settings.cacheBytes)
        let acls = controlPlane.store as? any ACLStore
        let policy = AgentPolicy(group: cluster.ownGroup)
        do {
            if let acls { policy.install(try await acls.apiManagedACLs()) }
        } catch {
            for listener in agentListeners.joined() { listener.close() }
            throw AgentStartError("cannot read the ACLs in \(directory)/metadata.sqlite: \(error)")
        }
        let agents = nodes.map { node in
            var agentLogger = logger
            agentLogger[metadataKey: "agent"] = "\(node.nodeId)"
            return AgentAssembly.agent(
                nodeId: node.nodeId, settings: settings, controlPlane: controlPlane, cluster: cluster, objects: store, cache: cache,
                users: controlPlane.store as? any UserStore, acls: acls, policy: policy, logger: agentLogger)
        }
        let jobs = configuration.jobs.flatMap { jobsConfiguration in
            (controlPlane.store as? any MaintenanceStore).map {
                JobsRunner(
                    objects: store, maintenance: $0, dataPrefix: "\(settings.keyPrefix)data/\(controlPlane.clusterId)/",
                    configuration: jobsConfiguration, logger: logger)
            }
        }
        return EmbeddedCluster(
            controlPlane: controlPlane, agents: agents, agentListeners: agentListeners, store: store, cluster: cluster, jobs: jobs,
            acls: acls.map { ($0, policy) }, logger: logger)
    }

    private let jobs: JobsRunner?
    /// The API-managed ACLs' store and the policy every agent shares.
    private let acls: (store: any ACLStore, policy: AgentPolicy)?

    private init(
        controlPlane: ControlPlane, agents: [KafkaAgent], agentListeners: [[KafkaListener]], store: any ObjectStore, cluster: ClusterView,
        jobs: JobsRunner?, acls: (store: any ACLStore, policy: AgentPolicy)?, logger: Logger
    ) {
        self.jobs = jobs
        self.acls = acls
        self.controlPlane = controlPlane
        self.agents = agents
        self.agentListeners = agentListeners
        self.store = store
        self.cluster = cluster
        self.logger = logger
    }

    /// The cluster's parts, in the order a `ServiceGroup` starts them; it shuts them down in
    /// reverse: stop accepting and answer what is in flight, flush pending produces, then stop
    /// the jobs and the group tick.
    public var services: [any Service] {
        var services: [any Service] = [
            BackgroundService("group tick") {
                // Group sessions and rebalances advance on this tick.
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(100))
                    await self.controlPlane.localGroups?.tick()
                }
            }
        ]
        if let jobs { services.append(BackgroundService("jobs") { await jobs.run() }) }
        if let sweep = controlPlane.transactionTimeouts(logger: logger) {
            services.append(
                BackgroundService("transaction timeouts") {
                    var timeouts = sweep
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(1))
                        if await timeouts.pass() { self.controlPlane.watermarks.bump() }  // the markers moved watermarks
                    }
                })
        }
        if let (store, policy) = acls {
            // Changes the agents did not make themselves (`fjord acls delete` on the data
            // directory) are picked up within 2 s, as a cluster's agents do with a heartbeat.
            services.append(
                BackgroundService("acl refresh") {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(2))
                        do {
                            if try await store.apiManagedACLVersion() != policy.apiManagedACLs.version { policy.install(try await store.apiManagedACLs()) }
                        } catch {
                            self.logger.warning("cannot read the API-managed ACLs: \(error)")
                        }
                    }
                })
        }
        services.append(SegmentFlusherService(writers: agents.map(\.services.writer), logger: logger))
        for (agent, listeners) in zip(agents, agentListeners) {
            services.append(KafkaListenersService(agent: agent, listeners: listeners, logger: logger))
        }
        return services
    }
}
