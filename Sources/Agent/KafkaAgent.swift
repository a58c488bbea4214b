import ControlPlane
import KafkaProtocol
import Logging
import NIOCore

/// One agent: the Kafka APIs it serves, over one or more listeners.
public final class KafkaAgent: Sendable {
    public let services: AgentServices
    let registry: HandlerRegistry
    /// Every open client connection, for a graceful shutdown.
    let connections = ConnectionTracker()
    let logger: Logger

    public init(services: AgentServices, logger: Logger) {
        self.services = services
        self.logger = logger
        var registry = HandlerRegistry()
        registry.register(ProduceHandler(services: services))
        registry.register(FetchHandler(services: services))
        registry.register(ListOffsetsHandler(services: services))
        registry.register(MetadataHandler(services: services))
        registry.register(OffsetCommitHandler(services: services))
        registry.register(OffsetFetchHandler(services: services))
        registry.register(FindCoordinatorHandler(services: services))
        registry.register(JoinGroupHandler(services: services))
        registry.register(HeartbeatHandler(services: services))
        registry.register(LeaveGroupHandler(services: services))
        registry.register(SyncGroupHandler(services: services))
        registry.register(DescribeGroupsHandler(services: services))
        registry.register(ListGroupsHandler(services: services))
        registry.register(CreateTopicsHandler(services: services))
        registry.register(DeleteTopicsHandler(services: services))
        registry.register(InitProducerIdHandler(services: services))
        registry.register(AddPartitionsToTxnHandler(services: services))
        registry.register(AddOffsetsToTxnHandler(services: services))
        registry.register(TxnOffsetCommitHandler(services: services))
        registry.register(EndTxnHandler(services: services))
        registry.register(ListTransactionsHandler(services: services))
        registry.register(DescribeTransactionsHandler(services: services))
        registry.register(DescribeProducersHandler(services: services))
        registry.register(OffsetForLeaderEpochHandler(services: services))
        registry.register(DescribeConfigsHandler(services: services))
        registry.register(CreatePartitionsHandler(services: services))
        registry.register(DeleteGroupsHandler(services: services))
        registry.register(DescribeClusterHandler(services: services))
        registry.register(SaslHandshakeHandler())
        registry.register(SaslAuthenticateHandler(services: services))
        registry.register(DescribeUserScramCredentialsHandler(services: services))
        registry.register(AlterUserScramCredentialsHandler(services: services))
        registry.register(DescribeAclsHandler(services: services))
        registry.register(CreateAclsHandler(services: services))
        registry.register(DeleteAclsHandler(services: services))
        registry.register(AlterConfigsHandler(services: services))
        registry.register(IncrementalAlterConfigsHandler(services: services))
        registry.register(DeleteRecordsHandler(services: services))
        registry.register(OffsetDeleteHandler(services: services))
        registry.register(DescribeTopicPartitionsHandler(services: services))
        registry.register(ElectLeadersHandler(services: services))
        registry.register(DescribeLogDirsHandler(services: services))
        registry.register(ListPartitionReassignmentsHandler(services: services))
        // ApiVersions lists every API above, itself included.
        var withSelf = registry
        withSelf.register(ApiVersionsHandler(apis: []))
        registry.register(ApiVersionsHandler(apis: withSelf.apiVersions))
        self.registry = registry
    }

    /// The API versions this agent advertises.
    public var apiVersions: [ApiVersionsResponse.ApiVersion] { registry.apiVersions }

    /// Answers one request frame (after its length prefix) as a connection of `session`
    /// would: the whole path from request bytes to response bytes, without a socket. For
    /// benchmarks and tests; nil for requests that get no answer (acks=0).
    public func respond(to frame: ByteBuffer, session: ClientSession) async throws -> ByteBuffer? {
        switch try await KafkaConnection(registry: registry, services: services, logger: logger)
            .dispatch(frame, clientHost: "/bench", session: session, logger: logger)
        {
        case .ready(let bytes): return bytes
        case .running(let task): return try await task.value
        }
    }

    /// Serves `listener` until the task is cancelled, or the listener is closed and its
    /// connections have ended.
    public func serve(_ listener: KafkaListener) async throws {
        var connection = KafkaConnection(registry: registry, services: services, logger: logger)
        connection.connections = connections
        try await listener.serve(connection)
    }

    /// Begins a graceful shutdown of the client connections: each reads no more requests,
    /// answers those in flight, and closes. Close the listeners first.
    public func shutDownConnections() { connections.shutDown() }

    /// Client connections open now.
    public var openConnections: Int { connections.count }
}
