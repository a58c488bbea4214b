import NIOConcurrencyHelpers
import NIOCore

/// An object store in memory, for unit tests.
public final class InMemoryObjectStore: ObjectStore {
    private let objects = NIOLockedValueBox<[String: ByteBuffer]>([:])

    public init() {}

    public func putIfAbsent(_ key: String, data: ByteBuffer) async throws {
        try ObjectStoreError.validate(key)
        try objects.withLockedValue { objects in
            guard objects[key] == nil else { throw ObjectStoreError.alreadyExists(key: key) }
            objects[key] = data
        }
    }

    public func get(_ key: String, range: Range<Int>?) async throws -> ByteBuffer {
        guard let object = objects.withLockedValue({ $0[key] }) else { throw ObjectStoreError.notFound(key: key) }
        guard let range else { return object }
        guard range.lowerBound >= 0, range.upperBound <= object.readableBytes else {
            throw ObjectStoreError.invalidRange(key: key, range: range, size: object.readableBytes)
        }
        return object.getSlice(at: object.readerIndex + range.lowerBound, length: range.count)!
    }

    public func list(prefix: String) async throws -> [ObjectInfo] {
        objects.withLockedValue { objects in
            objects.filter { $0.key.hasPrefix(prefix) }.map { ObjectInfo(key: $0.key, size: $0.value.readableBytes) }.sorted { $0.key < $1.key }
        }
    }

    public func delete(_ key: String) async throws {
        objects.withLockedValue { _ = $0.removeValue(forKey: key) }
    }
}
