import Foundation
import KafkaLog
import KafkaProtocol
import PostgresNIO

/// Topics, offsets, the batch index and group offsets: each one statement or one transaction.
extension PostgresMetadataStore {
    // MARK: Topics

    public func createTopic(name: String, partitions: Int32, configs: [String: String]) async throws -> TopicMetadata {
        try await run("create topic \(name)") {
            try await transaction { connection in
                let topic = TopicMetadata(id: KafkaUUID.random(), name: name, partitionCount: partitions, configs: configs)
                let inserted = try await connection.query(
                    """
                    INSERT INTO topics (id, name, partitions, configs) VALUES (\(topic.id.foundationUUID), \(name), \(partitions), \(try Self.json(configs))::jsonb)
                    ON CONFLICT (name) DO NOTHING RETURNING id
                    """, logger: logger
                ).collect()
                guard !inserted.isEmpty else { throw ControlPlaneError(.topicAlreadyExists, "topic '\(name)' already exists") }
                try await connection.query(
                    """
                    INSERT INTO partitions (topic_id, partition) SELECT \(topic.id.foundationUUID), generate_series(0, \(partitions) - 1)
                    """, logger: logger)
                try await Self.announceTopicsChanged(connection)
                return topic
            }
        }
    }

    public func deleteTopic(name: String) async throws -> TopicMetadata {
        try await run("delete topic \(name)") {
            try await transaction { connection in
                let rows = try await connection.query(
                    "DELETE FROM topics WHERE name = \(name) RETURNING id, name, partitions, configs::text", logger: logger)
                for try await row in rows.decode((UUID, String, Int32, String).self) {
                    try await Self.announceTopicsChanged(connection)
                    return try Self.topic(row)
                }
                throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(name)' does not exist")
            }
        }
    }

    public func addPartitions(topic name: String, totalCount: Int32) async throws -> TopicMetadata {
        try await run("add partitions to \(name)") {
            try await transaction { connection in
                var topic = try await Self.lockTopic(named: name, connection)
                guard totalCount > topic.partitionCount else {
                    throw ControlPlaneError(.invalidPartitions, "topic '\(name)' has \(topic.partitionCount) partitions; the new count must be larger")
                }
                try await connection.query(
                    """
                    INSERT INTO partitions (topic_id, partition) SELECT \(topic.id.foundationUUID), generate_series(\(topic.partitionCount), \(totalCount) - 1)
                    """, logger: logger)
                try await connection.query("UPDATE topics SET partitions = \(totalCount) WHERE id = \(topic.id.foundationUUID)", logger: logger)
                try await Self.announceTopicsChanged(connection)
                topic.partitionCount = totalCount
                return topic
            }
        }
    }

    public func alterTopicConfigs(topic name: String, changes: [String: String?]) async throws -> TopicMetadata {
        try await run("alter configs of \(name)") {
            try await transaction { connection in
                var topic = try await Self.lockTopic(named: name, connection)
                for (key, value) in changes { topic.configs[key] = value }
                try await connection.query(
                    "UPDATE topics SET configs = \(try Self.json(topic.configs))::jsonb WHERE id = \(topic.id.foundationUUID)", logger: logger)
                try await Self.announceTopicsChanged(connection)
                return topic
            }
        }
    }

    public func topics() async throws -> [TopicMetadata] {
        try await run("list topics") {
            var result: [TopicMetadata] = []
            for try await row in try await client.query("SELECT id, name, partitions, configs::text FROM topics ORDER BY name", logger: logger)
                .decode((UUID, String, Int32, String).self)
            {
                result.append(try Self.topic(row))
            }
            return result
        }
    }

    /// Wakes every agent's registry refresh, which reloads the topics too (`ChangeFeed`), so
    /// a topic made through one agent is listed by the others within milliseconds, not at
    /// their next heartbeat. Sent inside the change's transaction: PostgreSQL delivers it on
    /// commit, and not at all on rollback.
    private static func announceTopicsChanged(_ connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_notify('fjord_agents', '')", logger: connection.logger)
    }

