import ControlPlane
import Logging
import ObjectStore

/// Builds one agent from its parts: the segment writer, the fetch reader over the shared
/// cache, the services its handlers use, and the handlers. The one wiring of an agent, used
/// by `EmbeddedCluster` and `StandaloneAgent` alike. `policy`: one shared by agents that
/// share a control plane in one process (the playground), so an ACL change made through one
/// applies on all of them at once.
enum AgentAssembly {
    static func agent(
        nodeId: Int32, settings: AgentSettings, controlPlane: ControlPlane, cluster: ClusterView, objects: any ObjectStore, cache: BatchCache,
        peers: ZonePeers? = nil, users: (any UserStore)?, acls: (any ACLStore)?, policy: AgentPolicy? = nil, zone: String = "", logger: Logger
    ) -> KafkaAgent {
        AgentMetrics.register()
        let writer = SegmentWriter(
            store: objects, controlPlane: controlPlane, keyPrefix: settings.keyPrefix, configuration: settings.produce, cache: cache, logger: logger)
        var services = AgentServices(
            nodeId: nodeId, controlPlane: controlPlane, cluster: cluster, writer: writer, reader: FetchReader(store: objects, cache: cache, peers: peers))
        services.zone = zone
        services.fetchGatherTimeout = settings.fetchGatherTimeout
        services.users = users
        services.acls = acls
        if let policy { services.policy = policy }
        return KafkaAgent(services: services, logger: logger)
    }
}
