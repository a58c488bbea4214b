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

    /// The batches, concatenated, ready to send as a partition's `records`.
    public func read(_ locations: [BatchLocation]) async throws -> ByteBuffer {
        var output = ByteBuffer()
        output.reserveCapacity(locations.reduce(0) { $0 + $1.byteLength })
        var index = 0
        while index < locations.count {
            let first = locations[index]
            if let marker = first.marker {  // kept in the index, not in an object
                append(marker.controlBatch(), baseOffset: first.baseOffset, to: &output)
                index += 1
                continue
            }
            if let cached = cache.get(.init(objectKey: first.objectKey, byteOffset: first.byteOffset)) {
                append(cached, baseOffset: first.baseOffset, to: &output)
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
            let bytes = try await store.get(first.objectKey, range: first.byteOffset..<rangeEnd)
            for location in locations[index..<end] {
                guard let batch = bytes.getSlice(at: bytes.readerIndex + location.byteOffset - first.byteOffset, length: location.byteLength) else {
                    // A store that answers a ranged GET short: the index and the object disagree.
                    throw ObjectStoreError.invalidRange(key: first.objectKey, range: first.byteOffset..<rangeEnd, size: bytes.readableBytes)
                }
                cache.put(.init(objectKey: location.objectKey, byteOffset: location.byteOffset), batch)
                append(batch, baseOffset: location.baseOffset, to: &output)
            }
            index = end
        }
        return output
    }

    private func append(_ batch: ByteBuffer, baseOffset: Int64, to output: inout ByteBuffer) {
        let start = output.writerIndex
        output.writeImmutableBuffer(batch)
        RecordBatchHeader.rewriteBaseOffset(&output, at: start, to: baseOffset)
        RecordBatchHeader.rewritePartitionLeaderEpoch(&output, at: start, to: 0)
    }
}
