import KafkaProtocol
import NIOConcurrencyHelpers

/// The agents a client is told about, as Kafka "brokers", and which one "leads" each partition.
///
/// Any agent can serve any partition (they are stateless); leadership only spreads clients
/// over agents so each agent's fetch cache keeps hitting the same partitions.
public final class ClusterView: Sendable {
    public struct Node: Hashable, Sendable {
        public var nodeId: Int32
        public var host: String
        public var port: Int32
        public var rack: String?

        public init(nodeId: Int32, host: String, port: Int32, rack: String? = nil) {
            self.nodeId = nodeId
            self.host = host
            self.port = port
            self.rack = rack
        }
    }

    private let state: NIOLockedValueBox<[Node]>

    public init(nodes: [Node]) {
        state = NIOLockedValueBox(nodes.sorted { $0.nodeId < $1.nodeId })
    }

    public var nodes: [Node] { state.withLockedValue { $0 } }

    public func replaceNodes(_ nodes: [Node]) { state.withLockedValue { $0 = nodes.sorted { $0.nodeId < $1.nodeId } } }

    /// The node that leads `partition` of `topic`: a stable spread by topic id and index.
    public func leader(topicId: KafkaUUID, partition: Int32) -> Node? {
        let nodes = self.nodes
        guard !nodes.isEmpty else { return nil }
        let spread = Int((topicId.leastSignificantBits % UInt64(nodes.count)) + UInt64(partition)) % nodes.count
        return nodes[spread]
    }

    /// The node that coordinates a consumer group (any node works; this spreads them).
    public func coordinator(for key: String) -> Node? {
        let nodes = self.nodes
        guard !nodes.isEmpty else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a: stable across processes, unlike hashValue
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return nodes[Int(hash % UInt64(nodes.count))]
    }
}
