import KafkaLog
import KafkaProtocol

/// The transaction coordinator's durable state: one record per transactional id, and the
/// pending offsets of ongoing transactions. Every method is one store transaction that applies
/// `TransactionRules`, so a transaction ends entirely committed or entirely aborted whoever
/// dies at whichever step: its markers, its partitions' last stable offsets, the aborted
/// ranges and its groups' offsets all change together.
///
/// The log side lives in `MetadataStore.commit`: a transactional batch is appended only to a
/// partition of its producer's ongoing transaction, checked in the commit's own transaction.
///
/// `nowMs` is the caller's clock. A store that several processes share (PostgreSQL) times
/// transactions by its own clock instead, so that processes whose wall clocks disagree start
/// and time out a transaction by one clock; a store inside one process (SQLite) uses `nowMs`.
public protocol TransactionStore: Sendable {
    /// InitProducerId with a transactional id. Throws INVALID_TRANSACTION_TIMEOUT above
    /// `maxTimeoutMs`, PRODUCER_FENCED when the producer's id and epoch (KIP-360) are stale.
    func initTransactionalProducer(_ request: TransactionalProducerRequest, maxTimeoutMs: Int32) async throws -> ProducerIdAndEpoch
    /// AddPartitionsToTxn. The partitions must exist.
    func addPartitionsToTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, partitions: [TopicPartitionID], nowMs: Int64) async throws
    /// AddOffsetsToTxn.
    func addGroupToTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, group: String, nowMs: Int64) async throws
    /// TxnOffsetCommit: the offsets are kept pending until the transaction commits.
    func commitTransactionalOffsets(
        _ transactionalId: String, producer: ProducerIdAndEpoch, group: String, offsets: [TopicPartitionName: CommittedOffset]) async throws
    /// EndTxn: writes a marker in every partition of the transaction, and on commit makes its
    /// pending offsets the groups' committed offsets.
    func endTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, commit: Bool, nowMs: Int64) async throws
    /// Every transactional id's record (ListTransactions, DescribeTransactions).
    func transactions() async throws -> [TransactionRecord]
    /// The producers `partition` keeps state for, by producer id (DescribeProducers).
    func activeProducers(in partition: TopicPartitionID) async throws -> [ActiveProducer]
    /// The aborted transactions in `partition` whose range meets `offsets`.
    func abortedTransactions(in partition: TopicPartitionID, overlapping offsets: ClosedRange<Int64>) async throws -> [AbortedTransaction]
}

/// The coordinator's timeout sweep, run where the store is (the playground, each control-plane
/// replica), so agents have no call for it.
public protocol TransactionTimeoutSweep: Sendable {
    /// Aborts every transaction open longer than its timeout, fencing its producer; returns their ids.
    func abortExpiredTransactions(nowMs: Int64) async throws -> [String]
}
