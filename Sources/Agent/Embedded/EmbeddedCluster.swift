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
        public var host = "127.0.0.1"
        /// The first agent's port; the others take the next ones. 0 gives every agent a free port.
        public var port = 9092
        public var agents = 1
        public var dataDirectory: String
        public var produce = ProduceBufferStateMachine.Configuration()
        public var controlPlane = ControlPlane.Configuration()
        public var cacheBytes = 256 << 20
        /// What each client connection may hold.
        public var limits = ConnectionLimits()
        /// Serve Kafka clients over TLS with this; nil for PLAINTEXT. SSL and SASL_SSL
        /// listeners need it.
        public var tls: TLSConfiguration?
        /// Named listeners: each agent binds every one, agent i at the listener's port + i.
        /// Empty: one listener per agent on `host` and `port` (+ i), SSL when `tls` is set.
        public var listeners: [ListenerSpec] = []
        /// Host and first port to advertise instead of the bound addresses.
        public var advertised: (host: String, port: Int)?
        /// Where segments go; nil keeps them in `dataDirectory/objects`.
        public var objectStore: (any ObjectStore)?
        /// Prefix of every object key (e.g. "fjord/" in a shared bucket).
        public var keyPrefix = ""
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

    /// Opens the data directory and binds every agent. Throws `EmbeddedClusterError` with a
    /// one-line reason (directory not writable, port in use).
    public static func start(_ configuration: Configuration, logger: Logger) async throws -> EmbeddedCluster {
        let directory = configuration.dataDirectory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw EmbeddedClusterError("cannot create data directory \(directory): \(error.localizedDescription)")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw EmbeddedClusterError("data directory \(directory) is not writable")
        }
        let store: any ObjectStore
        let controlPlane: ControlPlane
        do {
            store = try configuration.objectStore ?? LocalDirectoryObjectStore(root: directory + "/objects")
            controlPlane = try await ControlPlane(store: SQLiteMetadataStore(path: directory + "/metadata.sqlite"), configuration: configuration.controlPlane)
        } catch {
            throw EmbeddedClusterError("cannot open data directory \(directory): \(error)")
        }
        let specs =
            configuration.listeners.isEmpty
            ? [ListenerSpec.single(host: configuration.host, port: configuration.port, tls: configuration.tls != nil)] : configuration.listeners
        var agentListeners: [[KafkaListener]] = []
        var nodes: [ClusterView.Node] = []
        for index in 0..<configuration.agents {
            do {
                let (bound, advertised) = try await KafkaListener.bind(
                    specs, portOffset: index, limits: configuration.limits, tls: configuration.tls,
                    advertised: configuration.advertised)
                agentListeners.append(bound)
                nodes.append(ClusterView.Node(nodeId: Int32(index), host: advertised[0].host, port: advertised[0].port, listeners: advertised))
            } catch {
                for listener in agentListeners.joined() { listener.close() }
                throw error
            }
        }
        let cluster = ClusterView(nodes: nodes)
        let cache = BatchCache(capacityBytes: configuration.cacheBytes)
        let agents = nodes.map { node in
            var agentLogger = logger
            agentLogger[metadataKey: "agent"] = "\(node.nodeId)"
            let writer = SegmentWriter(
                store: store, controlPlane: controlPlane, keyPrefix: configuration.keyPrefix, configuration: configuration.produce,
                cache: cache, logger: agentLogger)
            var services = AgentServices(
                nodeId: node.nodeId, controlPlane: controlPlane, cluster: cluster, writer: writer,
                reader: FetchReader(store: store, cache: cache))
            services.users = controlPlane.store as? any UserStore
            return KafkaAgent(services: services, logger: agentLogger)
        }
        let jobs = configuration.jobs.flatMap { jobsConfiguration in
            (controlPlane.store as? any MaintenanceStore).map {
                JobsRunner(
                    objects: store, maintenance: $0, dataPrefix: "\(configuration.keyPrefix)data/\(controlPlane.clusterId)/",
                    configuration: jobsConfiguration, logger: logger)
            }
        }
        return EmbeddedCluster(
            controlPlane: controlPlane, agents: agents, agentListeners: agentListeners, store: store, cluster: cluster, jobs: jobs, logger: logger)
    }

    private let jobs: JobsRunner?

    private init(
        controlPlane: ControlPlane, agents: [KafkaAgent], agentListeners: [[KafkaListener]], store: any ObjectStore, cluster: ClusterView,
        jobs: JobsRunner?, logger: Logger
    ) {
        self.jobs = jobs
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
        services.append(SegmentFlusherService(writers: agents.map(\.services.writer), logger: logger))
        for (agent, listeners) in zip(agents, agentListeners) {
            services.append(KafkaListenersService(agent: agent, listeners: listeners, logger: logger))
        }
        return services
    }
}

public struct EmbeddedClusterError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