    private static func lockTopic(named name: String, _ connection: PostgresConnection) async throws -> TopicMetadata {
        let rows = try await connection.query(
            "SELECT id, name, partitions, configs::text FROM topics WHERE name = \(name) FOR UPDATE", logger: connection.logger)
        for try await row in rows.decode((UUID, String, Int32, String).self) { return try topic(row) }
        throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(name)' does not exist")
    }

    private static func topic(_ row: (UUID, String, Int32, String)) throws -> TopicMetadata {
        let configs = try JSONDecoder().decode([String: String].self, from: Data(row.3.utf8))
        return TopicMetadata(id: KafkaUUID(row.0), name: row.1, partitionCount: row.2, configs: configs)
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: The log

    public func offsets(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: PartitionOffsets] {
        guard !partitions.isEmpty else { return [:] }
        return try await run("read offsets") {
            let topics = partitions.map(\.topicId.foundationUUID)
            let indexes = partitions.map(\.partition)
            let rows = try await client.query(
                """
                SELECT p.topic_id, p.partition, p.log_start_offset, p.high_watermark,
                       coalesce((SELECT min(o.first_offset) FROM txn_open o WHERE o.topic_id = p.topic_id AND o.partition = p.partition), p.high_watermark),
                       coalesce((SELECT max(a.last_offset) FROM aborted_txns a WHERE a.topic_id = p.topic_id AND a.partition = p.partition), -1)
                FROM partitions p JOIN unnest(\(topics), \(indexes)) AS u(t, q) ON p.topic_id = u.t AND p.partition = u.q
                """, logger: logger)
            var result: [TopicPartitionID: PartitionOffsets] = [:]
            for try await (topic, partition, logStart, high, stable, abortedTo) in rows.decode((UUID, Int32, Int64, Int64, Int64, Int64).self) {
                result[TopicPartitionID(topicId: KafkaUUID(topic), partition: partition)] =
                    PartitionOffsets(
                        logStartOffset: logStart, highWatermark: high, lastStableOffset: stable, lastAbortedOffset: abortedTo < 0 ? nil : abortedTo)
            }
            return result
        }
    }

    public func logSizes(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: Int64] {
        guard !partitions.isEmpty else { return [:] }
        return try await run("read partition sizes") {
            let topics = partitions.map(\.topicId.foundationUUID)
            let indexes = partitions.map(\.partition)
            let rows = try await client.query(
                """
                SELECT p.topic_id, p.partition,
                       (SELECT coalesce(sum(b.byte_length), 0)::bigint FROM batches b WHERE b.topic_id = p.topic_id AND b.partition = p.partition)
                FROM partitions p JOIN unnest(\(topics), \(indexes)) AS u(t, q) ON p.topic_id = u.t AND p.partition = u.q
                """, logger: logger)
            var result: [TopicPartitionID: Int64] = [:]
            for try await (topic, partition, size) in rows.decode((UUID, Int32, Int64).self) {
                result[TopicPartitionID(topicId: KafkaUUID(topic), partition: partition)] = size
            }
            return result
        }
    }

    public func batches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation] {
        try await run("read the batch index") {
            // A running sum bounds the rows read; the first batch always comes back.
            let rows = try await client.query(
                """
                SELECT b.object_key, b.byte_offset, b.byte_length, b.base_offset, b.last_offset, b.max_timestamp,
                       coalesce(b.marker_type, -1)::smallint, coalesce(b.marker_producer, -1), coalesce(b.marker_epoch, -1)::smallint,
                       coalesce(o.size, -1) FROM (
                    SELECT *, sum(byte_length) OVER (ORDER BY base_offset) AS running, row_number() OVER (ORDER BY base_offset) AS n
                    FROM batches WHERE topic_id = \(partition.topicId.foundationUUID) AND partition = \(partition.partition) AND last_offset >= \(offset)
                    ORDER BY base_offset LIMIT 10000) b LEFT JOIN objects o ON o.key = b.object_key
                WHERE b.n = 1 OR b.running <= \(Int64(maxBytes)) ORDER BY b.base_offset
                """, logger: logger)
            var result: [BatchLocation] = []
            for try await (key, byteOffset, byteLength, base, last, maxTimestamp, markerType, markerProducer, markerEpoch, objectSize) in rows.decode(
                (String, Int64, Int32, Int64, Int64, Int64, Int16, Int64, Int16, Int64).self)
            {
                let marker =
                    markerType < 0
                    ? nil : TransactionMarker(producerId: markerProducer, producerEpoch: markerEpoch, isCommit: markerType == 1, timestampMs: maxTimestamp)
                result.append(
                    BatchLocation(
                        objectKey: key, byteOffset: Int(byteOffset), byteLength: Int(byteLength),
                        baseOffset: base, lastOffset: last, maxTimestamp: maxTimestamp, marker: marker,
                        objectSize: objectSize < 0 ? nil : Int(objectSize)))
            }
            return result
        }
    }

