import Foundation
import PostgresNIO

/// A named Kafka listener's advertised address. A client is told, for every broker, the
/// address of the listener (by name) it connected to, as Kafka does.
public struct AgentListener: Codable, Sendable, Hashable {
    public var name: String
    public var host: String
    public var port: Int32

    public init(name: String, host: String, port: Int32) {
        self.name = name
        self.host = host
        self.port = port
    }

    /// `NAME=host:port,...`, as the registry stores them.
    static func encode(_ listeners: [AgentListener]) -> String {
        listeners.map { "\($0.name)=\($0.host):\($0.port)" }.joined(separator: ",")
    }

    static func decode(_ text: String) -> [AgentListener] {
        text.split(separator: ",").compactMap { entry in
            guard let equals = entry.firstIndex(of: "="), let colon = entry.lastIndex(of: ":"), equals < colon,
                let port = Int32(entry[entry.index(after: colon)...])
            else { return nil }
            return AgentListener(name: String(entry[..<equals]), host: String(entry[entry.index(after: equals)..<colon]), port: port)
        }
    }
}

/// An agent as the registry holds it.
public struct AgentRecord: Codable, Sendable, Hashable {
    public var nodeId: Int32
    public var agentId: String
    public var group: String
    public var roles: [String]
    public var zone: String
    public var host: String
    public var port: Int32
    /// Every named listener; nil from agents that predate named listeners.
    public var listeners: [AgentListener]?
    /// Where the agents of its group and zone read objects through it (`host:port`); nil when
    /// it does not serve them (`ZonePeers`).
    public var peer: String?

    public init(
        nodeId: Int32, agentId: String, group: String, roles: [String], zone: String, host: String, port: Int32, listeners: [AgentListener]? = nil,
        peer: String? = nil
    ) {
        self.nodeId = nodeId
        self.agentId = agentId
        self.group = group
        self.roles = roles
        self.zone = zone
        self.host = host
        self.port = port
        self.listeners = listeners
        self.peer = peer
    }
}

/// The registry: live agents (`agents`) and control-plane replicas (`control_planes`),
/// refreshed by heartbeats. Changes to the set of agents are announced on the
/// `fjord_agents` channel, which `ChangeFeed` follows.
extension PostgresMetadataStore {
    /// Records an agent's heartbeat (its `nodeId` is ignored). An agent restarted at the same
    /// address takes over its predecessor's registration and node id, as a restarted Kafka
    /// broker keeps its id: clients would otherwise see two brokers at one address. Returns
    /// the node id, the agent's session (a new one whenever it joins, or rejoins after its
    /// heartbeats lapsed past `expiry` or `liveAgents` left it out; `AgentSession`), and
    /// whether the set of live agents changed (then it is announced). Agents silent for six
    /// expiries are forgotten.
    public func registerAgent(_ agent: AgentRecord, expiry: Duration) async throws -> (nodeId: Int32, session: Int64, joined: Bool) {
        var nodeId: Int32 = -1
        var session: Int64 = 0
        var joined = false
        for try await (id, current, changed) in try await client.query(
            """
            WITH replaced AS (
                DELETE FROM agents WHERE agent_group = \(agent.group) AND advertised_host = \(agent.host) AND advertised_port = \(agent.port)
                    AND agent_id <> \(agent.agentId)
                RETURNING node_id
            ), previous AS (
                SELECT session FROM agents WHERE agent_id = \(agent.agentId)
            )
            INSERT INTO agents (agent_id, agent_group, roles, zone, advertised_host, advertised_port, listeners, peer, node_id, last_heartbeat, session)
            VALUES (\(agent.agentId), \(agent.group), \(agent.roles.joined(separator: ",")), \(agent.zone), \(agent.host), \(agent.port),
                    \(AgentListener.encode(agent.listeners ?? [])), \(agent.peer ?? ""),
                    coalesce((SELECT min(node_id) FROM replaced), nextval('fjord_node_ids')), now(), nextval('fjord_agent_sessions'))
            ON CONFLICT (agent_id) DO UPDATE SET roles = EXCLUDED.roles, zone = EXCLUDED.zone, advertised_host = EXCLUDED.advertised_host,
                advertised_port = EXCLUDED.advertised_port, listeners = EXCLUDED.listeners, peer = EXCLUDED.peer, last_heartbeat = now(), lapsed = false,
                session = CASE WHEN agents.last_heartbeat >= now() - make_interval(secs => \(expiry.seconds)) AND NOT agents.lapsed
                               THEN agents.session ELSE EXCLUDED.session END
            RETURNING node_id, session, EXISTS (SELECT 1 FROM replaced) OR NOT EXISTS (SELECT 1 FROM previous WHERE previous.session = agents.session)
            """, logger: logger
        ).decode((Int32, Int64, Bool).self) {
            nodeId = id
            session = current
            joined = changed
        }
        if joined { try await announceAgentsChanged() }
        try await client.query("DELETE FROM agents WHERE last_heartbeat < now() - make_interval(secs => \(expiry.seconds * 6))", logger: logger)
        return (nodeId, session, joined)
    }

