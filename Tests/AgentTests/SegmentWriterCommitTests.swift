import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import NIOCore
import ObjectStore
import Testing

@testable import Agent

/// The segment writer when commit answers are lost: the control plane committed, but the
/// agent never heard (a replica killed after its transaction, a dropped database
/// connection). Issue 10's defect: the agent answered such batches with an error while the
/// next segment's batches were acknowledged, and librdkafka then counted the first ones
/// delivered with no offset (-1001).
@Suite struct SegmentWriterCommitTests {
    /// Commits for real, then loses the answers of the first `lostAnswers` commits.
    final class LostAnswerStore: MetadataStore, @unchecked Sendable {
        // @unchecked: `lostAnswers` is only touched under `lock`; `inner` is Sendable.
        let inner: SQLiteMetadataStore
        private let lock = NSLock()
        private var lostAnswers: Int
        private(set) var commits = 0
        /// The agent session of each commit, in order.
        private(set) var sessions: [AgentSession?] = []

        init(losing lostAnswers: Int) throws {
            inner = try SQLiteMetadataStore(path: ":memory:")
            self.lostAnswers = lostAnswers
        }

        func losing(_ count: Int) { lock.withLock { lostAnswers = count } }

        func commit(_ segment: SegmentCommit) async throws -> [BatchCommitResult] {
            let results = try await inner.commit(segment)
            let lose = lock.withLock { () -> Bool in
                commits += 1
                sessions.append(segment.agent)
                defer { lostAnswers -= 1 }
                return lostAnswers > 0
            }
            if lose { throw ControlPlaneError(.kafkaStorageError, "no control plane reachable (the answer was lost)") }
            return results
        }

