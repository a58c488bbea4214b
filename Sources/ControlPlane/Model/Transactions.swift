import KafkaLog
import KafkaProtocol

/// A producer id with its epoch.
public struct ProducerIdAndEpoch: Hashable, Sendable, Codable {
    public var producerId: Int64
    public var epoch: Int16

    public init(producerId: Int64, epoch: Int16) {
        self.producerId = producerId
        self.epoch = epoch
    }
}

/// Where a transactional id's transaction stands. Fjord writes markers in the same store
/// transaction that ends a transaction, so Kafka's PrepareCommit and PrepareAbort states,
/// which wait for markers to reach remote leaders, never exist here.
public enum TransactionState: String, Hashable, Sendable, Codable, CaseIterable {
    /// No transaction yet since InitProducerId.
    case empty = "Empty"
    /// Partitions or groups were added; not ended yet.
    case ongoing = "Ongoing"
    case completeCommit = "CompleteCommit"
    case completeAbort = "CompleteAbort"
}

/// A transactional id, as the coordinator keeps it.
public struct TransactionRecord: Hashable, Sendable, Codable {
    public var transactionalId: String
    public var producerId: Int64
    public var producerEpoch: Int16
    public var state: TransactionState
    public var timeoutMs: Int32
    /// When the ongoing transaction began (its first AddPartitionsToTxn or AddOffsetsToTxn); -1 when none is ongoing.
    public var startedAtMs: Int64
    public var updatedAtMs: Int64
    /// The partitions of the ongoing transaction (ordered by topic id, then partition).
    public var partitions: [TopicPartitionID]
    /// The consumer groups whose offsets the ongoing transaction commits.
    public var groups: [String]

    public init(
        transactionalId: String, producerId: Int64, producerEpoch: Int16, state: TransactionState, timeoutMs: Int32,
        startedAtMs: Int64 = -1, updatedAtMs: Int64, partitions: [TopicPartitionID] = [], groups: [String] = []
    ) {
        self.transactionalId = transactionalId
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.state = state
        self.timeoutMs = timeoutMs
        self.startedAtMs = startedAtMs
        self.updatedAtMs = updatedAtMs
        self.partitions = partitions
        self.groups = groups
    }

    public var producer: ProducerIdAndEpoch { ProducerIdAndEpoch(producerId: producerId, epoch: producerEpoch) }
}

/// An aborted transaction's range in one partition: the offsets a read_committed consumer
/// skips for `producerId`, from `firstOffset` up to its abort marker at `lastOffset`.
public struct AbortedTransaction: Hashable, Sendable, Codable {
    public var producerId: Int64
    public var firstOffset: Int64
    public var lastOffset: Int64

    public init(producerId: Int64, firstOffset: Int64, lastOffset: Int64) {
        self.producerId = producerId
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
    }
}

/// An idempotent or transactional producer a partition remembers (DescribeProducers).
public struct ActiveProducer: Hashable, Sendable, Codable {
    public var producerId: Int64
    public var epoch: Int16
    /// The last sequence the partition took from it.
    public var lastSequence: Int32
    /// Where its ongoing transaction began in the partition; -1 when none is open there.
    public var currentTransactionStartOffset: Int64

    public init(producerId: Int64, epoch: Int16, lastSequence: Int32, currentTransactionStartOffset: Int64) {
        self.producerId = producerId
        self.epoch = epoch
        self.lastSequence = lastSequence
        self.currentTransactionStartOffset = currentTransactionStartOffset
    }
}

/// An InitProducerId request that names a transactional id.
public struct TransactionalProducerRequest: Hashable, Sendable, Codable {
    public var transactionalId: String
    public var timeoutMs: Int32
    /// The id and epoch the producer holds (KIP-360, v3+), when it recovers from an error.
    public var current: ProducerIdAndEpoch?
    public var nowMs: Int64

    public init(transactionalId: String, timeoutMs: Int32, current: ProducerIdAndEpoch?, nowMs: Int64) {
        self.transactionalId = transactionalId
        self.timeoutMs = timeoutMs
        self.current = current
        self.nowMs = nowMs
    }
}
