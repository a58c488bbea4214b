import ControlPlane
import Logging
import NIOCore
import ObjectStore
import ServiceLifecycle
import Testing

@testable import Agent

/// The zone cache: agents of one group and zone read each segment from the bucket about once
/// between them, and an owner that cannot serve costs a GET, never an error.
@Suite struct ZonePeersTests {
    typealias CountingStore = FetchReaderTests.CountingStore
    static let key = "fjord_0123456789ab_" + String(repeating: "5", count: 64)
    static let logger = Logger(label: "zone-peers-test")

    @Test func ownersSpreadEvenlyAndALeavingAgentMovesOnlyItsOwn() {
        let keys = (0..<3000).map { "data/cluster/segment-\($0)" }
        let before = keys.map { ZonePeers.owner(of: $0, among: [1, 2, 3])! }
        for node: Int32 in [1, 2, 3] {
            #expect((850...1150).contains(before.count { $0 == node }), "node \(node) owns about a third")
        }
        let after = keys.map { ZonePeers.owner(of: $0, among: [1, 3])! }
        for (old, new) in zip(before, after) where old != 2 { #expect(old == new) }
        #expect(ZonePeers.owner(of: "any", among: []) == nil)
    }

    @Test func aCredentialAcceptsOnlyItsOwnGroupsTokenForThatObject() {
        let ours = PeerCredential(agentKey: Self.key)
        let token = ours.token(for: "data/a")
        #expect(PeerCredential(agentKey: Self.key).accepts(token, for: "data/a"))
        #expect(!ours.accepts(token, for: "data/b"))
        #expect(!PeerCredential(agentKey: Self.key + "x").accepts(token, for: "data/a"))
        #expect(!ours.accepts(String(token.dropLast()), for: "data/a"))
    }

    /// Agent 1 serves its share over HTTP; agent 2 (another process, as far as it knows) reads
    /// through it. One bucket GET serves both.
    @Test func anAgentReadsASegmentItDoesNotOwnFromItsOwner() async throws {
        let bucket = InMemoryObjectStore()
        let (storeOne, storeTwo) = (CountingStore(base: bucket), CountingStore(base: bucket))
        // A segment agent 1 owns between agents 1 and 2.
        let objectKey = (0...).lazy.map { "data/segment-\($0)" }.first { ZonePeers.owner(of: $0, among: [1, 2]) == 1 }!
        let partitions = try await FetchReaderTests.segment(objectKey, batches: 8, partitions: 2, in: storeOne)
        try await withPeerServer(node: 1, store: storeOne) { (readerOne: FetchReader, address: String) async throws in
            let two = ClusterView(nodes: [
                .init(nodeId: 1, host: "127.0.0.1", port: 9092, peer: address), .init(nodeId: 2, host: "127.0.0.1", port: 9093, peer: "127.0.0.1:1"),
            ])
            let peersTwo = ZonePeers(nodeId: 2, zone: "", cluster: two, agentKey: Self.key, logger: Self.logger)
            defer { Task { await peersTwo.shutdown() } }
            let readerTwo = FetchReader(store: storeTwo, cache: BatchCache(capacityBytes: 1 << 20), peers: peersTwo)
            #expect(try await FetchReaderTests.numbers(readerTwo.read(partitions[1])) == [1, 3, 5, 7])
            #expect(storeTwo.getCount == 0, "agent 2 did not read the bucket")
            #expect(storeOne.getCount == 1, "agent 1 read it once, for agent 2")
            #expect(try await FetchReaderTests.numbers(readerOne.read(partitions[0])) == [0, 2, 4, 6])
            #expect(storeOne.getCount == 1, "and kept it: its own fetches find it in its cache")
            #expect(try await FetchReaderTests.numbers(readerTwo.read(partitions[0])) == [0, 2, 4, 6])
            #expect(storeOne.getCount + storeTwo.getCount == 1)
        }
    }

    @Test func anOwnerThatRefusesOrCannotBeReachedCostsAGetNotAnError() async throws {
        let bucket = InMemoryObjectStore()
        let (storeOne, storeTwo) = (CountingStore(base: bucket), CountingStore(base: bucket))
        let keys = Array((0..<100).map { "data/segment-\($0)" }.filter { ZonePeers.owner(of: $0, among: [1, 2]) == 1 }.prefix(3))
        var segments: [[[BatchLocation]]] = []
        for key in keys { segments.append(try await FetchReaderTests.segment(key, batches: 4, partitions: 2, in: storeOne)) }
        try await withPeerServer(node: 1, store: storeOne) { (_: FetchReader, address: String) async throws in
            // Agent 2 holds another key (say, mid-rotation): agent 1 refuses it.
            let two = ClusterView(nodes: [.init(nodeId: 1, host: "127.0.0.1", port: 9092, peer: address)])
            let peersTwo = ZonePeers(nodeId: 2, zone: "", cluster: two, agentKey: Self.key + "-other", logger: Self.logger)
            defer { Task { await peersTwo.shutdown() } }
            let readerTwo = FetchReader(store: storeTwo, cache: BatchCache(capacityBytes: 1 << 20), peers: peersTwo)
            #expect(try await FetchReaderTests.numbers(readerTwo.read(segments[0][0])) == [0, 2])
            #expect(storeTwo.getCount == 1)
            #expect(storeOne.getCount == 0, "refused before any read")
            #expect(peersTwo.owner(of: keys[0]) == nil, "a refusing owner rests")
        }
        // An owner whose address refuses connections (it died, and the registry does not know yet).
        let three = ClusterView(nodes: [.init(nodeId: 1, host: "127.0.0.1", port: 9092, peer: "127.0.0.1:1")])
        let peersThree = ZonePeers(nodeId: 3, zone: "", cluster: three, agentKey: Self.key, logger: Self.logger)
        let storeThree = CountingStore(base: bucket)
        let readerThree = FetchReader(store: storeThree, cache: BatchCache(capacityBytes: 1 << 20), peers: peersThree)
        #expect(try await FetchReaderTests.numbers(readerThree.read(segments[1][1])) == [1, 3])
        #expect(try await FetchReaderTests.numbers(readerThree.read(segments[2][1])) == [1, 3])
        #expect(storeThree.getCount == 2)
        await peersThree.shutdown()
    }

    /// An object gone from the bucket (retention deleted it after the lookup) is an error the
    /// owner reports as such: the fetch fails that partition, and the owner keeps its share.
    @Test func anObjectGoneFromTheBucketIsNotFoundAndTheOwnerKeepsServing() async throws {
        let bucket = InMemoryObjectStore()
        let objectKey = (0..<100).map { "data/gone-\($0)" }.first { ZonePeers.owner(of: $0, among: [1, 2]) == 1 }!
        let location = BatchLocation(objectKey: objectKey, byteOffset: 0, byteLength: 64, baseOffset: 0, lastOffset: 0, maxTimestamp: 0, objectSize: 64)
        try await withPeerServer(node: 1, store: CountingStore(base: bucket)) { (_: FetchReader, address: String) async throws in
            let two = ClusterView(nodes: [.init(nodeId: 1, host: "127.0.0.1", port: 9092, peer: address)])
            let peersTwo = ZonePeers(nodeId: 2, zone: "", cluster: two, agentKey: Self.key, logger: Self.logger)
            defer { Task { await peersTwo.shutdown() } }
            let storeTwo = CountingStore(base: bucket)
            let readerTwo = FetchReader(store: storeTwo, cache: BatchCache(capacityBytes: 1 << 20), peers: peersTwo)
            await #expect(throws: ObjectStoreError.notFound(key: objectKey)) { try await readerTwo.read([location]) }
            #expect(storeTwo.getCount == 0, "not read again: the owner's answer stands")
            #expect(peersTwo.owner(of: objectKey)?.nodeId == 1)
        }
    }

    @Test func onlyAgentsOfTheSameZoneShareAndAnAgentReadsWhatItOwns() {
        let cluster = ClusterView(nodes: [
            .init(nodeId: 1, host: "h", port: 1, rack: "a", peer: "h:2"), .init(nodeId: 2, host: "h", port: 1, rack: "b", peer: "h:3"),
            .init(nodeId: 3, host: "h", port: 1, rack: "a"),  // serves no peers
        ])
        let peers = ZonePeers(nodeId: 4, zone: "a", cluster: cluster, agentKey: Self.key, logger: Self.logger)
        defer { Task { await peers.shutdown() } }
        for n in 0..<50 { #expect(peers.owner(of: "k\(n)")?.nodeId == 1) }
        let alone = ZonePeers(nodeId: 1, zone: "a", cluster: cluster, agentKey: Self.key, logger: Self.logger)
        defer { Task { await alone.shutdown() } }
        for n in 0..<50 { #expect(alone.owner(of: "k\(n)") == nil, "the only peer of zone a is itself") }
    }

    /// Runs `body` with agent `node`'s zone-cache server on a free loopback port.
    private func withPeerServer(node: Int32, store: CountingStore, _ body: (FetchReader, String) async throws -> Void) async throws {
        let cluster = ClusterView(nodes: [])
        let peers = ZonePeers(nodeId: node, zone: "", cluster: cluster, agentKey: Self.key, logger: Self.logger)
        let reader = FetchReader(store: store, cache: BatchCache(capacityBytes: 1 << 20), peers: peers)
        let (ports, listening) = AsyncStream<Int>.makeStream()
        var server = ZonePeerServer(host: "127.0.0.1", port: 0, peers: peers, reader: reader, logger: Self.logger)
        server.onListening = { listening.yield($0) }
        let group = ServiceGroup(services: [server], logger: Self.logger)
        let running = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next()!
        cluster.replaceNodes([.init(nodeId: node, host: "127.0.0.1", port: 9092, peer: "127.0.0.1:\(port)")])
        do {
            try await body(reader, "127.0.0.1:\(port)")
        } catch {
            await group.triggerGracefulShutdown()
            _ = try? await running.value
            throw error
        }
        await group.triggerGracefulShutdown()
        try await running.value
    }
}
