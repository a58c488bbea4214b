import NIOCore

/// The narrow interface Fjord needs from object storage. Deliberately small (as AutoMQ's
/// `ObjectStorage`): retries, hedging and metrics wrap it rather than live in it.
public protocol ObjectStore: Sendable {
    /// Stores `data` under `key` only if nothing is stored there yet (S3 `If-None-Match: *`).
    /// Durable when it returns. Throws `ObjectStoreError.alreadyExists` if the key is taken.
    func putIfAbsent(_ key: String, data: ByteBuffer) async throws

    /// Reads `range` (byte offsets, end exclusive) of the object, or all of it when nil.
    func get(_ key: String, range: Range<Int>?) async throws -> ByteBuffer

    /// Lists keys starting with `prefix`, in lexicographic order, with their sizes.
    func list(prefix: String) async throws -> [ObjectInfo]

    /// Deletes the object. Deleting a missing key is not an error.
    func delete(_ key: String) async throws
}

extension ObjectStore {
    public func get(_ key: String) async throws -> ByteBuffer { try await get(key, range: nil) }
}

/// One listed object.
public struct ObjectInfo: Hashable, Sendable {
    public var key: String
    public var size: Int

    public init(key: String, size: Int) {
        self.key = key
        self.size = size
    }
}

/// Why an object-store operation failed, worded for an operator.
public enum ObjectStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case alreadyExists(key: String)
    case notFound(key: String)
    case invalidRange(key: String, range: Range<Int>, size: Int)
    case invalidKey(String)
    /// The store refused our credentials (wrong key or secret, or no permission).
    case accessDenied(String)
    case bucketNotFound(String)
    /// The store could not be reached or answered with a server error after retries.
    case unavailable(String)
    /// The local disk failed (full, read-only, ...).
    case io(String)

    public var description: String {
        switch self {
        case .alreadyExists(let key): "object \(key) already exists"
        case .notFound(let key): "object \(key) not found"
        case .invalidRange(let key, let range, let size): "range \(range) is outside object \(key) of \(size) bytes"
        case .invalidKey(let key): "invalid object key '\(key)'"
        case .accessDenied(let detail): "access denied by the object store: \(detail)"
        case .bucketNotFound(let bucket): "bucket \(bucket) does not exist"
        case .unavailable(let detail): "object store unavailable: \(detail)"
        case .io(let detail): "object store i/o error: \(detail)"
        }
    }
}

extension ObjectStoreError {
    /// Object keys are relative paths of safe characters; no `..`, no leading slash.
    static func validate(_ key: String) throws {
        guard !key.isEmpty, !key.hasPrefix("/"), !key.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0.isEmpty }),
            key.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else {
            throw ObjectStoreError.invalidKey(key)
        }
    }
}
