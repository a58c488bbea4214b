import Foundation
import KafkaLog
import KafkaProtocol
import PostgresNIO

/// Log compaction's queries: candidates in one statement, each step in one transaction.
extension PostgresMetadataStore {
    public func compactionCandidates() async throws -> [CompactionCandidate] {
        try await run("list partitions to compact") {
            let rows = try await client.query(
                """
                SELECT t.id, t.name, t.configs::text, p.partition, p.log_start_offset, p.high_watermark, p.cleaned_through, p.tombstone_expiry_ms,
                    coalesce(sum(b.byte_length) FILTER (WHERE b.base_offset < p.cleaned_through), 0)::bigint,
                    coalesce(sum(b.byte_length) FILTER (WHERE b.base_offset >= p.cleaned_through), 0)::bigint,
                    min(b.max_timestamp) FILTER (WHERE b.base_offset >= p.cleaned_through)
                FROM partitions p JOIN topics t ON t.id = p.topic_id
                LEFT JOIN batches b ON b.topic_id = p.topic_id AND b.partition = p.partition
                WHERE coalesce(t.configs->>'cleanup.policy', '') LIKE '%compact%'
                GROUP BY t.id, t.name, t.configs::text, p.partition, p.log_start_offset, p.high_watermark, p.cleaned_through, p.tombstone_expiry_ms
                ORDER BY t.name, p.partition
                """, logger: logger)
            var result: [CompactionCandidate] = []
            for try await (id, name, configs, partition, logStart, high, cleaned, expiry, cleanBytes, dirtyBytes, oldest) in rows.decode(
                (UUID, String, String, Int32, Int64, Int64, Int64, Int64?, Int64, Int64, Int64?).self)
            {
                result.append(
                    CompactionCandidate(
                        partition: TopicPartitionID(topicId: KafkaUUID(id), partition: partition), topicName: name,
                        configs: try JSONDecoder().decode([String: String].self, from: Data(configs.utf8)), logStartOffset: logStart,
                        highWatermark: high, cleanedThrough: cleaned, cleanBytes: cleanBytes, dirtyBytes: dirtyBytes, oldestDirtyTimestamp: oldest,
                        tombstoneExpiryMs: expiry))
            }
            return result
        }
    }

    public func compactionBatches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation] {
        try await batches(in: partition, from: offset, maxBytes: maxBytes)
    }

    /// Thrown inside the transaction to roll a step back when a batch moved.
    private struct BatchMoved: Error {}

    public func applyCompaction(_ rewrite: CompactionRewrite) async throws -> Bool {
        precondition((rewrite.segment?.batches.count ?? 0) == rewrite.rewritten.count, "one source per rewritten batch")
        let topic = rewrite.partition.topicId.foundationUUID
        let partition = rewrite.partition.partition
        return try await run("apply a compaction step to \(rewrite.partition)") {
            do {
                try await transaction { connection in
                    if let segment = rewrite.segment {
                        try await connection.query(
                            """
                            INSERT INTO objects (key, size, created_ms) VALUES (\(segment.objectKey), \(Int64(segment.objectSize)), \(segment.createdAtMs))
                            """, logger: logger)
                        let bases = rewrite.rewritten.map(\.baseOffset)
                        let oldKeys = rewrite.rewritten.map(\.objectKey)
                        let offsets = segment.batches.map { Int64($0.byteOffset) }
                        let lengths = segment.batches.map { Int32($0.byteLength) }
                        let rows = try await connection.query(
                            """
                            WITH moved AS (
                                UPDATE batches b SET object_key = \(segment.objectKey), byte_offset = u.o, byte_length = u.l
                                FROM unnest(\(bases), \(oldKeys), \(offsets), \(lengths)) AS u(base, old, o, l)
                                WHERE b.topic_id = \(topic) AND b.partition = \(partition) AND b.base_offset = u.base AND b.object_key = u.old RETURNING 1)
                            SELECT count(*) FROM moved
                            """, logger: logger)
                        for try await moved in rows.decode(Int64.self) where moved != Int64(bases.count) { throw BatchMoved() }
                    }
                    if !rewrite.removed.isEmpty {
                        let bases = rewrite.removed.map(\.baseOffset)
                        let oldKeys = rewrite.removed.map(\.objectKey)
                        let rows = try await connection.query(
                            """
                            WITH gone AS (
                                DELETE FROM batches b USING unnest(\(bases), \(oldKeys)) AS u(base, old)
                                WHERE b.topic_id = \(topic) AND b.partition = \(partition) AND b.base_offset = u.base AND b.object_key = u.old RETURNING 1)
                            SELECT count(*) FROM gone
                            """, logger: logger)
                        for try await gone in rows.decode(Int64.self) where gone != Int64(bases.count) { throw BatchMoved() }
                    }
                    if let cleaned = rewrite.cleanedThrough {
                        try await connection.query(
                            """
                            UPDATE partitions SET cleaned_through = greatest(cleaned_through, \(cleaned)), tombstone_expiry_ms = \(rewrite.tombstoneExpiryMs)
                            WHERE topic_id = \(topic) AND partition = \(partition)
                            """, logger: logger)
                    }
                }
                return true
            } catch is BatchMoved {
                return false
            }
        }
    }
}
