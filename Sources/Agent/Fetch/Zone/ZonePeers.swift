import AsyncHTTPClient
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import ObjectStore

/// The zone cache: the agents of one group in one zone share their reads of the bucket, so a
/// segment is read from it about once per zone, not once per agent.
///
/// Each object has one owner among the group's agents in the zone that serve peers: the one
/// that ranks it highest (rendezvous hashing, so an agent joining or leaving moves only its own
/// share of objects). An agent reads an object it owns from the bucket, and asks the owner for
/// the others over HTTP (`ZonePeerServer`). When the owner does not answer in time, refuses,
/// or is unreachable, the agent reads the bucket itself and leaves that owner alone for a
/// while: clients see no error, only the GETs the sharing would have saved.
///
/// Agents that disagree for a moment about who is live (one heard of a join before another)
/// may both read an object: a few extra GETs, never a wrong answer, since objects do not change.
public final class ZonePeers: Sendable {
    /// The agent's own node id, group and zone.
    let nodeId: Int32
    let zone: String
    let cluster: ClusterView
    let credential: PeerCredential
    private let http: HTTPClient
    private let logger: Logger
    /// Peers that failed, and until when they are passed over.
    private let resting = NIOLockedValueBox<[Int32: ContinuousClock.Instant]>([:])

    /// How long an owner has to answer before the agent reads the bucket instead.
    static let requestTimeout: TimeAmount = .seconds(3)
    /// How long a peer that failed is passed over.
    static let restAfterFailure: Duration = .seconds(10)

    init(nodeId: Int32, zone: String, cluster: ClusterView, agentKey: String, logger: Logger) {
        self.nodeId = nodeId
        self.zone = zone
        self.cluster = cluster
        self.credential = PeerCredential(agentKey: agentKey)
        self.logger = logger
        var configuration = HTTPClient.Configuration(timeout: .init(connect: .seconds(1), read: Self.requestTimeout), decompression: .disabled)
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 16  // concurrent object reads from one owner
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// The owner of `objectKey` when it is another agent; nil when this agent owns it (or no
    /// other agent of the zone serves peers, or the owner is resting after a failure).
    func owner(of objectKey: String) -> ClusterView.Node? {
        let candidates = cluster.nodes.filter { $0.peer != nil && ($0.rack ?? "") == zone }
        guard let owner = Self.owner(of: objectKey, among: candidates.map(\.nodeId)), owner != nodeId else { return nil }
        let now = ContinuousClock.now
        let rests = resting.withLockedValue { resting in
            if let until = resting[owner], until <= now { resting[owner] = nil }
            return resting[owner] != nil
        }
        return rests ? nil : candidates.first { $0.nodeId == owner }
    }

    /// The node among `nodes` that ranks `objectKey` highest.
    static func owner(of objectKey: String, among nodes: [Int32]) -> Int32? {
        let keyHash = fnv1a(objectKey.utf8)
        return nodes.max { rank(keyHash, $0) < rank(keyHash, $1) }
    }

    /// The whole object from `owner`, which reads it from its cache or the bucket.
    func object(_ objectKey: String, from owner: ClusterView.Node, sizeLimit: Int) async throws -> ByteBuffer {
        guard let address = owner.peer else { throw PeerReadError(owner: owner.nodeId, reason: "it serves no peers") }
        do {
            var request = HTTPClientRequest(url: "http://\(address)\(ZonePeerServer.path)")
            request.headers.add(name: ZonePeerServer.objectKeyHeader, value: objectKey)
            request.headers.add(name: ZonePeerServer.tokenHeader, value: credential.token(for: objectKey))
            let response = try await http.execute(request, timeout: Self.requestTimeout)
            let body = try await response.body.collect(upTo: sizeLimit)
            // The object is gone from the bucket (retention, compaction): the owner is fine.
            if response.status == .notFound { throw ObjectStoreError.notFound(key: objectKey) }
            guard response.status == .ok else {
                throw PeerReadError(
                    owner: owner.nodeId,
                    reason: "it answered \(response.status.code): \(String(buffer: body).prefix(200).trimmingCharacters(in: .whitespacesAndNewlines))")
            }
            return body
        } catch let error as ObjectStoreError {
            throw error
        } catch {
            resting.withLockedValue { $0[owner.nodeId] = .now + Self.restAfterFailure }
            throw error as? PeerReadError ?? PeerReadError(owner: owner.nodeId, reason: "\(error)")
        }
    }

    /// Says why an owner failed; at most once per failure and rest, since a failed owner is
    /// passed over while it rests.
    func logFailure(_ error: any Error) {
        logger.warning("reading the object from the bucket instead: \(error); that peer is passed over for \(Self.restAfterFailure)")
    }

    /// Closes the connections to peers.
    func shutdown() async {
        try? await http.shutdown()
    }

    private static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // stable across processes, unlike hashValue
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// A well-mixed rank of (key, node): splitmix64's finalizer over their combination.
    private static func rank(_ keyHash: UInt64, _ node: Int32) -> UInt64 {
        var z = keyHash ^ (UInt64(UInt32(bitPattern: node)) &* 0x9e37_79b9_7f4a_7c15)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Why a peer did not give an object; the reader then reads the bucket.
struct PeerReadError: Error, CustomStringConvertible {
    var owner: Int32
    var reason: String
    var description: String { "zone peer \(owner) did not serve the object: \(reason)" }
}
