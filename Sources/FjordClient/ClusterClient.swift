import KafkaProtocol
import NIOCore

/// Connections to every broker of a cluster, and where each partition of a topic is led.
public actor ClusterClient {
    public struct Topic: Sendable {
        public var name: String
        public var id: KafkaUUID
        /// Leader node of each partition, by index.
        public var leaders: [Int32]
    }

    private var brokers: [Int32: (host: String, port: Int)] = [:]
    private var connections: [Int32: KafkaClientConnection] = [:]
    private let bootstrap: KafkaClientConnection
    private let clientId: String

    private init(bootstrap: KafkaClientConnection, clientId: String) {
        self.bootstrap = bootstrap
        self.clientId = clientId
    }

    /// Connects to `bootstrap` ("host:port").
    public static func connect(bootstrap: String, clientId: String = "fjord-bench") async throws -> ClusterClient {
        guard let colon = bootstrap.lastIndex(of: ":"), let port = Int(bootstrap[bootstrap.index(after: colon)...]) else {
            throw KafkaClientError.broker(.invalidRequest, "bootstrap must be HOST:PORT, got \(bootstrap)")
        }
        let connection = try await KafkaClientConnection.connect(host: String(bootstrap[..<colon]), port: port, clientId: clientId)
        return ClusterClient(bootstrap: connection, clientId: clientId)
    }

    /// Creates the topic if needed (an existing one is fine) and returns its layout.
    public func topic(_ name: String, partitions: Int32) async throws -> Topic {
        var create = CreateTopicsRequest()
        var creatable = CreateTopicsRequest.CreatableTopic()
        creatable.name = name
        creatable.numPartitions = partitions
        creatable.replicationFactor = -1
        create.topics = [creatable]
        create.timeoutMs = 10_000
        let created = try await bootstrap.send(create, version: 5)
        if let error = created.topics.first?.errorCode, error != 0, error != KafkaErrorCode.topicAlreadyExists.rawValue {
            throw KafkaClientError.broker(KafkaErrorCode(rawValue: error) ?? .unknownServerError, created.topics.first?.errorMessage ?? "CreateTopics failed")
        }
        var metadata = MetadataRequest()
        var wanted = MetadataRequest.MetadataRequestTopic()
        wanted.name = name
        metadata.topics = [wanted]
        let answer = try await bootstrap.send(metadata, version: 12)
        for broker in answer.brokers { brokers[broker.nodeId] = (broker.host, Int(broker.port)) }
        guard let topic = answer.topics.first, topic.errorCode == 0 else {
            throw KafkaClientError.broker(KafkaErrorCode(rawValue: answer.topics.first?.errorCode ?? -1) ?? .unknownServerError, "no metadata for \(name)")
        }
        let leaders = topic.partitions.sorted { $0.partitionIndex < $1.partitionIndex }.map(\.leaderId)
        return Topic(name: name, id: topic.topicId, leaders: leaders)
    }

    /// The connection to `node`, opened on first use.
    public func connection(to node: Int32) async throws -> KafkaClientConnection {
        if let existing = connections[node] { return existing }
        guard let broker = brokers[node] else { return bootstrap }
        let connection = try await KafkaClientConnection.connect(host: broker.host, port: broker.port, clientId: clientId)
        connections[node] = connection
        return connection
    }

    public func close() async {
        for connection in connections.values { await connection.close() }
        await bootstrap.close()
    }
}
