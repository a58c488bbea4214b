import KafkaLog
import KafkaProtocol

/// The transaction coordinator's rules, as pure functions over a transactional id's record,
/// so every metadata store applies exactly the same ones (the contract tests keep them in
/// step). Each step takes the record as read (locked) and the request, and answers what to
/// write: the next record, and the transaction to end first, with markers in its partitions.
public enum TransactionRules {
    /// Kafka's transaction.max.timeout.ms default: 15 minutes.
    public static let defaultMaxTimeoutMs: Int32 = 900_000

    /// A transaction to end: a marker in each of its partitions, and, on commit, its groups'
    /// pending offsets made the committed ones.
    public struct Ending: Hashable, Sendable {
        public var transactionalId: String
        public var partitions: [TopicPartitionID]
        public var groups: [String]
        public var commit: Bool
        /// The markers' producer: the transaction's id, at the epoch that ends it.
        public var marker: ProducerIdAndEpoch
    }

    /// What a store writes for one request.
    public struct Step: Hashable, Sendable {
        /// The record after the step.
        public var next: TransactionRecord
        /// The ongoing transaction the step ends, if it ends one.
        public var ending: Ending?
        /// The epochs of `next.producerId` are used up (or it has none yet): the store allocates
        /// a new producer id and writes it into `next`, at epoch 0.
        public var needsNewProducerId = false
    }

    /// InitProducerId with a transactional id: finds or allocates the producer id, bumps the
    /// epoch (fencing older ones), and aborts a transaction the previous epoch left open.
    public static func initProducer(
        _ current: TransactionRecord?, _ request: TransactionalProducerRequest, maxTimeoutMs: Int32 = defaultMaxTimeoutMs
    ) throws(ControlPlaneError) -> Step {
        guard request.timeoutMs > 0, request.timeoutMs <= maxTimeoutMs else {
            throw ControlPlaneError(
                .invalidTransactionTimeout,
                "transaction.timeout.ms \(request.timeoutMs) is outside 1...\(maxTimeoutMs) (the cluster's transaction.max.timeout.ms)")
        }
        guard let current else {
            let next = TransactionRecord(
                transactionalId: request.transactionalId, producerId: -1, producerEpoch: 0, state: .empty, timeoutMs: request.timeoutMs,
                updatedAtMs: request.nowMs)
            return Step(next: next, ending: nil, needsNewProducerId: true)
        }
        if let given = request.current, given != current.producer {
            throw ControlPlaneError(
                .producerFenced,
                "transactional id '\(current.transactionalId)' is at producer \(current.producerId) epoch \(current.producerEpoch), not \(given.producerId) epoch \(given.epoch)"
            )
        }
        var step = bumpEpoch(current, nowMs: request.nowMs)
        step.next.state = .empty
        step.next.timeoutMs = request.timeoutMs
        return step
    }

    /// AddPartitionsToTxn: the partitions join the ongoing transaction (starting one if none is).
    public static func addPartitions(
        _ current: TransactionRecord?, transactionalId: String, producer: ProducerIdAndEpoch, partitions: [TopicPartitionID], nowMs: Int64
    ) throws(ControlPlaneError) -> Step {
        var next = try begin(current, transactionalId: transactionalId, producer: producer, nowMs: nowMs)
        next.partitions = Array(Set(next.partitions).union(partitions)).sorted()
        return Step(next: next)
    }

    /// AddOffsetsToTxn: the group's offsets will be committed with the transaction.
    public static func addGroup(
        _ current: TransactionRecord?, transactionalId: String, producer: ProducerIdAndEpoch, group: String, nowMs: Int64
    ) throws(ControlPlaneError) -> Step {
        var next = try begin(current, transactionalId: transactionalId, producer: producer, nowMs: nowMs)
        if !next.groups.contains(group) { next.groups = (next.groups + [group]).sorted() }
        return Step(next: next)
    }

    /// TxnOffsetCommit: allowed only for a group added to the ongoing transaction.
    public static func checkOffsetCommit(
        _ current: TransactionRecord?, transactionalId: String, producer: ProducerIdAndEpoch, group: String
    ) throws(ControlPlaneError) {
        let current = try verify(current, transactionalId: transactionalId, producer: producer)
        guard current.state == .ongoing, current.groups.contains(group) else {
            throw ControlPlaneError(.invalidTxnState, "group '\(group)' was not added to an ongoing transaction of '\(transactionalId)' (AddOffsetsToTxn)")
        }
    }

    /// EndTxn: commits or aborts the ongoing transaction. A retry of the EndTxn that ended the
    /// last one succeeds again and changes nothing.
    public static func end(
        _ current: TransactionRecord?, transactionalId: String, producer: ProducerIdAndEpoch, commit: Bool, nowMs: Int64
    ) throws(ControlPlaneError) -> Step? {
        let current = try verify(current, transactionalId: transactionalId, producer: producer)
        switch current.state {
        case .ongoing:
            var next = current
            next.state = commit ? .completeCommit : .completeAbort
            next.partitions = []
            next.groups = []
            next.startedAtMs = -1
            next.updatedAtMs = nowMs
            return Step(next: next, ending: ending(of: current, commit: commit, marker: current.producer))
        case .completeCommit where commit, .completeAbort where !commit:
            return nil
        case .empty, .completeCommit, .completeAbort:
            throw ControlPlaneError(
                .invalidTxnState,
                "transactional id '\(transactionalId)' has no ongoing transaction to \(commit ? "commit" : "abort") (it is \(current.state.rawValue))")
        }
    }

