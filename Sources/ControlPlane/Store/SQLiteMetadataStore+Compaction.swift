import Foundation
import GRDB
import KafkaLog
import KafkaProtocol

/// Log compaction's queries on the embedded store; the PostgreSQL store behaves the same (one
/// contract test runs both).
extension SQLiteMetadataStore {
    public func compactionCandidates() async throws -> [CompactionCandidate] {
        try await database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.id, t.name, t.configs, p.partition, p.log_start_offset, p.high_watermark, p.cleaned_through, p.tombstone_expiry_ms,
                        (SELECT coalesce(sum(byte_length), 0) FROM batches b
                         WHERE b.topic_id = p.topic_id AND b.partition = p.partition AND b.base_offset < p.cleaned_through) AS clean_bytes,
                        (SELECT coalesce(sum(byte_length), 0) FROM batches b
                         WHERE b.topic_id = p.topic_id AND b.partition = p.partition AND b.base_offset >= p.cleaned_through) AS dirty_bytes,
                        (SELECT min(max_timestamp) FROM batches b
                         WHERE b.topic_id = p.topic_id AND b.partition = p.partition AND b.base_offset >= p.cleaned_through) AS oldest_dirty
                    FROM partitions p JOIN topics t ON t.id = p.topic_id
                    WHERE coalesce(json_extract(t.configs, '$."cleanup.policy"'), '') LIKE '%compact%'
                    ORDER BY t.name, p.partition
                    """)
            return try rows.map { row in
                let configs = try JSONDecoder().decode([String: String].self, from: Data((row["configs"] as String).utf8))
                return CompactionCandidate(
                    partition: TopicPartitionID(topicId: KafkaUUID(hex: row["id"])!, partition: row["partition"]), topicName: row["name"],
                    configs: configs, logStartOffset: row["log_start_offset"], highWatermark: row["high_watermark"],
                    cleanedThrough: row["cleaned_through"], cleanBytes: row["clean_bytes"], dirtyBytes: row["dirty_bytes"],
                    oldestDirtyTimestamp: row["oldest_dirty"], tombstoneExpiryMs: row["tombstone_expiry_ms"])
            }
        }
    }

    public func compactionBatches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation] {
        try await batches(in: partition, from: offset, maxBytes: maxBytes)
    }

    /// Thrown inside the transaction to roll a step back when a batch moved.
    private struct BatchMoved: Error {}

    public func applyCompaction(_ rewrite: CompactionRewrite) async throws -> Bool {
        precondition((rewrite.segment?.batches.count ?? 0) == rewrite.rewritten.count, "one source per rewritten batch")
        let topic = rewrite.partition.topicId.hex
        let partition = rewrite.partition.partition
        do {
            try await database.write { db in
                if let segment = rewrite.segment {
                    try db.execute(
                        sql: "INSERT INTO objects (key, size, created_ms) VALUES (?, ?, ?)",
                        arguments: [segment.objectKey, segment.objectSize, segment.createdAtMs])
                    for (placement, source) in zip(segment.batches, rewrite.rewritten) {
                        try db.execute(
                            sql: """
                                UPDATE batches SET object_key = ?, byte_offset = ?, byte_length = ?
                                WHERE topic_id = ? AND partition = ? AND base_offset = ? AND object_key = ?
                                """,
                            arguments: [segment.objectKey, placement.byteOffset, placement.byteLength, topic, partition, source.baseOffset, source.objectKey])
                        guard db.changesCount == 1 else { throw BatchMoved() }
                    }
                }
                for source in rewrite.removed {
                    try db.execute(
                        sql: "DELETE FROM batches WHERE topic_id = ? AND partition = ? AND base_offset = ? AND object_key = ?",
                        arguments: [topic, partition, source.baseOffset, source.objectKey])
                    guard db.changesCount == 1 else { throw BatchMoved() }
                }
                if let cleaned = rewrite.cleanedThrough {
                    try db.execute(
                        sql: """
                            UPDATE partitions SET cleaned_through = max(cleaned_through, ?), tombstone_expiry_ms = ?
                            WHERE topic_id = ? AND partition = ?
                            """,
                        arguments: [cleaned, rewrite.tombstoneExpiryMs, topic, partition])
                }
            }
            return true
        } catch is BatchMoved {
            return false
        }
    }
}
