import ControlPlane
import KafkaLog
import KafkaProtocol
import NIOConcurrencyHelpers
import Testing

@testable import Agent

/// Fetches that ask the control plane the same thing share one call: consumers tailing a topic
/// cost the control plane one lookup per commit, not one per consumer.
@Suite struct SharedIndexReadsTests {
    /// Answers every lookup with the high watermark in `end`, after `delay`; counts the calls.
    final class CountingIndex: Sendable {
        let calls = NIOLockedValueBox<[[PartitionRead]]>([])
        let end = NIOLockedValueBox<Int64>(10)
        let delay: Duration
        init(delay: Duration = .milliseconds(50)) { self.delay = delay }

        func ask(_ reads: [PartitionRead], _ readCommitted: Bool) async throws -> [PartitionReadAnswer] {
            let end = self.end.withLockedValue { $0 }
            calls.withLockedValue { $0.append(reads) }
            try await Task.sleep(for: delay)
            return reads.map { PartitionReadAnswer(partition: $0.partition, offsets: PartitionOffsets(logStartOffset: 0, highWatermark: end)) }
        }
        var callCount: Int { calls.withLockedValue { $0.count } }
    }

    static let topic = KafkaUUID(mostSignificantBits: 1, leastSignificantBits: 2)
    static func reads(_ partitions: Range<Int32>, from offset: Int64 = 10) -> [PartitionRead] {
        partitions.map { PartitionRead(partition: TopicPartitionID(topicId: topic, partition: $0), from: offset, maxBytes: 1 << 20) }
    }

    @Test func fetchesAskingTheSameAtOnceShareOneCall() async throws {
        let index = CountingIndex()
        let shared = SharedIndexReads(watermarks: WatermarkSignal(), ask: index.ask)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 { group.addTask { try await shared.read(Self.reads(0..<16), readCommitted: false).count } }
            for try await answered in group { #expect(answered == 16) }
        }
        #expect(index.callCount == 1)
    }

    @Test func aCommitMakesTheNextLookupAskAgain() async throws {
        let watermarks = WatermarkSignal()
        let index = CountingIndex(delay: .zero)
        let shared = SharedIndexReads(watermarks: watermarks, ask: index.ask)
        let partition = TopicPartitionID(topicId: Self.topic, partition: 0)
        #expect(try await shared.read(Self.reads(0..<1), readCommitted: false)[partition]?.offsets.highWatermark == 10)
        index.end.withLockedValue { $0 = 11 }
        #expect(try await shared.read(Self.reads(0..<1), readCommitted: false)[partition]?.offsets.highWatermark == 10, "reused: nothing changed")
        watermarks.bump()
        #expect(try await shared.read(Self.reads(0..<1), readCommitted: false)[partition]?.offsets.highWatermark == 11)
        #expect(index.callCount == 2)
        // Different lookups are not confused: another offset, another isolation level.
        _ = try await shared.read(Self.reads(0..<1, from: 5), readCommitted: false)
        _ = try await shared.read(Self.reads(0..<1), readCommitted: true)
        #expect(index.callCount == 4)
    }

    @Test func aCallThatBeganBeforeACommitIsNotJoinedAfterIt() async throws {
        let watermarks = WatermarkSignal()
        let index = CountingIndex(delay: .milliseconds(300))
        let shared = SharedIndexReads(watermarks: watermarks, ask: index.ask)
        let early = Task { try await shared.read(Self.reads(0..<4), readCommitted: false) }
        let started = ContinuousClock.now
        while index.callCount == 0, ContinuousClock.now - started < .seconds(20) { try await Task.sleep(for: .milliseconds(5)) }
        index.end.withLockedValue { $0 = 12 }
        watermarks.bump()
        let late = try await shared.read(Self.reads(0..<4), readCommitted: false)
        #expect(late.values.allSatisfy { $0.offsets.highWatermark == 12 })
        #expect(try await early.value.values.allSatisfy { $0.offsets.highWatermark == 10 })
        #expect(index.callCount == 2)
        let again = try await shared.read(Self.reads(0..<4), readCommitted: false)
        #expect(again.values.allSatisfy { $0.offsets.highWatermark == 12 }, "the late call's answer is kept, not the early one's")
        #expect(index.callCount == 2)
    }

    @Test func anAnswerIsReusedForAtMostItsMaximumAge() async throws {
        let index = CountingIndex(delay: .zero)
        let shared = SharedIndexReads(watermarks: WatermarkSignal(), ask: index.ask)
        _ = try await shared.read(Self.reads(0..<2), readCommitted: false)
        try await Task.sleep(for: SharedIndexReads.maxAge + .milliseconds(50))
        _ = try await shared.read(Self.reads(0..<2), readCommitted: false)
        #expect(index.callCount == 2)
    }

    @Test func aFailedCallFailsItsSharersAndIsNotKept() async throws {
        struct Down: Error {}
        let count = NIOLockedValueBox(0)
        let shared = SharedIndexReads(watermarks: WatermarkSignal()) { reads, _ in
            count.withLockedValue { $0 += 1 }
            throw Down()
        }
        await #expect(throws: Down.self) { try await shared.read(Self.reads(0..<1), readCommitted: false) }
        await #expect(throws: Down.self) { try await shared.read(Self.reads(0..<1), readCommitted: false) }
        #expect(count.withLockedValue { $0 } == 2)
    }
}
