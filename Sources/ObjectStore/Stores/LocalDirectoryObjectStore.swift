import Foundation
import NIOCore
import NIOPosix

#if canImport(Glibc)
    import Glibc
#endif

/// Objects as files under a directory: the playground's embedded default.
///
/// A put writes a temporary file, fsyncs it, then `link(2)`s it into place: link fails with
/// EEXIST if the key is taken, which makes create-if-absent atomic, and the directory is
/// fsynced before returning, so an acknowledged object survives a crash. Blocking file calls
/// run on NIO's thread pool, never on the caller's executor.
public final class LocalDirectoryObjectStore: ObjectStore {
    public let root: String
    private let threadPool: NIOThreadPool

    /// - Parameter root: the directory holding the objects; created if missing.
    public init(root: String, threadPool: NIOThreadPool = .singleton) throws {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        self.threadPool = threadPool
        do {
            try FileManager.default.createDirectory(atPath: self.root, withIntermediateDirectories: true)
        } catch {
            throw ObjectStoreError.io("cannot create \(self.root): \(error.localizedDescription)")
        }
        guard access(self.root, W_OK) == 0 else { throw ObjectStoreError.io("\(self.root) is not writable") }
    }

    private func path(_ key: String) -> String { root + "/" + key }

    public func putIfAbsent(_ key: String, data: ByteBuffer) async throws {
        try ObjectStoreError.validate(key)
        let target = path(key)
        try await threadPool.runIfActive {
            let directory = (target as NSString).deletingLastPathComponent
            try Self.makeDirectories(directory)
            let temporary = directory + "/.tmp-" + UUID().uuidString
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Self.errno("create \(temporary)") }
            defer { unlink(temporary) }
            do {
                defer { close(fd) }
                try data.withUnsafeReadableBytes { bytes in
                    var written = 0
                    while written < bytes.count {
                        let n = write(fd, bytes.baseAddress! + written, bytes.count - written)
                        guard n > 0 else {
                            if n < 0 && Glibc.errno == EINTR { continue }
                            throw Self.errno("write \(temporary)")
                        }
                        written += n
                    }
                }
                guard fsync(fd) == 0 else { throw Self.errno("fsync \(temporary)") }
            }
            guard link(temporary, target) == 0 else {
                if Glibc.errno == EEXIST { throw ObjectStoreError.alreadyExists(key: key) }
                throw Self.errno("link \(target)")
            }
            try Self.syncDirectory(directory)
        }
    }

    public func get(_ key: String, range: Range<Int>?) async throws -> ByteBuffer {
        try ObjectStoreError.validate(key)
        let target = path(key)
        return try await threadPool.runIfActive {
            let fd = open(target, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                if Glibc.errno == ENOENT { throw ObjectStoreError.notFound(key: key) }
                throw Self.errno("open \(target)")
            }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { throw Self.errno("stat \(target)") }
            let size = Int(info.st_size)
            let wanted = range ?? 0..<size
            guard wanted.lowerBound >= 0, wanted.upperBound <= size else {
                throw ObjectStoreError.invalidRange(key: key, range: wanted, size: size)
            }
            var buffer = ByteBufferAllocator().buffer(capacity: wanted.count)
            try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted.count) { target in
                var done = 0
                while done < wanted.count {
                    let n = pread(fd, target.baseAddress! + done, wanted.count - done, off_t(wanted.lowerBound + done))
                    guard n > 0 else {
                        if n < 0 && Glibc.errno == EINTR { continue }
                        throw n == 0 ? ObjectStoreError.io("\(key) shrank while reading") : Self.errno("read \(key)")
                    }
                    done += n
                }
                return done
            }
            return buffer
        }
    }

    public func list(prefix: String) async throws -> [ObjectInfo] {
        let root = self.root
        return try await threadPool.runIfActive {
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
            var result: [ObjectInfo] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                guard relative.hasPrefix(prefix) || prefix.hasPrefix(relative), !name.hasPrefix(".tmp-") else { continue }
                var info = stat()
                guard stat(root + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, relative.hasPrefix(prefix) else { continue }
                result.append(ObjectInfo(key: relative, size: Int(info.st_size)))
            }
            return result.sorted { $0.key < $1.key }
        }
    }

    public func delete(_ key: String) async throws {
        try ObjectStoreError.validate(key)
        let target = path(key)
        try await threadPool.runIfActive {
            guard unlink(target) == 0 || Glibc.errno == ENOENT else { throw Self.errno("delete \(target)") }
        }
    }

    private static func makeDirectories(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ObjectStoreError.io("cannot create \(directory): \(error.localizedDescription)")
        }
    }

    private static func syncDirectory(_ directory: String) throws {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw errno("open \(directory)") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw errno("fsync \(directory)") }
    }

    /// The current errno as an operator-readable error (ENOSPC reads "No space left on device").
    private static func errno(_ what: String) -> ObjectStoreError {
        .io("\(what): \(String(cString: strerror(Glibc.errno)))")
    }
}