    public func offset(forTimestamp timestamp: Int64, in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)? {
        try await run("look up an offset by timestamp") {
            let rows = try await client.query(
                """
                SELECT b.base_offset, b.max_timestamp FROM batches b JOIN partitions p ON p.topic_id = b.topic_id AND p.partition = b.partition
                WHERE b.topic_id = \(partition.topicId.foundationUUID) AND b.partition = \(partition.partition)
                  AND b.max_timestamp >= \(timestamp) AND b.last_offset >= p.log_start_offset
                ORDER BY b.base_offset LIMIT 1
                """, logger: logger)
            for try await (offset, maxTimestamp) in rows.decode((Int64, Int64).self) { return (offset, maxTimestamp) }
            return nil
        }
    }

    public func maxTimestamp(in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)? {
        try await run("look up the largest timestamp") {
            let rows = try await client.query(
                """
                SELECT b.base_offset, b.max_timestamp FROM batches b JOIN partitions p ON p.topic_id = b.topic_id AND p.partition = b.partition
                WHERE b.topic_id = \(partition.topicId.foundationUUID) AND b.partition = \(partition.partition) AND b.last_offset >= p.log_start_offset
                ORDER BY b.max_timestamp DESC, b.base_offset LIMIT 1
                """, logger: logger)
            for try await (offset, maxTimestamp) in rows.decode((Int64, Int64).self) { return (offset, maxTimestamp) }
            return nil
        }
    }

    public func advanceLogStart(_ partition: TopicPartitionID, to offset: Int64) async throws -> Int64 {
        try await run("advance the log start of \(partition)") {
            try await transaction { connection in
                let rows = try await connection.query(
                    """
                    SELECT log_start_offset, high_watermark FROM partitions
                    WHERE topic_id = \(partition.topicId.foundationUUID) AND partition = \(partition.partition) FOR UPDATE
                    """, logger: logger)
                var found: (Int64, Int64)?
                for try await row in rows.decode((Int64, Int64).self) { found = row }
                guard let (current, high) = found else { throw ControlPlaneError(.unknownTopicOrPartition, "partition \(partition) does not exist") }
                guard offset <= high else { throw ControlPlaneError(.offsetOutOfRange, "offset \(offset) is beyond the high watermark \(high)") }
                let next = max(current, offset)
                try await connection.query(
                    """
                    UPDATE partitions SET log_start_offset = \(next) WHERE topic_id = \(partition.topicId.foundationUUID) AND partition = \(partition.partition)
                    """, logger: logger)
                try await connection.query(
                    """
                    DELETE FROM batches WHERE topic_id = \(partition.topicId.foundationUUID) AND partition = \(partition.partition) AND last_offset < \(next)
                    """, logger: logger)
                try await connection.query(
                    """
                    DELETE FROM aborted_txns WHERE topic_id = \(partition.topicId.foundationUUID) AND partition = \(partition.partition) AND last_offset < \(next)
                    """, logger: logger)
                return next
            }
        }
    }

    // MARK: Consumer group offsets

    public func commitOffsets(group: String, _ offsets: [TopicPartitionName: CommittedOffset]) async throws {
        _ = try await writeOffsets(group: group, offsets, ifClaimed: nil)
    }

