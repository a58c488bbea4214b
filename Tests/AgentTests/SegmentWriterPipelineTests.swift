import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import NIOConcurrencyHelpers
import NIOCore
import ObjectStore
import Testing

@testable import Agent

/// The segment writer with several PUTs in flight (issue 16): a slow PUT holds back no PUT
/// behind it, only commits, which stay in order; a slow PUT is hedged; a failed one fails
/// only the later segments that share a partition with it.
@Suite struct SegmentWriterPipelineTests {
    /// An in-memory store whose PUTs behave as `behavior(n)` says, n counting from 0. Tests
    /// wait for PUTs to start (`waitForPuts`) rather than sleep, so that segment boundaries do
    /// not depend on how busy the machine is.
    final class ScriptedStore: ObjectStore {
        enum Behavior: Sendable {
            case pass
            case delay(Duration)
            /// Wait for `release()`, then store (or fail, with `failing`).
            case hold(failing: Bool)
        }
        let inner = InMemoryObjectStore()
        let behavior: @Sendable (Int) -> Behavior
        let started = NIOLockedValueBox(0)
        let keys = NIOLockedValueBox<[String]>([])
        private let gate = NIOLockedValueBox<(open: Bool, waiting: [CheckedContinuation<Void, Never>])>((false, []))

        init(_ behavior: @escaping @Sendable (Int) -> Behavior) { self.behavior = behavior }

        func release() {
            let waiting = gate.withLockedValue { state in
                state.open = true
                defer { state.waiting = [] }
                return state.waiting
            }
            for waiter in waiting { waiter.resume() }
        }

        func waitForPuts(_ count: Int) async throws {
            let deadline = ContinuousClock.now + .seconds(20)
            while started.withLockedValue({ $0 }) < count {
                guard ContinuousClock.now < deadline else { throw CancellationError() }
                try await Task.sleep(for: .milliseconds(2))
            }
        }

        func putIfAbsent(_ key: String, data: ByteBuffer) async throws {
            let n = started.withLockedValue { count in
                count += 1
                return count - 1
            }
            switch behavior(n) {
            case .pass: break
            case .delay(let duration): try await Task.sleep(for: duration)
            case .hold(let failing):
                await withCheckedContinuation { continuation in
                    let open = gate.withLockedValue { state in
                        if !state.open { state.waiting.append(continuation) }
                        return state.open
                    }
                    if open { continuation.resume() }
                }
                if failing { throw ObjectStoreError.unavailable("scripted failure of PUT \(n)") }
            }
            try await inner.putIfAbsent(key, data: data)
            keys.withLockedValue { $0.append(key) }
        }
        func get(_ key: String, range: Range<Int>?) async throws -> ByteBuffer { try await inner.get(key, range: range) }
        func list(prefix: String) async throws -> [ObjectInfo] { try await inner.list(prefix: prefix) }
        func delete(_ key: String) async throws { try await inner.delete(key) }
    }

    static func writer(
        _ store: ScriptedStore, partitions: Int32, hedgeAfterMs: Int64?
    ) async throws -> (SegmentWriter, [TopicPartitionID], SQLiteMetadataStore) {
        let metadata = try SQLiteMetadataStore(path: ":memory:")
        let controlPlane = try await ControlPlane(store: metadata)
        let topic = try await controlPlane.createTopic(name: "pipelined", partitions: partitions)
        let writer = SegmentWriter(
            store: store, controlPlane: controlPlane, keyPrefix: "",
            configuration: .init(lingerMs: 5, maxBytes: 1 << 20, maxInFlight: 4, hedgeAfterMs: hedgeAfterMs), logger: Logger(label: "test"))
        return (writer, (0..<partitions).map { topic.partition($0) }, metadata)
    }

