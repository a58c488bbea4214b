import ControlPlane
import KafkaProtocol
import NIOCore
import ObjectStore

/// Reads committed batches from the object store for Fetch, through the batch cache, with each
/// batch's assigned base offset written into its header on the way out.
///
/// A segment (at most `wholeObjectLimit`) is read whole: one read serves every partition in
/// it and every consumer group reading them, and readers that miss at the same time share it
/// (`SharedLoads`). With a zone cache (`ZonePeers`), an agent reads from the bucket only the
/// segments it owns and asks their owners for the others, so a zone reads each segment about
/// once. Larger objects are read with one ranged GET per run of adjacent batches.
public struct FetchReader: Sendable {
    let store: any ObjectStore
    let cache: BatchCache
    let peers: ZonePeers?
    private let bucketLoads = SharedLoads<String, ByteBuffer>()
    private let peerLoads = SharedLoads<String, ByteBuffer>()

    public init(store: any ObjectStore, cache: BatchCache, peers: ZonePeers? = nil) {
        self.store = store
        self.cache = cache
        self.peers = peers
    }

    /// How many GETs one read has in flight: a partition's batches sit in as many objects as
    /// segments were written while it was read, and one GET after another made a catching-up
    /// fetch take seconds.
    static let concurrentGets = 8

    /// Objects up to this size are read whole. Writers cut segments at 8 MiB (one larger batch
    /// may go alone), so this covers segments and leaves large compacted objects to ranged reads.
    static let wholeObjectLimit = 16 << 20

    /// One piece of the answer: a batch at hand, or batches of one object still to GET.
    private enum Piece {
        case ready(ByteBuffer, baseOffset: Int64)
        case load(Load)
    }

    /// Batches of one object, in order, and how to GET them.
    private struct Load {
        var run: ArraySlice<BatchLocation>
        /// The whole object, shared; else one ranged GET of the run's adjacent batches.
        var whole: Bool
    }

    /// The batches, concatenated, ready to send as a partition's `records`.
    public func read(_ locations: [BatchLocation]) async throws -> ByteBuffer {
        var pieces: [Piece] = []
        var index = 0
        while index < locations.count {
            let first = locations[index]
            if let marker = first.marker {  // kept in the index, not in an object
                pieces.append(.ready(marker.controlBatch(), baseOffset: first.baseOffset))
                index += 1
                continue
            }
            if let cached = cache.batch(at: first) {
                pieces.append(.ready(cached, baseOffset: first.baseOffset))
                index += 1
                continue
            }
            let whole = first.objectSize.map { $0 <= Self.wholeObjectLimit } ?? false
            // Take the following batches of the same object: all of them when it is read whole,
            // else the uncached ones right after this one.
            var end = index + 1
            var rangeEnd = first.byteOffset + first.byteLength
            while end < locations.count, locations[end].objectKey == first.objectKey, locations[end].marker == nil,
                whole || (locations[end].byteOffset == rangeEnd && cache.batch(at: locations[end]) == nil)
            {
                rangeEnd = locations[end].byteOffset + locations[end].byteLength
                end += 1
            }
            pieces.append(.load(Load(run: locations[index..<end], whole: whole)))
            index = end
        }
        let fetched = try await fetchAll(pieces.compactMap { if case .load(let load) = $0 { load } else { nil } })
        var output = ByteBuffer()
        output.reserveCapacity(locations.reduce(0) { $0 + $1.byteLength })
        var next = 0
        for piece in pieces {
            switch piece {
            case .ready(let batch, let baseOffset):
                append(batch, baseOffset: baseOffset, to: &output)
            case .load(let load):
                for (location, batch) in zip(load.run, fetched[next]) { append(batch, baseOffset: location.baseOffset, to: &output) }
                next += 1
            }
        }
        return output
    }

