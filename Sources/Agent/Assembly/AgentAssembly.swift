import ControlPlane
import Logging
import ObjectStore

/// Builds one agent from its parts: the segment writer, the fetch reader over the shared
/// cache, the services its handlers use, and the handlers. The one wiring of an agent, used
/// by `EmbeddedCluster` and `StandaloneAgent` alike.
enum AgentAssembly {
    static func agent(
        nodeId: Int32, settings: AgentSettings, controlPlane: ControlPlane, cluster: ClusterView, objects: any ObjectStore, cache: BatchCache,
        users: (any UserStore)?, zone: String = "", logger: Logger
    ) -> KafkaAgent {
        AgentMetrics.register()
        let writer = SegmentWriter(
            store: objects, controlPlane: controlPlane, keyPrefix: settings.keyPrefix, configuration: settings.produce, cache: cache, logger: logger)
        var services = AgentServices(
            nodeId: nodeId, controlPlane: controlPlane, cluster: cluster, writer: writer, reader: FetchReader(store: objects, cache: cache))
        services.zone = zone
        services.users = users
        return KafkaAgent(services: services, logger: logger)
    }
}
