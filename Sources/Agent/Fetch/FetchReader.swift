import ControlPlane
import KafkaProtocol
import NIOCore
import ObjectStore

/// Reads committed batches from the object store for Fetch: one ranged GET per run of adjacent
/// batches in an object, through the batch cache, with each batch's assigned base offset
/// written into its header on the way out.
public struct FetchReader: Sendable {
    let store: any ObjectStore
    let cache: BatchCache

    public init(store: any ObjectStore, cache: BatchCache) {
        self.store = store
        self.cache = cache
    }

    /// How many ranged GETs one read has in flight: a partition's batches sit in as many
    /// objects as segments were written while it was read, and one GET after another made a
    /// catching-up fetch take seconds.
    static let concurrentGets = 8

    /// One piece of the answer: a batch at hand, or a ranged GET covering adjacent batches.
    private enum Piece {
        case ready(ByteBuffer, baseOffset: Int64)
        case get(ArraySlice<BatchLocation>)
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
            if let cached = cache.get(.init(objectKey: first.objectKey, byteOffset: first.byteOffset)) {
                pieces.append(.ready(cached, baseOffset: first.baseOffset))
                index += 1
                continue
            }
            // Merge this batch with the following uncached ones that sit right after it.
            var end = index + 1
            var rangeEnd = first.byteOffset + first.byteLength
            while end < locations.count, locations[end].objectKey == first.objectKey, locations[end].byteOffset == rangeEnd,
                cache.get(.init(objectKey: first.objectKey, byteOffset: locations[end].byteOffset)) == nil
            {
                rangeEnd += locations[end].byteLength
                end += 1
            }
            pieces.append(.get(locations[index..<end]))
            index = end
        }
        let fetched = try await fetchAll(pieces.compactMap { if case .get(let run) = $0 { run } else { nil } })
        var output = ByteBuffer()
        output.reserveCapacity(locations.reduce(0) { $0 + $1.byteLength })
        var next = 0
        for piece in pieces {
            switch piece {
            case .ready(let batch, let baseOffset):
                append(batch, baseOffset: baseOffset, to: &output)
            case .get(let run):
                for (location, batch) in zip(run, fetched[next]) { append(batch, baseOffset: location.baseOffset, to: &output) }
                next += 1
            }
        }
        return output
    }

    /// Each run's batches, in order, with `concurrentGets` GETs in flight at most.
    private func fetchAll(_ runs: [ArraySlice<BatchLocation>]) async throws -> [[ByteBuffer]] {
        var results = [[ByteBuffer]](repeating: [], count: runs.count)
        try await withThrowingTaskGroup(of: (Int, [ByteBuffer]).self) { group in
            var started = 0
            while started < min(runs.count, Self.concurrentGets) {
                let (position, run) = (started, runs[started])
                group.addTask { (position, try await self.fetch(run)) }
                started += 1
            }
            while let (position, batches) = try await group.next() {
                results[position] = batches
                if started < runs.count {
                    let (position, run) = (started, runs[started])
                    group.addTask { (position, try await self.fetch(run)) }
                    started += 1
                }
            }
        }
        return results
    }

    /// One ranged GET for adjacent batches of one object, each put in the cache.
    private func fetch(_ run: ArraySlice<BatchLocation>) async throws -> [ByteBuffer] {
        let first = run[run.startIndex]
        let rangeEnd = run[run.endIndex - 1].byteOffset + run[run.endIndex - 1].byteLength
        let bytes = try await store.get(first.objectKey, range: first.byteOffset..<rangeEnd)
        return try run.map { location in
            guard let batch = bytes.getSlice(at: bytes.readerIndex + location.byteOffset - first.byteOffset, length: location.byteLength) else {
                // A store that answers a ranged GET short: the index and the object disagree.
                throw ObjectStoreError.invalidRange(key: first.objectKey, range: first.byteOffset..<rangeEnd, size: bytes.readableBytes)
            }
            cache.put(.init(objectKey: location.objectKey, byteOffset: location.byteOffset), batch)
            return batch
        }
    }

    private func append(_ batch: ByteBuffer, baseOffset: Int64, to output: inout ByteBuffer) {
        let start = output.writerIndex
        output.writeImmutableBuffer(batch)
        RecordBatchHeader.rewriteBaseOffset(&output, at: start, to: baseOffset)
        RecordBatchHeader.rewritePartitionLeaderEpoch(&output, at: start, to: 0)
    }
}