    /// The coordinator's timeout: an ongoing transaction older than its timeout is aborted,
    /// and the epoch bumped so the producer that left it open is fenced.
    public static func expire(_ current: TransactionRecord, nowMs: Int64) -> Step? {
        switch current.state {
        case .ongoing where current.startedAtMs >= 0 && nowMs - current.startedAtMs > Int64(current.timeoutMs):
            var step = bumpEpoch(current, nowMs: nowMs)
            step.next.state = .completeAbort
            return step
        case .ongoing, .empty, .completeCommit, .completeAbort:
            return nil
        }
    }

    /// Why a transactional batch from `batchProducer` may not be appended to `partition`, or
    /// nil when it may: its producer's transaction must be ongoing at the batch's epoch and
    /// hold the partition (the KIP-890 check). `current` is the record holding the batch's
    /// producer id, if any does.
    public static func refusal(
        ofBatchFrom batchProducer: ProducerIdAndEpoch, in partition: TopicPartitionID, current: TransactionRecord?
    ) -> ControlPlaneError? {
        guard let current, current.producerId == batchProducer.producerId else { return BatchRefusal.noTransactionalId(batchProducer) }
        if batchProducer.epoch != current.producerEpoch { return BatchRefusal.wrongEpoch(batchProducer, current: current.producerEpoch) }
        guard current.state == .ongoing, current.partitions.contains(partition) else { return BatchRefusal.notInTransaction(batchProducer, partition) }
        return nil
    }

    /// The three refusals of a transactional batch, as every store words them.
    public enum BatchRefusal {
        public static func noTransactionalId(_ producer: ProducerIdAndEpoch) -> ControlPlaneError {
            ControlPlaneError(.invalidProducerIdMapping, "producer \(producer.producerId) sent a transactional batch but has no transactional id")
        }

        public static func wrongEpoch(_ producer: ProducerIdAndEpoch, current: Int16) -> ControlPlaneError {
            ControlPlaneError(
                .invalidProducerEpoch, "producer \(producer.producerId) epoch \(producer.epoch) is not its transaction's epoch \(current)")
        }

        public static func notInTransaction(_ producer: ProducerIdAndEpoch, _ partition: TopicPartitionID) -> ControlPlaneError {
            ControlPlaneError(
                .invalidTxnState, "partition \(partition) is not in an ongoing transaction of producer \(producer.producerId) (AddPartitionsToTxn first)")
        }
    }

    // MARK: Steps shared by several requests

    private static func verify(
        _ current: TransactionRecord?, transactionalId: String, producer: ProducerIdAndEpoch
    ) throws(ControlPlaneError) -> TransactionRecord {
        guard let current, current.producerId == producer.producerId else {
            throw ControlPlaneError(
                .invalidProducerIdMapping, "producer \(producer.producerId) is not the producer of transactional id '\(transactionalId)'")
        }
        guard producer.epoch == current.producerEpoch else {
            throw ControlPlaneError(
                .producerFenced,
                "producer \(producer.producerId) epoch \(producer.epoch) of '\(transactionalId)' is fenced (the epoch is \(current.producerEpoch))")
        }
        return current
    }

    private static func begin(
        _ current: TransactionRecord?, transactionalId: String, producer: ProducerIdAndEpoch, nowMs: Int64
    ) throws(ControlPlaneError) -> TransactionRecord {
        var next = try verify(current, transactionalId: transactionalId, producer: producer)
        if next.state != .ongoing {
            next.state = .ongoing
            next.startedAtMs = nowMs
            next.partitions = []
            next.groups = []
        }
        next.updatedAtMs = nowMs
        return next
    }

    /// The next epoch (a new producer id when the epochs run out), aborting what is ongoing.
    private static func bumpEpoch(_ current: TransactionRecord, nowMs: Int64) -> Step {
        var next = current
        let exhausted = current.producerEpoch >= Int16.max - 1
        next.producerEpoch = exhausted ? 0 : current.producerEpoch + 1
        next.partitions = []
        next.groups = []
        next.startedAtMs = -1
        next.updatedAtMs = nowMs
        let marker = exhausted ? current.producer : next.producer
        let ending = current.state == .ongoing ? ending(of: current, commit: false, marker: marker) : nil
        return Step(next: next, ending: ending, needsNewProducerId: exhausted)
    }

    private static func ending(of transaction: TransactionRecord, commit: Bool, marker: ProducerIdAndEpoch) -> Ending {
        Ending(transactionalId: transaction.transactionalId, partitions: transaction.partitions, groups: transaction.groups, commit: commit, marker: marker)
    }
}