    /// Removes an agent of `group` that is leaving, and announces it.
    public func removeAgent(id: String, group: String) async throws {
        try await client.query("DELETE FROM agents WHERE agent_id = \(id) AND agent_group = \(group)", logger: logger)
        try await announceAgentsChanged()
    }

    /// Agents that heartbeated within `expiry`, of every group, by node id. Those left out
    /// lapse: their sessions end, so nothing they took in commits after clients were told
    /// they are gone (`fjord_live_agents`).
    public func liveAgents(within expiry: Duration) async throws -> [AgentRecord] {
        var agents: [AgentRecord] = []
        for try await (node, id, group, roles, zone, host, port, listeners, peer) in try await client.query(
            """
            SELECT node_id, agent_id, agent_group, roles, zone, advertised_host, advertised_port, listeners, peer
            FROM fjord_live_agents(\(expiry.seconds))
            """, logger: logger
        ).decode((Int32, String, String, String, String, String, Int32, String, String).self) {
            agents.append(
                AgentRecord(
                    nodeId: node, agentId: id, group: group, roles: roles.split(separator: ",").map(String.init), zone: zone, host: host, port: port,
                    listeners: AgentListener.decode(listeners), peer: peer.isEmpty ? nil : peer))
        }
        return agents
    }

    private func announceAgentsChanged() async throws {
        try await client.query("SELECT pg_notify('fjord_agents', '')", logger: logger)
    }

    /// Records a control-plane replica's heartbeat, and forgets replicas silent for a minute.
    public func replicaHeartbeat(id: String, url: String) async throws {
        try await client.query(
            """
            INSERT INTO control_planes (replica_id, url, last_heartbeat) VALUES (\(id), \(url), now())
            ON CONFLICT (replica_id) DO UPDATE SET url = EXCLUDED.url, last_heartbeat = now()
            """, logger: logger)
        try await client.query("DELETE FROM control_planes WHERE last_heartbeat < now() - interval '1 minute'", logger: logger)
    }

    /// The URLs of the replicas that heartbeated in the last 15 seconds.
    public func liveReplicaURLs() async throws -> [String] {
        var urls: [String] = []
        for try await url in try await client.query(
            "SELECT url FROM control_planes WHERE last_heartbeat >= now() - interval '15 seconds' ORDER BY url", logger: logger
        ).decode(String.self) {
            urls.append(url)
        }
        return urls
    }
}

extension PostgresMetadataStore {
    /// Each consumer group's lag: the sum, over the partitions it has committed offsets for,
    /// of the high watermark less the committed offset.
    public func consumerGroupLag() async throws -> [(group: String, lag: Int64)] {
        var lags: [(group: String, lag: Int64)] = []
        for try await (group, lag) in try await client.query(
            """
            SELECT o.group_id, sum(greatest(p.high_watermark - o.committed_offset, 0))::bigint
            FROM group_offsets o
            JOIN topics t ON t.name = o.topic
            JOIN partitions p ON p.topic_id = t.id AND p.partition = o.partition
            GROUP BY o.group_id ORDER BY o.group_id
            """, logger: logger
        ).decode((String, Int64).self) {
            lags.append((group, lag))
        }
        return lags
    }
}
