import Foundation
import KafkaLog
import KafkaProtocol
import PostgresNIO

/// The jobs role's queries: each one statement or one transaction.
extension PostgresMetadataStore: MaintenanceStore {
    public func applyRetention(nowMs: Int64) async throws -> RetentionOutcome {
        try await run("apply retention") {
            // A partition's new log start is just past its newest batch that is too old
            // (retention.ms) or beyond the newest retention.bytes bytes; batches below it go.
            // Only topics whose cleanup.policy includes delete (the default): a compact-only
            // topic keeps its newest values however old, as in Kafka.
            let rows = try await client.query(
                """
                WITH cut AS (
                    SELECT topic_id, partition, max(last_offset) + 1 AS new_start FROM (
                        SELECT b.topic_id, b.partition, b.last_offset, b.max_timestamp,
                               sum(b.byte_length) OVER (PARTITION BY b.topic_id, b.partition ORDER BY b.base_offset DESC) AS newer_bytes,
                               coalesce((t.configs->>'retention.ms')::bigint, \(Int64(TopicConfigs.defaults["retention.ms"]!)!)) AS retention_ms,
                               coalesce((t.configs->>'retention.bytes')::bigint, -1) AS retention_bytes
                        FROM batches b JOIN topics t ON t.id = b.topic_id
                        WHERE coalesce(t.configs->>'cleanup.policy', 'delete') LIKE '%delete%') x
                    WHERE (retention_ms >= 0 AND max_timestamp < \(nowMs) - retention_ms) OR (retention_bytes >= 0 AND newer_bytes > retention_bytes)
                    GROUP BY topic_id, partition),
                moved AS (
                    UPDATE partitions p SET log_start_offset = greatest(p.log_start_offset, c.new_start) FROM cut c
                    WHERE p.topic_id = c.topic_id AND p.partition = c.partition
                    RETURNING p.topic_id, p.partition, p.log_start_offset),
                removed AS (
                    DELETE FROM batches b USING moved m
                    WHERE b.topic_id = m.topic_id AND b.partition = m.partition AND b.last_offset < m.log_start_offset RETURNING 1),
                pruned AS (
                    DELETE FROM aborted_txns a USING moved m
                    WHERE a.topic_id = m.topic_id AND a.partition = m.partition AND a.last_offset < m.log_start_offset RETURNING 1)
                SELECT (SELECT count(*) FROM moved), (SELECT count(*) FROM removed)
                """, logger: logger)
            for try await (moved, removed) in rows.decode((Int64, Int64).self) {
                return RetentionOutcome(partitionsAdvanced: Int(moved), batchesRemoved: Int(removed))
            }
            return RetentionOutcome(partitionsAdvanced: 0, batchesRemoved: 0)
        }
    }

    public func objects() async throws -> [StoredObject] {
        try await run("list objects") {
            let rows = try await client.query(
                """
                SELECT o.key, o.size, o.created_ms, count(b.object_key) FROM objects o LEFT JOIN batches b ON b.object_key = o.key
                GROUP BY o.key, o.size, o.created_ms ORDER BY o.created_ms
                """, logger: logger)
            var result: [StoredObject] = []
            for try await (key, size, created, live) in rows.decode((String, Int64, Int64, Int64).self) {
                result.append(StoredObject(key: key, size: size, createdMs: created, liveBatches: live))
            }
            return result
        }
    }

    public func liveBatches(inObjects keys: [String]) async throws -> [ObjectBatch] {
        try await run("list batches of objects") {
            let rows = try await client.query(
                """
                SELECT object_key, topic_id, partition, base_offset, byte_offset, byte_length FROM batches
                WHERE object_key = ANY(\(keys)) ORDER BY object_key, byte_offset
                """, logger: logger)
            var result: [ObjectBatch] = []
            for try await (key, topic, partition, base, offset, length) in rows.decode((String, UUID, Int32, Int64, Int64, Int32).self) {
                result.append(
                    ObjectBatch(
                        objectKey: key, partition: TopicPartitionID(topicId: KafkaUUID(topic), partition: partition),
                        baseOffset: base, byteOffset: Int(offset), byteLength: Int(length)))
            }
            return result
        }
    }

    public func forgetObjects(_ keys: [String]) async throws {
        guard !keys.isEmpty else { return }
        try await run("forget objects") {
            // Never forget an object a batch still points at.
            try await client.query(
                """
                DELETE FROM objects o WHERE o.key = ANY(\(keys)) AND NOT EXISTS (SELECT 1 FROM batches b WHERE b.object_key = o.key)
                """, logger: logger)
        }
    }

    public func replaceBatches(_ segment: SegmentCommit, sources: [BatchSource]) async throws -> Int {
        precondition(segment.batches.count == sources.count, "one source per batch")
        return try await run("record compacted object \(segment.objectKey)") {
            try await transaction { connection in
                try await connection.query(
                    """
                    INSERT INTO objects (key, size, created_ms) VALUES (\(segment.objectKey), \(Int64(segment.objectSize)), \(segment.createdAtMs))
                    """, logger: logger)
                let topics = sources.map(\.partition.topicId.foundationUUID)
                let partitions = sources.map(\.partition.partition)
                let bases = sources.map(\.baseOffset)
                let oldKeys = sources.map(\.objectKey)
                let offsets = segment.batches.map { Int64($0.byteOffset) }
                let lengths = segment.batches.map { Int32($0.byteLength) }
                let rows = try await connection.query(
                    """
                    WITH moved AS (
                        UPDATE batches b SET object_key = \(segment.objectKey), byte_offset = u.o, byte_length = u.l
                        FROM unnest(\(topics), \(partitions), \(bases), \(oldKeys), \(offsets), \(lengths)) AS u(t, q, base, old, o, l)
                        WHERE b.topic_id = u.t AND b.partition = u.q AND b.base_offset = u.base AND b.object_key = u.old RETURNING 1)
                    SELECT count(*) FROM moved
                    """, logger: logger)
                for try await moved in rows.decode(Int64.self) { return Int(moved) }
                return 0
            }
        }
    }
}
