import NIOConcurrencyHelpers
import NIOCore
import OrderedCollections

/// Recently written and read batches, least recently used first out, bounded in bytes.
///
/// Entries are slices of the GET or segment buffer they came from, so a buffer stays alive
/// until its last slice is evicted; slices of one buffer enter together and leave together, so
/// the excess over the bound is at most about one segment.
public final class BatchCache: Sendable {
    struct Key: Hashable, Sendable {
        var objectKey: String
        var byteOffset: Int
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

    func get(_ key: Key) -> ByteBuffer? {
        state.withLockedValue { state in
            guard let index = state.entries.index(forKey: key) else {
                state.misses += 1
                return nil
            }
            state.hits += 1
            // Move to the most-recent end.
            let (key, value) = state.entries.remove(at: index)
            state.entries[key] = value
            return value
        }
    }

    func put(_ key: Key, _ value: ByteBuffer) {
        guard value.readableBytes <= capacityBytes else { return }
        state.withLockedValue { state in
            if let old = state.entries.updateValue(value, forKey: key) { state.bytes -= old.readableBytes }
            state.bytes += value.readableBytes
            while state.bytes > capacityBytes, let (_, evicted) = state.entries.isEmpty ? nil : state.entries.removeFirst() {
                state.bytes -= evicted.readableBytes
            }
        }
    }

    public var statistics: (hits: Int, misses: Int, bytes: Int) { state.withLockedValue { ($0.hits, $0.misses, $0.bytes) } }
}
