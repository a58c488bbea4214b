import ControlPlaneRPC
import KafkaProtocol
import NIOConcurrencyHelpers
import Policy

/// The agents a client is told about, as Kafka "brokers", and which one "leads" each partition.
///
/// Any agent can serve any partition (they are stateless); leadership only spreads clients
/// over agents so each agent's fetch cache keeps hitting the same partitions. The view holds
/// every live agent of every group; the policy picks which group a client sees.
public final class ClusterView: Sendable {
    public struct Node: Hashable, Sendable {
        public var nodeId: Int32
        public var host: String
        public var port: Int32
        public var rack: String?
        /// The agent group it belongs to ("" in the embedded cluster, which has one).
        public var group: String
        /// Its named listeners; `host:port` is the first's (or the only one's).
        public var listeners: [RPC.Listener]
        /// Where it serves objects to its group's agents in its zone (`ZonePeers`), if it does.
        public var peer: String?

        public init(
            nodeId: Int32, host: String, port: Int32, rack: String? = nil, group: String = "", listeners: [RPC.Listener] = [], peer: String? = nil
        ) {
            self.nodeId = nodeId
            self.host = host
            self.port = port
            self.rack = rack
            self.group = group
            self.listeners = listeners
            self.peer = peer
        }

        /// This node as a client on listener `name` must dial it: that listener's address,
        /// or the node's own when it has no listener of that name.
        func on(listener name: String?) -> Node {
            guard let name, let listener = listeners.first(where: { $0.name == name }) else { return self }
            var node = self
            node.host = listener.host
            node.port = listener.port
            return node
        }
    }

    /// What one client sees: its brokers (its zone first) and the partition leaders among
    /// them (only agents of its zone when there are any, so its traffic stays in the zone).
    public struct Serving: Sendable, Equatable {
        public var brokers: [Node]
        public var leaders: [Node]

        /// The node that leads `partition` of `topic`: a stable spread by topic id and index.
        public func leader(topicId: KafkaUUID, partition: Int32) -> Node? {
            guard !leaders.isEmpty else { return nil }
            let spread = Int((topicId.leastSignificantBits % UInt64(leaders.count)) + UInt64(partition)) % leaders.count
            return leaders[spread]
        }

        /// The node that coordinates a consumer group (any node works; this spreads them).
        public func coordinator(for key: String) -> Node? {
            guard !leaders.isEmpty else { return nil }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a: stable across processes, unlike hashValue
            for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return leaders[Int(hash % UInt64(leaders.count))]
        }
    }

    /// The registry's agents that serve clients (the produce or fetch role), as nodes.
    public static func clientFacing(_ agents: [RPC.RegisteredAgent]) -> [Node] {
        agents.filter { !Set($0.roles).isDisjoint(with: ["produce", "fetch"]) }
            .map {
                Node(
                    nodeId: $0.nodeId, host: $0.host, port: $0.port, rack: $0.zone.isEmpty ? nil : $0.zone, group: $0.group, listeners: $0.listeners ?? [],
                    peer: $0.peer)
            }
    }

    private struct State {
        var nodes: [Node]
        /// Views already computed for (group, zone), until the membership changes.
        var views: [String: Serving] = [:]
    }

    /// The group of the agent holding this view.
    public let ownGroup: String
    private let state: NIOLockedValueBox<State>

    public init(nodes: [Node], ownGroup: String = "") {
        self.ownGroup = ownGroup
        state = NIOLockedValueBox(State(nodes: nodes.sorted { $0.nodeId < $1.nodeId }))
    }

    /// The live agents of this agent's own group.
    public var nodes: [Node] { state.withLockedValue { $0.nodes.filter { $0.group == ownGroup } } }

    /// Replaces the membership: every live agent, of every group.
    public func replaceNodes(_ nodes: [Node]) {
        let sorted = nodes.sorted { $0.nodeId < $1.nodeId }
        state.withLockedValue { state in
            guard state.nodes != sorted else { return }
            state = State(nodes: sorted)
        }
    }

    /// What a client routed by `route` sees: the live agents of the group its rule names,
    /// else of the rule's fallback group; nothing when neither has live agents.
    public func serving(_ route: PolicyEngine.Route, zone: String?, listener: String? = nil) -> Serving {
        for group in [route.group, route.fallback].compactMap({ $0 }) {
            let view = serving(group: group, zone: zone, listener: listener)
            if !view.brokers.isEmpty { return view }
        }
        return Serving(brokers: [], leaders: [])
    }

    /// What a client served by `group` sees, `zone` first (nil or "": no preference), with the
    /// addresses of the listener it connected to.
    public func serving(group: String, zone: String?, listener: String? = nil) -> Serving {
        let key = "\(group)\u{0}\(zone ?? "")\u{0}\(listener ?? "")"
        return state.withLockedValue { state in
            if let view = state.views[key] { return view }
            let members = state.nodes.filter { $0.group == group }.map { $0.on(listener: listener) }
            let local = zone.map { zone in members.filter { !zone.isEmpty && $0.rack == zone } } ?? []
            let view = Serving(brokers: local + members.filter { !local.contains($0) }, leaders: local.isEmpty ? members : local)
            if state.views.count > 1024 { state.views.removeAll() }  // zones come from clients: bound the memo
            state.views[key] = view
            return view
        }
    }
}