        func clusterId() async throws -> String { try await inner.clusterId() }
        func createTopic(name: String, partitions: Int32, configs: [String: String]) async throws -> TopicMetadata {
            try await inner.createTopic(name: name, partitions: partitions, configs: configs)
        }
        func deleteTopic(name: String) async throws -> TopicMetadata { try await inner.deleteTopic(name: name) }
        func addPartitions(topic: String, totalCount: Int32) async throws -> TopicMetadata {
            try await inner.addPartitions(topic: topic, totalCount: totalCount)
        }
        func alterTopicConfigs(topic: String, changes: [String: String?]) async throws -> TopicMetadata {
            try await inner.alterTopicConfigs(topic: topic, changes: changes)
        }
        func topics() async throws -> [TopicMetadata] { try await inner.topics() }
        func offsets(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: PartitionOffsets] { try await inner.offsets(of: partitions) }
        func batches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation] {
            try await inner.batches(in: partition, from: offset, maxBytes: maxBytes)
        }
        func offset(forTimestamp timestamp: Int64, in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)? {
            try await inner.offset(forTimestamp: timestamp, in: partition)
        }
        func maxTimestamp(in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)? {
            try await inner.maxTimestamp(in: partition)
        }
        func advanceLogStart(_ partition: TopicPartitionID, to offset: Int64) async throws -> Int64 { try await inner.advanceLogStart(partition, to: offset) }
        func nextProducerId() async throws -> Int64 { try await inner.nextProducerId() }
        func commitOffsets(group: String, _ offsets: [TopicPartitionName: CommittedOffset]) async throws {
            try await inner.commitOffsets(group: group, offsets)
        }
        func committedOffsets(group: String) async throws -> [TopicPartitionName: CommittedOffset] { try await inner.committedOffsets(group: group) }
        func deleteGroupOffsets(group: String) async throws { try await inner.deleteGroupOffsets(group: group) }
        func deleteGroupOffsets(group: String, partitions: [TopicPartitionName]) async throws {
            try await inner.deleteGroupOffsets(group: group, partitions: partitions)
        }
        func logSizes(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: Int64] { try await inner.logSizes(of: partitions) }
        func groupsWithOffsets() async throws -> [String] { try await inner.groupsWithOffsets() }
        func initTransactionalProducer(_ request: TransactionalProducerRequest, maxTimeoutMs: Int32) async throws -> ProducerIdAndEpoch {
            try await inner.initTransactionalProducer(request, maxTimeoutMs: maxTimeoutMs)
        }
        func addPartitionsToTransaction(_ id: String, producer: ProducerIdAndEpoch, partitions: [TopicPartitionID], nowMs: Int64) async throws {
            try await inner.addPartitionsToTransaction(id, producer: producer, partitions: partitions, nowMs: nowMs)
        }
        func addGroupToTransaction(_ id: String, producer: ProducerIdAndEpoch, group: String, nowMs: Int64) async throws {
            try await inner.addGroupToTransaction(id, producer: producer, group: group, nowMs: nowMs)
        }
        func commitTransactionalOffsets(_ id: String, producer: ProducerIdAndEpoch, group: String, offsets: [TopicPartitionName: CommittedOffset]) async throws
        {
            try await inner.commitTransactionalOffsets(id, producer: producer, group: group, offsets: offsets)
        }
        func endTransaction(_ id: String, producer: ProducerIdAndEpoch, commit: Bool, nowMs: Int64) async throws {
            try await inner.endTransaction(id, producer: producer, commit: commit, nowMs: nowMs)
        }
        func transactions() async throws -> [TransactionRecord] { try await inner.transactions() }
        func activeProducers(in partition: TopicPartitionID) async throws -> [ActiveProducer] { try await inner.activeProducers(in: partition) }
        func abortedTransactions(in partition: TopicPartitionID, overlapping offsets: ClosedRange<Int64>) async throws -> [AbortedTransaction] {
            try await inner.abortedTransactions(in: partition, overlapping: offsets)
        }
    }

    static func batch(producer: Int64, sequence: Int32) throws -> ByteBuffer {
        let batch = RecordBatch(
            records: [Record(key: ByteBuffer(string: "k\(sequence)"), value: ByteBuffer(string: "v"))], baseTimestamp: 1000,
            producerId: producer, producerEpoch: 0, baseSequence: sequence)
        var buffer = ByteBuffer()
        try batch.encode(into: &buffer)
        return buffer
    }

    static func writer(_ store: LostAnswerStore, retryLimit: Duration, lingerMs: Int64 = 1) async throws -> (SegmentWriter, TopicPartitionID) {
        let controlPlane = try await ControlPlane(store: store)
        let topic = try await controlPlane.createTopic(name: "lost-answers", partitions: 1)
        let writer = SegmentWriter(
            store: InMemoryObjectStore(), controlPlane: controlPlane, keyPrefix: "",
            configuration: .init(lingerMs: lingerMs, maxBytes: 1 << 20), logger: Logger(label: "test"),
            commitRetryLimit: retryLimit)
        return (writer, topic.partition(0))
    }

    /// The lowest-level proof: a commit whose answer was lost is retried with the same object,
    /// and the producer gets its batch's offset, not an error.
    @Test func aLostCommitAnswerStillGivesTheBatchItsOffset() async throws {
        let store = try LostAnswerStore(losing: 2)
        let (writer, partition) = try await Self.writer(store, retryLimit: .seconds(10))
        let flushing = Task { await writer.run() }
        defer { flushing.cancel() }
        let first = await writer.enqueue([(partition, try Self.batch(producer: 7, sequence: 0))])
        #expect(try await first.results() == [.appended(baseOffset: 0, logStartOffset: 0)])
        let second = await writer.enqueue([(partition, try Self.batch(producer: 7, sequence: 1))])
        #expect(try await second.results() == [.appended(baseOffset: 1, logStartOffset: 0)])
        #expect(store.commits == 4)  // the first segment three times, the second once
        #expect(try await store.offsets(of: [partition])[partition]?.highWatermark == 2)
    }

    /// When answers stay lost past the retry limit, the batch is answered REQUEST_TIMED_OUT
    /// (it may be in the log), and no later batch is acknowledged before the unanswered commit
    /// is resolved. Then the producer's retry is a duplicate and gets the original offset.
    @Test func noLaterBatchIsAcknowledgedBeforeAnUnansweredCommitIsResolved() async throws {
        let store = try LostAnswerStore(losing: .max)
        let (writer, partition) = try await Self.writer(store, retryLimit: .milliseconds(100))
        let flushing = Task { await writer.run() }
        defer { flushing.cancel() }
        let first = await writer.enqueue([(partition, try Self.batch(producer: 7, sequence: 0))])
        do {
            _ = try await first.results()
            Issue.record("acknowledged without an answer")
        } catch let error as ControlPlaneError {
            #expect(error.code == .requestTimedOut)
        }
        // The control plane is still silent: the next batch is not acknowledged either.
        let second = await writer.enqueue([(partition, try Self.batch(producer: 7, sequence: 1))])
        await #expect(throws: ControlPlaneError.self) { try await second.results() }
        // It answers again: the unanswered commit resolves first, then the client's retries
        // of both batches are answered with their offsets.
        store.losing(0)
        let retry = await writer.enqueue([(partition, try Self.batch(producer: 7, sequence: 0)), (partition, try Self.batch(producer: 7, sequence: 1))])
        #expect(try await retry.results() == [.duplicate(baseOffset: 0, logStartOffset: 0), .appended(baseOffset: 1, logStartOffset: 0)])
        #expect(try await store.offsets(of: [partition])[partition]?.highWatermark == 2)
    }

    /// A segment commits with the registry session its first batch came in under, even when
    /// the agent rejoined (a new session) before the segment was flushed: batches taken in
    /// before the agent lapsed out of the metadata must be refused if they commit late.
    @Test func aSegmentCommitsWithTheSessionItsFirstBatchCameInUnder() async throws {
        let store = try LostAnswerStore(losing: 0)
        let (writer, partition) = try await Self.writer(store, retryLimit: .seconds(10), lingerMs: 300)
        let flushing = Task { await writer.run() }
        defer { flushing.cancel() }
        let before = AgentSession(agentId: "a", session: 1)
        let after = AgentSession(agentId: "a", session: 2)
        await writer.registered(as: before)
        let first = await writer.enqueue([(partition, try Self.batch(producer: 7, sequence: 0))])
        await writer.registered(as: after)
        let joining = await writer.enqueue([(partition, try Self.batch(producer: 7, sequence: 1))])
        _ = try await (first.results(), joining.results())
        let next = await writer.enqueue([(partition, try Self.batch(producer: 7, sequence: 2))])
        _ = try await next.results()
        #expect(store.sessions == [before, after])
    }
}
