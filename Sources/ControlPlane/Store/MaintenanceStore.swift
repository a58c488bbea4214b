import KafkaLog
import KafkaProtocol

/// What the `jobs` role needs from the metadata store: retention, the object inventory,
/// moving batches into merged objects, and log compaction. PostgreSQL and SQLite implement it.
public protocol MaintenanceStore: MetadataStore {
    /// Applies `retention.ms` and `retention.bytes` of every topic: removes expired batches from
    /// the index and advances log start offsets.
    func applyRetention(nowMs: Int64) async throws -> RetentionOutcome
    /// Every committed object and how many batches in it are still live.
    func objects() async throws -> [StoredObject]
    /// The live batches stored in the given objects, for compaction.
    func liveBatches(inObjects keys: [String]) async throws -> [ObjectBatch]
    /// Forgets objects (after the jobs role deleted them from the bucket).
    func forgetObjects(_ keys: [String]) async throws
    /// Records a compacted object: each batch in `segment` replaces the batch at the same
    /// partition and base offset in `sources`' object, if that batch is still live there.
    /// Returns how many batches moved.
    func replaceBatches(_ segment: SegmentCommit, sources: [BatchSource]) async throws -> Int

    // MARK: Log compaction (cleanup.policy=compact)
    /// Every partition of a compacted topic.
    func compactionCandidates() async throws -> [CompactionCandidate]
    /// The partition's batches from the one containing `offset`, up to about `maxBytes`.
    func compactionBatches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation]
    /// Applies one step of a compaction pass, all or nothing. Returns false, changing nothing,
    /// when any batch it names is no longer where the pass read it (retention, DeleteRecords,
    /// object merging or another jobs agent got there first); the next pass starts over.
    func applyCompaction(_ rewrite: CompactionRewrite) async throws -> Bool
}

public struct RetentionOutcome: Codable, Sendable, Hashable {
    public var partitionsAdvanced: Int
    public var batchesRemoved: Int
    public init(partitionsAdvanced: Int, batchesRemoved: Int) {
        self.partitionsAdvanced = partitionsAdvanced
        self.batchesRemoved = batchesRemoved
    }
}

public struct StoredObject: Codable, Sendable, Hashable {
    public var key: String
    public var size: Int64
    public var createdMs: Int64
    public var liveBatches: Int64
    public init(key: String, size: Int64, createdMs: Int64, liveBatches: Int64) {
        self.key = key
        self.size = size
        self.createdMs = createdMs
        self.liveBatches = liveBatches
    }
}

/// A live batch and where it sits in its object.
public struct ObjectBatch: Codable, Sendable, Hashable {
    public var objectKey: String
    public var partition: TopicPartitionID
    public var baseOffset: Int64
    public var byteOffset: Int
    public var byteLength: Int
    public init(objectKey: String, partition: TopicPartitionID, baseOffset: Int64, byteOffset: Int, byteLength: Int) {
        self.objectKey = objectKey
        self.partition = partition
        self.baseOffset = baseOffset
        self.byteOffset = byteOffset
        self.byteLength = byteLength
    }
}

/// Where a batch was before compaction.
public struct BatchSource: Codable, Sendable, Hashable {
    public var partition: TopicPartitionID
    public var baseOffset: Int64
    public var objectKey: String
    public init(partition: TopicPartitionID, baseOffset: Int64, objectKey: String) {
        self.partition = partition
        self.baseOffset = baseOffset
        self.objectKey = objectKey
    }
}

/// A partition of a topic whose cleanup.policy includes compact, with what log compaction
/// needs to decide whether to clean it.
public struct CompactionCandidate: Codable, Sendable, Hashable {
    public var partition: TopicPartitionID
    public var topicName: String
    /// The topic's overrides (`TopicConfigs.value` fills in defaults).
    public var configs: [String: String]
    public var logStartOffset: Int64
    public var highWatermark: Int64
    /// Offsets below this were compacted by an earlier pass (Kafka's cleaner checkpoint).
    public var cleanedThrough: Int64
    /// Bytes of the batches below and at or above `cleanedThrough`.
    public var cleanBytes: Int64
    public var dirtyBytes: Int64
    /// The smallest max timestamp of a dirty batch (for max.compaction.lag.ms); nil: none dirty.
    public var oldestDirtyTimestamp: Int64?
    /// When the first tombstone kept by an earlier pass may go; nil: none kept.
    public var tombstoneExpiryMs: Int64?

    public init(
        partition: TopicPartitionID, topicName: String, configs: [String: String], logStartOffset: Int64, highWatermark: Int64,
        cleanedThrough: Int64, cleanBytes: Int64, dirtyBytes: Int64, oldestDirtyTimestamp: Int64?, tombstoneExpiryMs: Int64?
    ) {
        self.partition = partition
        self.topicName = topicName
        self.configs = configs
        self.logStartOffset = logStartOffset
        self.highWatermark = highWatermark
        self.cleanedThrough = cleanedThrough
        self.cleanBytes = cleanBytes
        self.dirtyBytes = dirtyBytes
        self.oldestDirtyTimestamp = oldestDirtyTimestamp
        self.tombstoneExpiryMs = tombstoneExpiryMs
    }
}

/// One step of a log-compaction pass over a partition, applied all or nothing.
public struct CompactionRewrite: Codable, Sendable {
    public var partition: TopicPartitionID
    /// The new object holding rewritten batches; nil when the step only removes batches.
    public var segment: SegmentCommit?
    /// Where each batch of `segment` was (same order): its base offset and old object.
    public var rewritten: [BatchSource]
    /// Batches with no record left: they leave the index.
    public var removed: [BatchSource]
    /// On a pass's last step: the new checkpoint, and when the first tombstone kept may go.
    public var cleanedThrough: Int64?
    public var tombstoneExpiryMs: Int64?

    public init(
        partition: TopicPartitionID, segment: SegmentCommit?, rewritten: [BatchSource], removed: [BatchSource], cleanedThrough: Int64?,
        tombstoneExpiryMs: Int64?
    ) {
        self.partition = partition
        self.segment = segment
        self.rewritten = rewritten
        self.removed = removed
        self.cleanedThrough = cleanedThrough
        self.tombstoneExpiryMs = tombstoneExpiryMs
    }
}
