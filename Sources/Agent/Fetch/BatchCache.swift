import ControlPlane
import NIOConcurrencyHelpers
import NIOCore
import OrderedCollections

/// Recently written and read objects and batches, least recently used first out, bounded in
/// bytes.
///
/// Segments enter whole: the writer puts each one it stored, and the fetch path each one it
/// read with a whole-object GET, so one entry serves every partition in the segment. Batches
/// enter one by one only from ranged reads of objects too large to read whole. Batch entries
/// are slices of the GET buffer they came from, so a buffer stays alive until its last slice
/// is evicted; slices of one buffer enter together and leave together, so the excess over the
/// bound is at most about one read.
public final class BatchCache: Sendable {
    enum Key: Hashable, Sendable {
        case object(String)
        case batch(objectKey: String, byteOffset: Int)
    }

    private struct State {
        var entries: OrderedDictionary<Key, ByteBuffer> = [:]
        var bytes = 0
        var hits = 0
        var misses = 0
    }

    public let capacityBytes: Int
    private let state = NIOLockedValueBox(State())

    public init(capacityBytes: Int) {
        self.capacityBytes = capacityBytes
    }

    /// The batch at `location`, from its cached object or from its own entry.
    func batch(at location: BatchLocation) -> ByteBuffer? {
        state.withLockedValue { state in
            if let object = Self.touch(.object(location.objectKey), in: &state),
                let slice = object.getSlice(at: object.readerIndex + location.byteOffset, length: location.byteLength)
            {
                state.hits += 1
                return slice
            }
            if let batch = Self.touch(.batch(objectKey: location.objectKey, byteOffset: location.byteOffset), in: &state) {
                state.hits += 1
                return batch
            }
            state.misses += 1
            return nil
        }
    }

    /// A whole object, if cached.
    func object(_ key: String) -> ByteBuffer? {
        state.withLockedValue { state in
            let object = Self.touch(.object(key), in: &state)
            if object == nil { state.misses += 1 } else { state.hits += 1 }
            return object
        }
    }

    /// Caches a whole object.
    func putObject(_ key: String, _ bytes: ByteBuffer) { put(.object(key), bytes) }

    /// Caches one batch of an object that is not cached whole.
    func putBatch(objectKey: String, byteOffset: Int, _ bytes: ByteBuffer) {
        put(.batch(objectKey: objectKey, byteOffset: byteOffset), bytes)
    }

    private func put(_ key: Key, _ value: ByteBuffer) {
        guard value.readableBytes <= capacityBytes else { return }
        state.withLockedValue { state in
            if let old = state.entries.updateValue(value, forKey: key) { state.bytes -= old.readableBytes }
            state.bytes += value.readableBytes
            while state.bytes > capacityBytes, let (_, evicted) = state.entries.isEmpty ? nil : state.entries.removeFirst() {
                state.bytes -= evicted.readableBytes
            }
        }
    }

    /// The entry, moved to the most-recent end.
    private static func touch(_ key: Key, in state: inout State) -> ByteBuffer? {
        guard let index = state.entries.index(forKey: key) else { return nil }
        let (key, value) = state.entries.remove(at: index)
        state.entries[key] = value
        return value
    }

    public var statistics: (hits: Int, misses: Int, bytes: Int) { state.withLockedValue { ($0.hits, $0.misses, $0.bytes) } }
}
