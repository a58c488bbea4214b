import KafkaLog
import KafkaProtocol

/// What the `jobs` role needs from the metadata store: retention, the object inventory, and
/// moving batches into compacted objects. PostgreSQL and SQLite implement it.
public protocol MaintenanceStore: Sendable {
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
