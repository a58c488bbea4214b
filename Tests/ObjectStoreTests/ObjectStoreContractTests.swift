import Foundation
import NIOCore
import Testing

@testable import ObjectStore

/// One body of tests, run against every ObjectStore implementation.
enum ObjectStoreContract {
    static func run(_ store: some ObjectStore, prefix: String) async throws {
        let key = "\(prefix)/data/a/\(UUID().uuidString).seg"
        let payload = ByteBuffer(string: "0123456789abcdef")

        // Create-if-absent.
        try await store.putIfAbsent(key, data: payload)
        await #expect(throws: ObjectStoreError.alreadyExists(key: key)) {
            try await store.putIfAbsent(key, data: ByteBuffer(string: "other"))
        }
        #expect(try await store.get(key) == payload)

        // Ranged reads, including empty and whole-object ranges.
        #expect(try await store.get(key, range: 3..<7) == ByteBuffer(string: "3456"))
        #expect(try await store.get(key, range: 0..<16) == payload)
        #expect(try await store.get(key, range: 5..<5).readableBytes == 0)
        await #expect(throws: ObjectStoreError.self) { try await store.get(key, range: 10..<40) }
        await #expect(throws: ObjectStoreError.notFound(key: key + ".missing")) { try await store.get(key + ".missing") }

        // Listing by prefix, sorted, with sizes.
        let second = "\(prefix)/data/b/x.seg"
        try await store.putIfAbsent(second, data: ByteBuffer(string: "xy"))
        try await store.putIfAbsent("\(prefix)/other/z", data: ByteBuffer(string: "z"))
        let listed = try await store.list(prefix: "\(prefix)/data/")
        #expect(listed == [ObjectInfo(key: key, size: 16), ObjectInfo(key: second, size: 2)])

        // Delete, and deleting again is fine.
        try await store.delete(key)
        try await store.delete(key)
        await #expect(throws: ObjectStoreError.notFound(key: key)) { try await store.get(key) }
        #expect(try await store.list(prefix: "\(prefix)/data/").map(\.key) == [second])

        // Bad keys are refused, not written somewhere surprising.
        for bad in ["", "/abs", "a/../b", "a//b", "sp ace"] {
            await #expect(throws: ObjectStoreError.invalidKey(bad)) { try await store.putIfAbsent(bad, data: payload) }
        }

        // Concurrent create-if-absent: exactly one winner.
        let contested = "\(prefix)/data/contested"
        let winners = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask { (try? await store.putIfAbsent(contested, data: ByteBuffer(string: "\(index)"))) != nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(winners == 1)
    }
}

@Suite struct ObjectStoreContractTests {
    @Test func inMemory() async throws {
        try await ObjectStoreContract.run(InMemoryObjectStore(), prefix: "t")
    }

    @Test func localDirectory() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fjord-store-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try await ObjectStoreContract.run(try LocalDirectoryObjectStore(root: root), prefix: "t")
    }

    @Test func unwritableDirectoryIsAClearError() throws {
        #expect(throws: ObjectStoreError.self) { try LocalDirectoryObjectStore(root: "/proc/fjord-cannot-write-here") }
    }
}