    /// Each load's batches, in order, with `concurrentGets` GETs in flight at most.
    private func fetchAll(_ loads: [Load]) async throws -> [[ByteBuffer]] {
        var results = [[ByteBuffer]](repeating: [], count: loads.count)
        try await withThrowingTaskGroup(of: (Int, [ByteBuffer]).self) { group in
            var started = 0
            while started < min(loads.count, Self.concurrentGets) {
                let (position, load) = (started, loads[started])
                group.addTask { (position, try await self.fetch(load)) }
                started += 1
            }
            while let (position, batches) = try await group.next() {
                results[position] = batches
                if started < loads.count {
                    let (position, load) = (started, loads[started])
                    group.addTask { (position, try await self.fetch(load)) }
                    started += 1
                }
            }
        }
        return results
    }

    /// One load's batches: slices of the whole object, or of one ranged GET (each then cached).
    private func fetch(_ load: Load) async throws -> [ByteBuffer] {
        let run = load.run
        let first = run[run.startIndex]
        let key = first.objectKey
        if load.whole {
            let object = try await wholeObject(key)
            return try run.map { try Self.slice(object, from: 0, at: $0) }
        }
        let rangeEnd = run[run.endIndex - 1].byteOffset + run[run.endIndex - 1].byteLength
        let bytes = try await store.get(key, range: first.byteOffset..<rangeEnd)
        return try run.map { location in
            let batch = try Self.slice(bytes, from: first.byteOffset, at: location)
            cache.putBatch(objectKey: key, byteOffset: location.byteOffset, batch)
            return batch
        }
    }

    /// A whole object: from its owner in the zone when another agent owns it, else (or when the
    /// owner fails) from the bucket.
    private func wholeObject(_ key: String) async throws -> ByteBuffer {
        guard let peers, let owner = peers.owner(of: key) else { return try await bucketObject(key) }
        return try await peerLoads.value(for: key) { [self] in
            do {
                let object = try await peers.object(key, from: owner, sizeLimit: Self.wholeObjectLimit)
                cache.putObject(key, object)
                AgentMetrics.objectRead(source: "peer")
                return object
            } catch let error as ObjectStoreError {
                throw error  // the owner read the bucket and failed: so would this agent
            } catch {
                AgentMetrics.objectRead(source: "bucket_after_peer")
                peers.logFailure(error)
                return try await bucketObject(key)
            }
        }
    }

    /// A whole object from the bucket, cached; one GET for everyone asking at once.
    private func bucketObject(_ key: String) async throws -> ByteBuffer {
        try await bucketLoads.value(for: key) { [store, cache] in
            AgentMetrics.objectRead(source: "bucket")
            let bytes = try await store.get(key)
            cache.putObject(key, bytes)
            return bytes
        }
    }

    /// An object a zone peer asks this agent for, as its owner: from the cache, else from the
    /// bucket, never from another peer.
    func objectForPeer(_ key: String) async throws -> ByteBuffer {
        if let cached = cache.object(key) { return cached }
        return try await bucketObject(key)
    }

    /// The batch at `location` in `bytes`, which hold the object from byte `start` on.
    private static func slice(_ bytes: ByteBuffer, from start: Int, at location: BatchLocation) throws -> ByteBuffer {
        guard let batch = bytes.getSlice(at: bytes.readerIndex + location.byteOffset - start, length: location.byteLength) else {
            // A store that answers short: the index and the object disagree.
            throw ObjectStoreError.invalidRange(
                key: location.objectKey, range: location.byteOffset..<location.byteOffset + location.byteLength, size: start + bytes.readableBytes)
        }
        return batch
    }

    private func append(_ batch: ByteBuffer, baseOffset: Int64, to output: inout ByteBuffer) {
        let start = output.writerIndex
        output.writeImmutableBuffer(batch)
        RecordBatchHeader.rewriteBaseOffset(&output, at: start, to: baseOffset)
        RecordBatchHeader.rewritePartitionLeaderEpoch(&output, at: start, to: 0)
    }
}