    /// Writes the offsets only while `group_owners` names `replicaId` the group's owner under
    /// claim number `claim`, and holds that row (FOR SHARE) while writing: a new claim, which
    /// updates the row, waits for the write, or makes it write nothing if it arrives later.
    /// False when the group has been claimed again (by another replica, or by this one after
    /// giving it up).
    public func commitOffsets(
        group: String, _ offsets: [TopicPartitionName: CommittedOffset], ifCoordinatedBy replicaId: String, claim: Int64
    ) async throws -> Bool {
        try await writeOffsets(group: group, offsets, ifClaimed: (replicaId, claim))
    }

    private func writeOffsets(
        group: String, _ offsets: [TopicPartitionName: CommittedOffset], ifClaimed owner: (replicaId: String, claim: Int64)?
    ) async throws -> Bool {
        guard !offsets.isEmpty else { return true }
        return try await run("commit offsets of group \(group)") {
            let entries = offsets.sorted { $0.key < $1.key }
            let topics = entries.map(\.key.topic)
            let partitions = entries.map(\.key.partition)
            let values = entries.map(\.value.offset)
            let epochs = entries.map(\.value.leaderEpoch)
            // NULL metadata travels as a separate flag: postgres-nio arrays cannot hold NULL.
            let metadata = entries.map { $0.value.metadata ?? "" }
            let hasMetadata = entries.map { $0.value.metadata != nil }
            let fenced = owner != nil
            let rows = try await client.query(
                """
                WITH owner AS (
                    SELECT 1 FROM group_owners WHERE group_id = \(group) AND replica_id = \(owner?.replicaId ?? "") AND claim = \(owner?.claim ?? 0) FOR SHARE
                )
                INSERT INTO group_offsets (group_id, topic, partition, committed_offset, leader_epoch, metadata)
                SELECT \(group), t, q, o, e, CASE WHEN h THEN m END FROM unnest(\(topics), \(partitions), \(values), \(epochs), \(metadata), \(hasMetadata)) AS u(t, q, o, e, m, h)
                WHERE NOT \(fenced) OR EXISTS (SELECT 1 FROM owner)
                ON CONFLICT (group_id, topic, partition) DO UPDATE
                SET committed_offset = EXCLUDED.committed_offset, leader_epoch = EXCLUDED.leader_epoch, metadata = EXCLUDED.metadata
                RETURNING 1
                """, logger: logger)
            var written = 0
            for try await _ in rows { written += 1 }
            return written > 0
        }
    }

    public func committedOffsets(group: String) async throws -> [TopicPartitionName: CommittedOffset] {
        try await run("read offsets of group \(group)") {
            let rows = try await client.query(
                """
                SELECT topic, partition, committed_offset, leader_epoch, metadata FROM group_offsets WHERE group_id = \(group)
                """, logger: logger)
            var result: [TopicPartitionName: CommittedOffset] = [:]
            for try await (topic, partition, offset, epoch, metadata) in rows.decode((String, Int32, Int64, Int32, String?).self) {
                result[TopicPartitionName(topic: topic, partition: partition)] = CommittedOffset(offset: offset, leaderEpoch: epoch, metadata: metadata)
            }
            return result
        }
    }

    public func deleteGroupOffsets(group: String) async throws {
        try await run("delete offsets of group \(group)") {
            try await client.query("DELETE FROM group_offsets WHERE group_id = \(group)", logger: logger)
        }
    }

    public func deleteGroupOffsets(group: String, partitions: [TopicPartitionName]) async throws {
        guard !partitions.isEmpty else { return }
        try await run("delete some offsets of group \(group)") {
            let topics = partitions.map(\.topic)
            let indexes = partitions.map(\.partition)
            try await client.query(
                """
                DELETE FROM group_offsets o USING unnest(\(topics), \(indexes)) AS u(t, q)
                WHERE o.group_id = \(group) AND o.topic = u.t AND o.partition = u.q
                """, logger: logger)
        }
    }

    public func groupsWithOffsets() async throws -> [String] {
        try await run("list groups") {
            var result: [String] = []
            for try await group in try await client.query("SELECT DISTINCT group_id FROM group_offsets ORDER BY group_id", logger: logger).decode(String.self) {
                result.append(group)
            }
            return result
        }
    }
}