    static func batch(_ value: String) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        try RecordBatch(records: [Record(key: nil, value: ByteBuffer(string: value))], baseTimestamp: 1000).encode(into: &buffer)
        return buffer
    }

    @Test func aSlowPutHoldsBackNoPutBehindItAndCommitsStayInOrder() async throws {
        let store = ScriptedStore { $0 == 0 ? .hold(failing: false) : .pass }
        let (writer, partitions, metadata) = try await Self.writer(store, partitions: 2, hedgeAfterMs: nil)
        let flushing = Task { await writer.run() }
        defer { flushing.cancel() }
        let slow = await writer.enqueue([(partitions[0], try Self.batch("a"))])
        try await store.waitForPuts(1)
        let behind = await writer.enqueue([(partitions[0], try Self.batch("b")), (partitions[1], try Self.batch("c"))])
        // The second segment is PUT while the first's PUT is held...
        let deadline = ContinuousClock.now + .seconds(20)
        while store.keys.withLockedValue({ $0.count }) < 1, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(2)) }
        #expect(store.keys.withLockedValue { $0.count } == 1 && store.started.withLockedValue { $0 } == 2)
        // ...but not committed ahead of it.
        #expect(try await metadata.offsets(of: [partitions[1]])[partitions[1]]?.highWatermark == 0)
        store.release()
        #expect(try await slow.results() == [.appended(baseOffset: 0, logStartOffset: 0)])
        #expect(try await behind.results() == [.appended(baseOffset: 1, logStartOffset: 0), .appended(baseOffset: 0, logStartOffset: 0)])
        #expect(await writer.mostInFlight == 2)
        #expect(try await metadata.offsets(of: [partitions[0]])[partitions[0]]?.highWatermark == 2)
    }

    @Test func aSlowPutIsHedgedAndTheFirstToFinishIsCommitted() async throws {
        let store = ScriptedStore { $0 == 0 ? .delay(.seconds(30)) : .pass }
        let (writer, partitions, _) = try await Self.writer(store, partitions: 1, hedgeAfterMs: 100)
        let flushing = Task { await writer.run() }
        defer { flushing.cancel() }
        let clock = ContinuousClock()
        let start = clock.now
        let ticket = await writer.enqueue([(partitions[0], try Self.batch("a"))])
        #expect(try await ticket.results() == [.appended(baseOffset: 0, logStartOffset: 0)])
        #expect(clock.now - start < .seconds(20))  // the hedge's answer, not the 30 s one
        #expect(await writer.hedgedPuts == 1)
    }

    @Test func aFailedPutFailsOnlyLaterSegmentsThatShareAPartition() async throws {
        let store = ScriptedStore { $0 == 0 ? .hold(failing: true) : .pass }
        let (writer, partitions, _) = try await Self.writer(store, partitions: 2, hedgeAfterMs: nil)
        let flushing = Task { await writer.run() }
        defer { flushing.cancel() }
        let refused = await writer.enqueue([(partitions[0], try Self.batch("a"))])
        try await store.waitForPuts(1)
        let samePartition = await writer.enqueue([(partitions[0], try Self.batch("b"))])
        try await store.waitForPuts(2)
        let otherPartition = await writer.enqueue([(partitions[1], try Self.batch("c"))])
        try await store.waitForPuts(3)
        store.release()
        await #expect(throws: ObjectStoreError.self) { try await refused.results() }
        await #expect(throws: ControlPlaneError.self) { try await samePartition.results() }  // never ahead of "a"
        #expect(try await otherPartition.results() == [.appended(baseOffset: 0, logStartOffset: 0)])
        // The producer's retry goes in order.
        let retry = await writer.enqueue([(partitions[0], try Self.batch("a")), (partitions[0], try Self.batch("b"))])
        #expect(try await retry.results() == [.appended(baseOffset: 0, logStartOffset: 0), .appended(baseOffset: 1, logStartOffset: 0)])
    }

    @Test func drainWaitsForEverySegmentInFlight() async throws {
        let store = ScriptedStore { _ in .delay(.milliseconds(200)) }
        let (writer, partitions, _) = try await Self.writer(store, partitions: 1, hedgeAfterMs: nil)
        let flushing = Task { await writer.run() }
        defer { flushing.cancel() }
        let first = await writer.enqueue([(partitions[0], try Self.batch("a"))])
        try await Task.sleep(for: .milliseconds(20))
        let second = await writer.enqueue([(partitions[0], try Self.batch("b"))])
        await writer.drain()
        #expect(try await first.results() == [.appended(baseOffset: 0, logStartOffset: 0)])
        #expect(try await second.results() == [.appended(baseOffset: 1, logStartOffset: 0)])
    }
}
