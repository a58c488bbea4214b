import KafkaLog
import KafkaProtocol

/// Durable control-plane state. Implementations: `SQLiteMetadataStore` (embedded, the
/// playground) and, next, PostgreSQL. One contract test suite runs against every one.
///
/// Every method is one transaction. `commit` is the heart of it: it assigns offsets to every
/// batch of a segment atomically, across all its partitions.
public protocol MetadataStore: TransactionStore {
    /// A stable id for the cluster, created on first use.
    func clusterId() async throws -> String

    // MARK: Topics
    /// Creates a topic with `partitions` partitions. Throws TOPIC_ALREADY_EXISTS.
    func createTopic(name: String, partitions: Int32, configs: [String: String]) async throws -> TopicMetadata
    /// Deletes a topic and its batch index. Throws UNKNOWN_TOPIC_OR_PARTITION.
    func deleteTopic(name: String) async throws -> TopicMetadata
    /// Grows a topic to `totalCount` partitions. Throws INVALID_PARTITIONS when not growing.
    func addPartitions(topic: String, totalCount: Int32) async throws -> TopicMetadata
    /// Sets (value) or removes (nil) topic configs.
    func alterTopicConfigs(topic: String, changes: [String: String?]) async throws -> TopicMetadata
    func topics() async throws -> [TopicMetadata]

    // MARK: The log
    /// Offsets of the given partitions; partitions that do not exist are absent.
    func offsets(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: PartitionOffsets]
    /// Commits a segment: checks producer epochs and sequences, assigns base offsets from each
    /// partition's high watermark, indexes the batches and raises the watermarks, all at once.
    /// Committing an object key that is already committed changes nothing and returns the
    /// first commit's results, so a commit whose answer was lost is safe to retry.
    func commit(_ segment: SegmentCommit) async throws -> [BatchCommitResult]
    /// Batches of `partition` from the one containing `offset`, until `maxBytes` is reached
    /// (at least one batch is returned when any exists).
    func batches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation]
    /// What a Fetch needs of each partition, in one call: its offsets and, where `from` is
    /// readable, its batches and (read_committed) the aborted ranges among them. Partitions
    /// that do not exist are absent from the answer.
    func read(_ reads: [PartitionRead], readCommitted: Bool) async throws -> [PartitionReadAnswer]
    /// The first batch whose max timestamp is at or after `timestamp`: (its base offset, its max timestamp).
    func offset(forTimestamp timestamp: Int64, in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)?
    /// The first live batch holding the partition's largest timestamp (ListOffsets'
    /// MAX_TIMESTAMP): (its base offset, its max timestamp); nil when there is none.
    func maxTimestamp(in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)?
    /// Moves the log start offset forward (DeleteRecords, retention). Returns the new value.
    func advanceLogStart(_ partition: TopicPartitionID, to offset: Int64) async throws -> Int64
    /// The bytes of the batches still indexed in each of `partitions` (DescribeLogDirs);
    /// partitions that do not exist are absent, empty ones are 0.
    func logSizes(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: Int64]

    // MARK: Producers
    /// A new producer id, never handed out before.
    func nextProducerId() async throws -> Int64

    // MARK: Consumer group offsets
    func commitOffsets(group: String, _ offsets: [TopicPartitionName: CommittedOffset]) async throws
    func committedOffsets(group: String) async throws -> [TopicPartitionName: CommittedOffset]
    func deleteGroupOffsets(group: String) async throws
    /// Deletes the group's committed offsets of `partitions` only (OffsetDelete).
    func deleteGroupOffsets(group: String, partitions: [TopicPartitionName]) async throws
    /// Groups that have committed offsets.
    func groupsWithOffsets() async throws -> [String]
}

extension KafkaUUID {
    /// 32 lowercase hex digits, the form the stores keep topic ids in.
    public var hex: String {
        let high = String(mostSignificantBits, radix: 16)
        let low = String(leastSignificantBits, radix: 16)
        return String(repeating: "0", count: 16 - high.count) + high + String(repeating: "0", count: 16 - low.count) + low
    }

    public init?(hex: String) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16), let low = UInt64(hex.suffix(16), radix: 16) else { return nil }
        self.init(mostSignificantBits: high, leastSignificantBits: low)
    }
}
