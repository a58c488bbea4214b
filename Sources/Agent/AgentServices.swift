import ControlPlane
import Foundation
import KafkaProtocol
import Logging

/// What every handler of an agent shares.
public struct AgentServices: Sendable {
    public var nodeId: Int32
    public var controlPlane: ControlPlane
    public var cluster: ClusterView
    public var writer: SegmentWriter
    public var reader: FetchReader
    /// Fetches' control-plane lookups, shared between fetches asking the same thing.
    let indexReads: SharedIndexReads
    /// Longest a Fetch long-poll is held, whatever the client asks.
    public var maxFetchWait: Duration = .seconds(30)
    /// How long a Fetch may take to look up and read its batches after its wait: what is
    /// not done by then is answered without it (`FetchHandler`). Well inside clients' request
    /// timeouts (30 s for the Java client's, librdkafka's 60 s socket timeout).
    public var fetchGatherTimeout: Duration = .seconds(10)
    /// Kafka's message.max.bytes: the largest batch accepted.
    public var maxBatchBytes = TopicConfigs.maxMessageBytes
    /// The policy in force; none until the control plane hands one out.
    public var policy: AgentPolicy
    /// This agent's availability zone ("" when unknown).
    public var zone = ""
    /// The SASL users (the control plane's); nil: SASL authentication always fails.
    public var users: (any UserStore)?
    /// Where CreateAcls and DeleteAcls store bindings (the control plane's); nil: they are refused.
    public var acls: (any ACLStore)?

    public init(nodeId: Int32, controlPlane: ControlPlane, cluster: ClusterView, writer: SegmentWriter, reader: FetchReader) {
        self.nodeId = nodeId
        self.controlPlane = controlPlane
        self.cluster = cluster
        self.writer = writer
        self.reader = reader
        self.indexReads = SharedIndexReads(store: controlPlane.store, watermarks: controlPlane.watermarks)
        self.policy = AgentPolicy(group: cluster.ownGroup)
    }
}

extension AgentServices {
    /// Wall-clock milliseconds, as Kafka's timestamps and the coordinator's timeouts count.
    func nowMs() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}

extension ControlPlaneError {
    /// The code for a response, logging anything that is not a plain client error.
    static func code(for error: any Error, logger: Logger) -> KafkaErrorCode {
        if let error = error as? ControlPlaneError { return error.code }
        logger.error("request failed: \(error)")
        return .unknownServerError
    }
}
