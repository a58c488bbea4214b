import Foundation
import GRDB
import KafkaLog
import KafkaProtocol

/// The jobs role's queries on the embedded store, so the playground applies retention and
/// compacts too. Same behaviour as the PostgreSQL store (one contract test runs both).
extension SQLiteMetadataStore: MaintenanceStore {
    public func applyRetention(nowMs: Int64) async throws -> RetentionOutcome {
        try await database.write { db in
            // Per partition: the offset just past the newest batch that is too old or beyond the
            // newest retention.bytes bytes. Only topics whose cleanup.policy includes delete (the
            // default): a compact-only topic keeps its newest values however old, as in Kafka.
            let cuts = try Row.fetchAll(
                db,
                sql: """
                    SELECT topic_id, partition, max(last_offset) + 1 AS new_start FROM (
                        SELECT b.topic_id, b.partition, b.last_offset, b.max_timestamp,
                               sum(b.byte_length) OVER (PARTITION BY b.topic_id, b.partition ORDER BY b.base_offset DESC) AS newer_bytes,
                               coalesce(CAST(json_extract(t.configs, '$."retention.ms"') AS INTEGER), ?) AS retention_ms,
                               coalesce(CAST(json_extract(t.configs, '$."retention.bytes"') AS INTEGER), -1) AS retention_bytes
                        FROM batches b JOIN topics t ON t.id = b.topic_id
                        WHERE coalesce(json_extract(t.configs, '$."cleanup.policy"'), 'delete') LIKE '%delete%')
                    WHERE (retention_ms >= 0 AND max_timestamp < ? - retention_ms) OR (retention_bytes >= 0 AND newer_bytes > retention_bytes)
                    GROUP BY topic_id, partition
                    """, arguments: [Int64(TopicConfigs.defaults["retention.ms"]!)!, nowMs])
            var removed = 0
            for cut in cuts {
                let topic: String = cut["topic_id"]
                let partition: Int32 = cut["partition"]
                let start: Int64 = cut["new_start"]
                try db.execute(
                    sql: "UPDATE partitions SET log_start_offset = max(log_start_offset, ?) WHERE topic_id = ? AND partition = ?",
                    arguments: [start, topic, partition])
                try db.execute(sql: "DELETE FROM batches WHERE topic_id = ? AND partition = ? AND last_offset < ?", arguments: [topic, partition, start])
                removed += db.changesCount
                try db.execute(sql: "DELETE FROM aborted_txns WHERE topic_id = ? AND partition = ? AND last_offset < ?", arguments: [topic, partition, start])
            }
            return RetentionOutcome(partitionsAdvanced: cuts.count, batchesRemoved: removed)
        }
    }

    public func objects() async throws -> [StoredObject] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.key, o.size, o.created_ms, count(b.object_key) AS live FROM objects o LEFT JOIN batches b ON b.object_key = o.key
                    GROUP BY o.key, o.size, o.created_ms ORDER BY o.created_ms
                    """
            ).map { StoredObject(key: $0["key"], size: $0["size"], createdMs: $0["created_ms"], liveBatches: $0["live"]) }
        }
    }

    public func liveBatches(inObjects keys: [String]) async throws -> [ObjectBatch] {
        guard !keys.isEmpty else { return [] }
        return try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT object_key, topic_id, partition, base_offset, byte_offset, byte_length FROM batches
                    WHERE object_key IN (\(databaseQuestionMarks(count: keys.count))) ORDER BY object_key, byte_offset
                    """, arguments: StatementArguments(keys)
            ).map { row in
                ObjectBatch(
                    objectKey: row["object_key"], partition: TopicPartitionID(topicId: KafkaUUID(hex: row["topic_id"])!, partition: row["partition"]),
                    baseOffset: row["base_offset"], byteOffset: row["byte_offset"], byteLength: row["byte_length"])
            }
        }
    }

    public func forgetObjects(_ keys: [String]) async throws {
        guard !keys.isEmpty else { return }
        try await database.write { db in
            try db.execute(
                sql: """
                    DELETE FROM objects WHERE key IN (\(databaseQuestionMarks(count: keys.count)))
                    AND NOT EXISTS (SELECT 1 FROM batches b WHERE b.object_key = objects.key)
                    """, arguments: StatementArguments(keys))
        }
    }

    public func replaceBatches(_ segment: SegmentCommit, sources: [BatchSource]) async throws -> Int {
        precondition(segment.batches.count == sources.count, "one source per batch")
        return try await database.write { db in
            try db.execute(
                sql: "INSERT INTO objects (key, size, created_ms) VALUES (?, ?, ?)",
                arguments: [segment.objectKey, segment.objectSize, segment.createdAtMs])
            var moved = 0
            for (placement, source) in zip(segment.batches, sources) {
                try db.execute(
                    sql: """
                        UPDATE batches SET object_key = ?, byte_offset = ?, byte_length = ?
                        WHERE topic_id = ? AND partition = ? AND base_offset = ? AND object_key = ?
                        """,
                    arguments: [
                        segment.objectKey, placement.byteOffset, placement.byteLength,
                        source.partition.topicId.hex, source.partition.partition, source.baseOffset, source.objectKey,
                    ])
                moved += db.changesCount
            }
            return moved
        }
    }
}
