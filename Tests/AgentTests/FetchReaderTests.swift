import ControlPlane
import NIOConcurrencyHelpers
import NIOCore
import ObjectStore
import Testing

@testable import Agent

/// How the fetch path reads the bucket: a segment once per agent, whatever the partitions and
/// consumer groups that read it; large objects by ranged GETs of what is asked for.
@Suite struct FetchReaderTests {
    /// Objects in memory; counts GETs and the bytes they return, and can hold GETs until released.
    final class CountingStore: ObjectStore {
        let base: InMemoryObjectStore
        let gets = NIOLockedValueBox<[(key: String, range: Range<Int>?, bytes: Int)]>([])
        /// While true, GETs wait (after counting).
        let held = NIOLockedValueBox(false)

        /// Counts its own GETs of `base`, which other stores may share (one bucket, several agents).
        init(base: InMemoryObjectStore = InMemoryObjectStore()) { self.base = base }

        func putIfAbsent(_ key: String, data: ByteBuffer) async throws { try await base.putIfAbsent(key, data: data) }
        /// GETs asked, including those that fail.
        let attempts = NIOLockedValueBox(0)

        func get(_ key: String, range: Range<Int>?) async throws -> ByteBuffer {
            attempts.withLockedValue { $0 += 1 }
            let bytes = try await base.get(key, range: range)
            gets.withLockedValue { $0.append((key, range, bytes.readableBytes)) }
            while held.withLockedValue({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
            return bytes
        }
        func list(prefix: String) async throws -> [ObjectInfo] { try await base.list(prefix: prefix) }
        func delete(_ key: String) async throws { try await base.delete(key) }
        var getCount: Int { attempts.withLockedValue { $0 } }
    }

    /// A stand-in batch: 64 bytes, each the batch's number (the reader rewrites only the base
    /// offset and leader epoch in the first 16).
    static func batch(_ number: UInt8) -> ByteBuffer { ByteBuffer(repeating: number, count: 64) }

    /// A segment of `batches` stand-in batches, and where each sits; batch `n` is partition
    /// `n % partitions`' batch at offset `n / partitions`.
    static func segment(_ key: String, batches: Int, partitions: Int, in store: CountingStore, sizeKnown: Bool = true) async throws -> [[BatchLocation]] {
        var bytes = ByteBuffer()
        var locations = [[BatchLocation]](repeating: [], count: partitions)
        for n in 0..<batches {
            let offset = Int64(n / partitions)
            locations[n % partitions].append(
                BatchLocation(
                    objectKey: key, byteOffset: bytes.readableBytes, byteLength: 64, baseOffset: offset, lastOffset: offset, maxTimestamp: 0,
                    objectSize: sizeKnown ? batches * 64 : nil))
            bytes.writeImmutableBuffer(batch(UInt8(n)))
        }
        try await store.putIfAbsent(key, data: bytes)
        return locations
    }

    /// The stand-in batches' numbers in a read's output.
    static func numbers(_ output: ByteBuffer) -> [UInt8] {
        stride(from: 0, to: output.readableBytes, by: 64).map { output.getInteger(at: output.readerIndex + $0 + 20, as: UInt8.self)! }
    }

    @Test func everyPartitionOfASegmentIsServedByOneGet() async throws {
        let store = CountingStore()
        let partitions = try await Self.segment("s1", batches: 8, partitions: 4, in: store)
        let reader = FetchReader(store: store, cache: BatchCache(capacityBytes: 1 << 20))
        for (index, locations) in partitions.enumerated() {
            let output = try await reader.read(locations)
            #expect(Self.numbers(output) == [UInt8(index), UInt8(index + 4)])
            #expect(output.getInteger(at: 64, as: Int64.self) == 1, "the second batch carries its assigned base offset")
        }
        #expect(store.getCount == 1)
        #expect(store.gets.withLockedValue { $0.first?.range } == nil, "the whole object, not a range")
    }

    @Test func readersThatMissTogetherShareOneGet() async throws {
        let store = CountingStore()
        let partitions = try await Self.segment("s1", batches: 16, partitions: 8, in: store)
        store.held.withLockedValue { $0 = true }
        let reader = FetchReader(store: store, cache: BatchCache(capacityBytes: 1 << 20))
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for locations in partitions { group.addTask { Self.numbers(try await reader.read(locations)) } }
            // Once one GET is held, give the others time to start theirs: unshared, all eight
            // would be held at the gate by then.
            let started = ContinuousClock.now
            while store.getCount == 0, ContinuousClock.now - started < .seconds(20) { try await Task.sleep(for: .milliseconds(10)) }
            try await Task.sleep(for: .milliseconds(300))
            #expect(store.getCount == 1)
            store.held.withLockedValue { $0 = false }
            var answered = 0
            while let numbers = try await group.next() {
                #expect(numbers.count == 2)
                answered += 1
            }
            #expect(answered == 8)
        }
        #expect(store.getCount == 1)
    }

    @Test func aSegmentTheAgentWroteIsServedWithoutAGet() async throws {
        let store = CountingStore()
        let partitions = try await Self.segment("s1", batches: 4, partitions: 2, in: store)
        let cache = BatchCache(capacityBytes: 1 << 20)
        cache.putObject("s1", try await store.base.get("s1"))
        let output = try await FetchReader(store: store, cache: cache).read(partitions[1])
        #expect(Self.numbers(output) == [1, 3])
        #expect(store.getCount == 0)
    }

    @Test(arguments: [false, true])
    func anObjectTooLargeOrOfUnknownSizeIsReadByRanges(sizeKnown: Bool) async throws {
        let store = CountingStore()
        var partitions = try await Self.segment("big", batches: 6, partitions: 2, in: store, sizeKnown: sizeKnown)
        if sizeKnown {
            for index in partitions[0].indices { partitions[0][index].objectSize = FetchReader.wholeObjectLimit + 1 }
        }
        let reader = FetchReader(store: store, cache: BatchCache(capacityBytes: 1 << 20))
        #expect(try await Self.numbers(reader.read(partitions[0])) == [0, 2, 4])
        // Partition 0's batches are not adjacent: one ranged GET each, of its 64 bytes.
        #expect(store.gets.withLockedValue { $0.map(\.bytes) } == [64, 64, 64])
        #expect(try await Self.numbers(reader.read(partitions[0])) == [0, 2, 4])
        #expect(store.getCount == 3, "the second read is served from the cache")
    }

    @Test func anObjectShorterThanItsIndexIsAnErrorNamingIt() async throws {
        let store = CountingStore()
        var partitions = try await Self.segment("s1", batches: 2, partitions: 1, in: store)
        partitions[0][1].byteOffset = 4096
        let reader = FetchReader(store: store, cache: BatchCache(capacityBytes: 1 << 20))
        await #expect(throws: ObjectStoreError.invalidRange(key: "s1", range: 4096..<4160, size: 128)) {
            try await reader.read(partitions[0])
        }
    }
}
