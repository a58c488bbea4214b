import ControlPlane
import Foundation
import KafkaProtocol
import Logging
import NIOCore
import NIOSSL
import ObjectStore

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
        /// Serve Kafka clients over TLS with this; nil for PLAINTEXT.
        public var tls: TLSConfiguration?
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
    public let listeners: [KafkaListener]
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
        var listeners: [KafkaListener] = []
        for index in 0..<configuration.agents {
            let port = configuration.port == 0 ? 0 : configuration.port + index
            do {
                listeners.append(try await KafkaListener.bind(host: configuration.host, port: port, limits: configuration.limits, tls: configuration.tls))
            } catch {
                for listener in listeners { listener.close() }
                throw EmbeddedClusterError("cannot listen on \(configuration.host):\(port): \(Self.reason(error))")
            }
        }
        let nodes = listeners.enumerated().map { index, listener in
            if let advertised = configuration.advertised {
                return ClusterView.Node(nodeId: Int32(index), host: advertised.host, port: Int32(advertised.port + index))
            }
            return ClusterView.Node(nodeId: Int32(index), host: configuration.host, port: Int32(listener.localAddress?.port ?? 0))
        }
        let cluster = ClusterView(nodes: nodes)
        let cache = BatchCache(capacityBytes: configuration.cacheBytes)
        let agents = nodes.map { node in
            var agentLogger = logger
            agentLogger[metadataKey: "agent"] = "\(node.nodeId)"
            let writer = SegmentWriter(store: store, controlPlane: controlPlane, keyPrefix: configuration.keyPrefix, configuration: configuration.produce,
                                       cache: cache, logger: agentLogger)
            var services = AgentServices(nodeId: node.nodeId, controlPlane: controlPlane, cluster: cluster, writer: writer,
                                         reader: FetchReader(store: store, cache: cache))
            services.users = controlPlane.store as? any UserStore
            return KafkaAgent(services: services, logger: agentLogger)
        }
        let jobs = configuration.jobs.flatMap { jobsConfiguration in
            (controlPlane.store as? any MaintenanceStore).map {
                JobsRunner(objects: store, maintenance: $0, dataPrefix: "\(configuration.keyPrefix)data/\(controlPlane.clusterId)/",
                           configuration: jobsConfiguration, logger: logger)
            }
        }
        return EmbeddedCluster(controlPlane: controlPlane, agents: agents, listeners: listeners, store: store, cluster: cluster, jobs: jobs, logger: logger)
    }

    private let jobs: JobsRunner?

    private init(controlPlane: ControlPlane, agents: [KafkaAgent], listeners: [KafkaListener], store: any ObjectStore, cluster: ClusterView,
                 jobs: JobsRunner?, logger: Logger) {
        self.jobs = jobs
        self.controlPlane = controlPlane
        self.agents = agents
        self.listeners = listeners
        self.store = store
        self.cluster = cluster
        self.logger = logger
    }

    /// Serves until cancelled; then stops accepting, flushes pending produces, and returns.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            for (agent, listener) in zip(agents, listeners) {
                group.addTask {
                    do {
                        try await agent.serve(listener)
                    } catch {
                        self.logger.debug("listener stopped: \(error)")
                    }
                }
            }
            if let jobs {
                group.addTask { await jobs.run() }
            }
            group.addTask {
                // Group sessions and rebalances advance on this tick.
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(100))
                    await self.controlPlane.localGroups?.tick()
                }
            }
            await group.waitForAll()  // children are cancelled with this task
        }
    }

    /// Stops accepting connections and writes out every pending segment.
    public func drain() async {
        for listener in listeners { listener.close() }
        for agent in agents { await agent.services.writer.drain() }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? IOError { return error.description.contains("Address already in use") ? "address already in use" : error.description }
        return "\(error)"
    }
}

public struct EmbeddedClusterError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
