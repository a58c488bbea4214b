import Foundation
import KafkaLog
import KafkaProtocol
import PostgresNIO

/// Group commit: segments that arrive while `maxInFlight` calls are already running wait, and
/// then go together in one `fjord_commit` call (one round trip, one transaction). Under load
/// the cost of a commit is shared by every segment in the group.
actor GroupCommitter {
    private typealias Waiter = (segment: SegmentCommit, continuation: CheckedContinuation<[BatchCommitResult], any Error>)

    private let pool: PostgresPrimaryPool
    private let maxInFlight: Int
    private let describe: String
    /// The registry's expiry: an agent session is live within it of its last heartbeat.
    private let agentsLiveWithin: Double
    /// Bounds one call's size (its arrays), so a burst is split into several groups.
    private let maxBatchesPerCall = 8192
    private var pending: [Waiter] = []
    private var inFlight = 0

    init(pool: PostgresPrimaryPool, maxInFlight: Int, describe: String, agentsLiveWithin: Duration) {
        self.pool = pool
        self.maxInFlight = max(1, maxInFlight)
        self.describe = describe
        self.agentsLiveWithin = agentsLiveWithin.seconds
    }

    func commit(_ segment: SegmentCommit) async throws -> [BatchCommitResult] {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((segment, continuation))
            startCalls()
        }
    }

    private func startCalls() {
        while inFlight < maxInFlight, !pending.isEmpty {
            var group: [Waiter] = []
            var batches = 0
            while let next = pending.first, group.isEmpty || batches + next.segment.batches.count <= maxBatchesPerCall {
                group.append(pending.removeFirst())
                batches += next.segment.batches.count
            }
            inFlight += 1
            let client = pool.client
            let taken = group
            let liveWithin = agentsLiveWithin
            Task {  // isolated to this actor; the call itself runs off it
                let outcome: Result<[[BatchCommitResult]], any Error>
                do { outcome = .success(try await Self.call(client, taken.map(\.segment), agentsLiveWithin: liveWithin)) } catch {
                    outcome = .failure(error)
                }
                self.finish(taken, outcome)
            }
        }
    }

    private func finish(_ group: [Waiter], _ outcome: Result<[[BatchCommitResult]], any Error>) {
        inFlight -= 1
        switch outcome {
        case .success(let results):
            for (waiter, result) in zip(group, results) { waiter.continuation.resume(returning: result) }
        case .failure(let error):
            for waiter in group { waiter.continuation.resume(throwing: error) }
        }
        startCalls()
    }

    /// One `fjord_commit_fenced` call for all of `segments`; results split back per segment.
    private static func call(_ client: PostgresClient, _ segments: [SegmentCommit], agentsLiveWithin: Double) async throws -> [[BatchCommitResult]] {
        var agents: [String] = []  // "" where there is no session: not checked
        var sessions: [Int64] = []
        var keys: [String] = []
        var sizes: [Int64] = []
        var created: [Int64] = []
        var topics: [UUID] = []
        var partitions: [Int32] = []
        var byteOffsets: [Int64] = []
        var byteLengths: [Int32] = []
        var lastDeltas: [Int32] = []
        var maxTimestamps: [Int64] = []
        var producers: [Int64] = []
        var epochs: [Int16] = []
        var sequences: [Int32] = []
        var counts: [Int32] = []
        var objects: [Int32] = []
        var transactional: [Bool] = []
        for (index, segment) in segments.enumerated() {
            agents.append(segment.agent?.agentId ?? "")
            sessions.append(segment.agent?.session ?? 0)
            keys.append(segment.objectKey)
            sizes.append(Int64(segment.objectSize))
            created.append(segment.createdAtMs)
            for batch in segment.batches {
                topics.append(batch.partition.topicId.foundationUUID)
                partitions.append(batch.partition.partition)
                byteOffsets.append(Int64(batch.byteOffset))
                byteLengths.append(Int32(batch.byteLength))
                lastDeltas.append(batch.header.lastOffsetDelta)
                maxTimestamps.append(batch.header.maxTimestamp)
                producers.append(batch.header.producerId)
                epochs.append(batch.header.producerEpoch)
                sequences.append(batch.header.baseSequence)
                counts.append(batch.header.recordCount)
                objects.append(Int32(index + 1))
                transactional.append(batch.header.attributes.isTransactional)
            }
        }
        // Calls without transactional batches (the usual ones) skip the transaction checks there.
        let rows = try await client.query(
            """
            SELECT r_status, r_base_offset, r_log_start, r_expected FROM fjord_commit_fenced(
                \(agents), \(sessions), \(agentsLiveWithin), \(keys), \(sizes), \(created), \(topics), \(partitions), \(byteOffsets),
                \(byteLengths), \(lastDeltas), \(maxTimestamps), \(producers), \(epochs), \(sequences), \(counts), \(objects), \(transactional))
            """)
        var flat: [BatchCommitResult] = []
        flat.reserveCapacity(topics.count)
        for try await (status, base, logStart, expected) in rows.decode((Int16, Int64, Int64, Int32).self) {
            let index = flat.count
            switch status {
            case 0: flat.append(.appended(baseOffset: base, logStartOffset: logStart))
            case 1: flat.append(.duplicate(baseOffset: base, logStartOffset: logStart))
            case 2:
                flat.append(
                    .rejected(
                        .unknownTopicOrPartition,
                        message: "partition \(TopicPartitionID(topicId: KafkaUUID(topics[index]), partition: partitions[index])) does not exist"))
            case 3: flat.append(.rejected(.invalidProducerEpoch, message: "producer \(producers[index]) epoch \(epochs[index]) is fenced by a newer epoch"))
            case 5: flat.append(.rejected(.kafkaStorageError, message: BatchCommitResult.unknownEarlierOutcome))
            case 9: flat.append(.rejected(.notLeaderOrFollower, message: BatchCommitResult.lapsedSession))
            case 6, 7, 8:
                let producer = ProducerIdAndEpoch(producerId: producers[index], epoch: epochs[index])
                let refusal =
                    switch status {
                    case 6:
                        TransactionRules.BatchRefusal.notInTransaction(
                            producer, TopicPartitionID(topicId: KafkaUUID(topics[index]), partition: partitions[index]))
                    case 7: TransactionRules.BatchRefusal.wrongEpoch(producer, current: Int16(truncatingIfNeeded: expected))
                    default: TransactionRules.BatchRefusal.noTransactionalId(producer)
                    }
                flat.append(.rejected(refusal.code, message: refusal.message))
            default:
                let refusal = IdempotenceRules.refusal(producerId: producers[index], baseSequence: sequences[index], expected: expected)
                flat.append(.rejected(refusal.code, message: refusal.message))
            }
        }
        guard flat.count == topics.count else {
            throw ControlPlaneError(.kafkaStorageError, "fjord_commit returned \(flat.count) rows for \(topics.count) batches")
        }
        var result: [[BatchCommitResult]] = []
        var start = 0
        for segment in segments {
            result.append(Array(flat[start..<start + segment.batches.count]))
            start += segment.batches.count
        }
        return result
    }
}
