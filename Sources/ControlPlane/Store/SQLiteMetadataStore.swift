import Foundation
import GRDB
import KafkaLog
import KafkaProtocol

/// The embedded metadata store: one SQLite file (WAL mode), for the playground and tests.
public final class SQLiteMetadataStore: MetadataStore {
    let database: DatabaseQueue

    /// Opens (or creates) the database at `path`; `":memory:"` for a throwaway one.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        do {
            database = path == ":memory:" ? try DatabaseQueue(configuration: configuration) : try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw ControlPlaneError(.kafkaStorageError, "cannot open metadata database \(path): \(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE topics (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, partitions INTEGER NOT NULL, configs TEXT NOT NULL);
                    CREATE TABLE partitions (
                        topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE, partition INTEGER NOT NULL,
                        log_start_offset INTEGER NOT NULL DEFAULT 0, high_watermark INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (topic_id, partition));
                    CREATE TABLE objects (key TEXT PRIMARY KEY, size INTEGER NOT NULL, created_ms INTEGER NOT NULL);
                    CREATE TABLE batches (
                        topic_id TEXT NOT NULL, partition INTEGER NOT NULL, base_offset INTEGER NOT NULL, last_offset INTEGER NOT NULL,
                        object_key TEXT NOT NULL, byte_offset INTEGER NOT NULL, byte_length INTEGER NOT NULL, max_timestamp INTEGER NOT NULL,
                        PRIMARY KEY (topic_id, partition, base_offset),
                        FOREIGN KEY (topic_id, partition) REFERENCES partitions(topic_id, partition) ON DELETE CASCADE);
                    CREATE INDEX batches_by_object ON batches(object_key);
                    CREATE TABLE producer_state (
                        topic_id TEXT NOT NULL, partition INTEGER NOT NULL, producer_id INTEGER NOT NULL, state TEXT NOT NULL,
                        PRIMARY KEY (topic_id, partition, producer_id),
                        FOREIGN KEY (topic_id, partition) REFERENCES partitions(topic_id, partition) ON DELETE CASCADE);
                    CREATE TABLE group_offsets (
                        group_id TEXT NOT NULL, topic TEXT NOT NULL, partition INTEGER NOT NULL,
                        committed_offset INTEGER NOT NULL, leader_epoch INTEGER NOT NULL, metadata TEXT,
                        PRIMARY KEY (group_id, topic, partition));
                    """)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    CREATE TABLE scram_credentials (
                        user_name TEXT NOT NULL, mechanism TEXT NOT NULL, salt BLOB NOT NULL, iterations INTEGER NOT NULL,
                        stored_key BLOB NOT NULL, server_key BLOB NOT NULL, PRIMARY KEY (user_name, mechanism));
                    """)
        }
        migrator.registerMigration("v3") { db in
            // What each segment's commit decided, so a retried commit gets the same answer.
            try db.execute(sql: "ALTER TABLE objects ADD COLUMN commit_results TEXT")
        }
        migrator.registerMigration("v4") { db in
            // Log compaction's checkpoint per partition, and when its first kept tombstone may go.
            try db.execute(
                sql: """
                    ALTER TABLE partitions ADD COLUMN cleaned_through INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE partitions ADD COLUMN tombstone_expiry_ms INTEGER;
                    """)
        }
        migrator.registerMigration("v5") { db in
            // ACL bindings made through the Kafka API (see the PostgreSQL schema's migration 7).
            try db.execute(
                sql: """
                    CREATE TABLE acl_bindings (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, resource_type INTEGER NOT NULL, resource_name TEXT NOT NULL,
                        pattern_type INTEGER NOT NULL, principal TEXT NOT NULL, host TEXT NOT NULL, operation INTEGER NOT NULL,
                        permission INTEGER NOT NULL, created_by TEXT NOT NULL, created_ms INTEGER NOT NULL, deleted_by TEXT, deleted_ms INTEGER);
                    CREATE UNIQUE INDEX acl_bindings_in_force ON acl_bindings
                        (resource_type, resource_name, pattern_type, principal, host, operation, permission) WHERE deleted_ms IS NULL;
                    INSERT INTO meta (key, value) VALUES ('acl_version', '0');
                    """)
        }
        migrator.registerMigration("v6") { db in
            // Transactions (see the PostgreSQL schema's migration 8). Markers are index rows
            // with no object: marker_type 0 abort, 1 commit.
            try db.execute(
                sql: """
                    ALTER TABLE batches ADD COLUMN marker_type INTEGER;
                    ALTER TABLE batches ADD COLUMN marker_producer INTEGER;
                    ALTER TABLE batches ADD COLUMN marker_epoch INTEGER;
                    CREATE TABLE transactions (
                        transactional_id TEXT PRIMARY KEY, producer_id INTEGER NOT NULL UNIQUE, producer_epoch INTEGER NOT NULL,
                        state TEXT NOT NULL, timeout_ms INTEGER NOT NULL, started_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
                        partitions TEXT NOT NULL, groups TEXT NOT NULL);
                    CREATE TABLE txn_offsets (
                        transactional_id TEXT NOT NULL, group_id TEXT NOT NULL, topic TEXT NOT NULL, partition INTEGER NOT NULL,
                        committed_offset INTEGER NOT NULL, leader_epoch INTEGER NOT NULL, metadata TEXT,
                        PRIMARY KEY (transactional_id, group_id, topic, partition));
                    CREATE TABLE txn_open (
                        topic_id TEXT NOT NULL, partition INTEGER NOT NULL, producer_id INTEGER NOT NULL, first_offset INTEGER NOT NULL,
                        PRIMARY KEY (topic_id, partition, producer_id),
                        FOREIGN KEY (topic_id, partition) REFERENCES partitions(topic_id, partition) ON DELETE CASCADE);
                    CREATE TABLE aborted_txns (
                        topic_id TEXT NOT NULL, partition INTEGER NOT NULL, producer_id INTEGER NOT NULL,
                        first_offset INTEGER NOT NULL, last_offset INTEGER NOT NULL,
                        PRIMARY KEY (topic_id, partition, last_offset),
                        FOREIGN KEY (topic_id, partition) REFERENCES partitions(topic_id, partition) ON DELETE CASCADE);
                    """)
        }
        return migrator
    }

    public func clusterId() async throws -> String {
        try await database.write { db in
            if let id = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'cluster_id'") { return id }
            let id = KafkaUUID.random().description
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('cluster_id', ?)", arguments: [id])
            return id
        }
    }

    // MARK: Topics

    public func createTopic(name: String, partitions: Int32, configs: [String: String]) async throws -> TopicMetadata {
        try await database.write { db in
            if try Self.topic(named: name, db) != nil { throw ControlPlaneError(.topicAlreadyExists, "topic '\(name)' already exists") }
            let topic = TopicMetadata(id: KafkaUUID.random(), name: name, partitionCount: partitions, configs: configs)
            try db.execute(
                sql: "INSERT INTO topics (id, name, partitions, configs) VALUES (?, ?, ?, ?)",
                arguments: [topic.id.hex, name, partitions, try Self.json(configs)])
            for partition in 0..<partitions {
                try db.execute(sql: "INSERT INTO partitions (topic_id, partition) VALUES (?, ?)", arguments: [topic.id.hex, partition])
            }
            return topic
        }
    }

    public func deleteTopic(name: String) async throws -> TopicMetadata {
        try await database.write { db in
            guard let topic = try Self.topic(named: name, db) else { throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(name)' does not exist") }
            for table in ["producer_state", "txn_open", "aborted_txns", "batches", "partitions"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE topic_id = ?", arguments: [topic.id.hex])
            }
            try db.execute(sql: "DELETE FROM topics WHERE id = ?", arguments: [topic.id.hex])
            return topic
        }
    }

    public func addPartitions(topic name: String, totalCount: Int32) async throws -> TopicMetadata {
        try await database.write { db in
            guard var topic = try Self.topic(named: name, db) else { throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(name)' does not exist") }
            guard totalCount > topic.partitionCount else {
                throw ControlPlaneError(.invalidPartitions, "topic '\(name)' has \(topic.partitionCount) partitions; the new count must be larger")
            }
            for partition in topic.partitionCount..<totalCount {
                try db.execute(sql: "INSERT INTO partitions (topic_id, partition) VALUES (?, ?)", arguments: [topic.id.hex, partition])
            }
            try db.execute(sql: "UPDATE topics SET partitions = ? WHERE id = ?", arguments: [totalCount, topic.id.hex])
            topic.partitionCount = totalCount
            return topic
        }
    }

    public func alterTopicConfigs(topic name: String, changes: [String: String?]) async throws -> TopicMetadata {
        try await database.write { db in
            guard var topic = try Self.topic(named: name, db) else { throw ControlPlaneError(.unknownTopicOrPartition, "topic '\(name)' does not exist") }
            for (key, value) in changes { topic.configs[key] = value }
            try db.execute(sql: "UPDATE topics SET configs = ? WHERE id = ?", arguments: [try Self.json(topic.configs), topic.id.hex])
            return topic
        }
    }

    public func topics() async throws -> [TopicMetadata] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, partitions, configs FROM topics ORDER BY name").map(Self.topic(from:))
        }
    }

    private static func topic(named name: String, _ db: Database) throws -> TopicMetadata? {
        try Row.fetchOne(db, sql: "SELECT id, name, partitions, configs FROM topics WHERE name = ?", arguments: [name]).map(topic(from:))
    }

    private static func topic(from row: Row) throws -> TopicMetadata {
        let configs = try JSONDecoder().decode([String: String].self, from: Data((row["configs"] as String).utf8))
        return TopicMetadata(id: KafkaUUID(hex: row["id"])!, name: row["name"], partitionCount: row["partitions"], configs: configs)
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: The log

    public func offsets(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: PartitionOffsets] {
        try await database.read { db in
            var result: [TopicPartitionID: PartitionOffsets] = [:]
            for partition in partitions {
                if let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT log_start_offset, high_watermark,
                               (SELECT min(first_offset) FROM txn_open o WHERE o.topic_id = p.topic_id AND o.partition = p.partition) AS open_from,
                               (SELECT max(last_offset) FROM aborted_txns a WHERE a.topic_id = p.topic_id AND a.partition = p.partition) AS aborted_to
                        FROM partitions p WHERE topic_id = ? AND partition = ?
                        """, arguments: [partition.topicId.hex, partition.partition])
                {
                    result[partition] = PartitionOffsets(
                        logStartOffset: row["log_start_offset"], highWatermark: row["high_watermark"], lastStableOffset: row["open_from"],
                        lastAbortedOffset: row["aborted_to"])
                }
            }
            return result
        }
    }

    public func commit(_ segment: SegmentCommit) async throws -> [BatchCommitResult] {
        try await database.write { db in
            var watermarks: [TopicPartitionID: PartitionOffsets?] = [:]
            var producers: [String: IdempotenceRules.State?] = [:]
            var transactions: [Int64: TransactionRecord?] = [:]
            var results: [BatchCommitResult] = []
            results.reserveCapacity(segment.batches.count)
            if let earlier = try Row.fetchOne(db, sql: "SELECT commit_results FROM objects WHERE key = ?", arguments: [segment.objectKey]) {
                return try Self.earlierOutcome(of: segment, recorded: earlier["commit_results"], db)
            }
            try db.execute(
                sql: "INSERT INTO objects (key, size, created_ms) VALUES (?, ?, ?)",
                arguments: [segment.objectKey, segment.objectSize, segment.createdAtMs])
            for batch in segment.batches {
                let partition = batch.partition
                if watermarks[partition] == nil {
                    // updateValue keeps a nil (missing partition) instead of removing the key.
                    watermarks.updateValue(
                        try Row.fetchOne(
                            db, sql: "SELECT log_start_offset, high_watermark FROM partitions WHERE topic_id = ? AND partition = ?",
                            arguments: [partition.topicId.hex, partition.partition]
                        )
                        .map { PartitionOffsets(logStartOffset: $0["log_start_offset"], highWatermark: $0["high_watermark"]) }, forKey: partition)
                }
                guard var offsets = watermarks[partition]! else {
                    results.append(.rejected(.unknownTopicOrPartition, message: "partition \(partition) does not exist"))
                    continue
                }
                let header = batch.header
                // Transactional batches first: only a partition of the producer's ongoing
                // transaction takes them (PostgreSQL's fjord_commit_transactional does the same).
                if header.attributes.isTransactional {
                    if transactions[header.producerId] == nil {
                        transactions.updateValue(try Self.transaction(producerId: header.producerId, db), forKey: header.producerId)
                    }
                    let producer = ProducerIdAndEpoch(producerId: header.producerId, epoch: header.producerEpoch)
                    if let refusal = TransactionRules.refusal(ofBatchFrom: producer, in: partition, current: transactions[header.producerId]!) {
                        results.append(.rejected(refusal.code, message: refusal.message))
                        continue
                    }
                }
                let producerKey = "\(partition.topicId.hex)/\(partition.partition)/\(header.producerId)"
                if header.producerId >= 0 {
                    if producers[producerKey] == nil {
                        producers.updateValue(
                            try String.fetchOne(
                                db, sql: "SELECT state FROM producer_state WHERE topic_id = ? AND partition = ? AND producer_id = ?",
                                arguments: [partition.topicId.hex, partition.partition, header.producerId]
                            )
                            .map { try JSONDecoder().decode(IdempotenceRules.State.self, from: Data($0.utf8)) }, forKey: producerKey)
                    }
                    switch IdempotenceRules.judge(
                        state: producers[producerKey]!, epoch: header.producerEpoch, baseSequence: header.baseSequence, recordCount: header.recordCount)
                    {
                    case .append: break
                    case .duplicate(let baseOffset):
                        results.append(.duplicate(baseOffset: baseOffset, logStartOffset: offsets.logStartOffset))
                        continue
                    case .fenced:
                        results.append(
                            .rejected(.invalidProducerEpoch, message: "producer \(header.producerId) epoch \(header.producerEpoch) is fenced by a newer epoch"))
                        continue
                    case .outOfOrder(let expected):
                        let refusal = IdempotenceRules.refusal(producerId: header.producerId, baseSequence: header.baseSequence, expected: expected)
                        results.append(.rejected(refusal.code, message: refusal.message))
                        continue
                    }
                }
                let base = offsets.highWatermark
                if header.attributes.isTransactional {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO txn_open (topic_id, partition, producer_id, first_offset) VALUES (?, ?, ?, ?)",
                        arguments: [partition.topicId.hex, partition.partition, header.producerId, base])
                }
                try db.execute(
                    sql: """
                        INSERT INTO batches (topic_id, partition, base_offset, last_offset, object_key, byte_offset, byte_length, max_timestamp)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        partition.topicId.hex, partition.partition, base, base + Int64(header.lastOffsetDelta),
                        segment.objectKey, batch.byteOffset, batch.byteLength, header.maxTimestamp,
                    ])
                offsets.highWatermark = base + Int64(header.lastOffsetDelta) + 1
                watermarks[partition] = .some(offsets)
                if header.producerId >= 0 {
                    producers[producerKey] = .some(
                        IdempotenceRules.record(
                            state: producers[producerKey]!, epoch: header.producerEpoch,
                            baseSequence: header.baseSequence, recordCount: header.recordCount, baseOffset: base))
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO producer_state (topic_id, partition, producer_id, state) VALUES (?, ?, ?, ?)",
                        arguments: [partition.topicId.hex, partition.partition, header.producerId, try Self.json(producers[producerKey]!!)])
                }
                results.append(.appended(baseOffset: base, logStartOffset: offsets.logStartOffset))
            }
            // Locks are taken by SQLite's single writer; the fixed partition order matters for PostgreSQL.
            for (partition, offsets) in watermarks {
                guard let offsets else { continue }
                try db.execute(
                    sql: "UPDATE partitions SET high_watermark = ? WHERE topic_id = ? AND partition = ?",
                    arguments: [offsets.highWatermark, partition.topicId.hex, partition.partition])
            }
            try db.execute(sql: "UPDATE objects SET commit_results = ? WHERE key = ?", arguments: [try Self.json(results), segment.objectKey])
            return results
        }
    }

    /// The answer to a commit retried after an earlier attempt committed the same object: what
    /// that attempt decided. An object committed before outcomes were recorded answers with
    /// its indexed batches' offsets, and an unknown outcome for the rest.
    private static func earlierOutcome(of segment: SegmentCommit, recorded: String?, _ db: Database) throws -> [BatchCommitResult] {
        if let recorded { return try JSONDecoder().decode([BatchCommitResult].self, from: Data(recorded.utf8)) }
        return try segment.batches.map { batch in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT b.base_offset, p.log_start_offset FROM batches b JOIN partitions p ON p.topic_id = b.topic_id AND p.partition = b.partition
                    WHERE b.object_key = ? AND b.byte_offset = ? AND b.topic_id = ? AND b.partition = ?
                    """, arguments: [segment.objectKey, batch.byteOffset, batch.partition.topicId.hex, batch.partition.partition])
            guard let row else { return .rejected(.kafkaStorageError, message: BatchCommitResult.unknownEarlierOutcome) }
            return .appended(baseOffset: row[0], logStartOffset: row[1])
        }
    }

    public func batches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation] {
        try await database.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT b.object_key, b.byte_offset, b.byte_length, b.base_offset, b.last_offset, b.max_timestamp,
                           b.marker_type, b.marker_producer, b.marker_epoch, o.size AS object_size
                    FROM batches b LEFT JOIN objects o ON o.key = b.object_key
                    WHERE b.topic_id = ? AND b.partition = ? AND b.last_offset >= ? ORDER BY b.base_offset
                    """, arguments: [partition.topicId.hex, partition.partition, offset])
            var result: [BatchLocation] = []
            var bytes = 0
            while let row = try rows.next() {
                let marker = (row["marker_type"] as Int?).map {
                    TransactionMarker(
                        producerId: row["marker_producer"], producerEpoch: row["marker_epoch"], isCommit: $0 == 1, timestampMs: row["max_timestamp"])
                }
                let location = BatchLocation(
                    objectKey: row["object_key"], byteOffset: row["byte_offset"], byteLength: row["byte_length"],
                    baseOffset: row["base_offset"], lastOffset: row["last_offset"], maxTimestamp: row["max_timestamp"], marker: marker,
                    objectSize: row["object_size"])
                if !result.isEmpty && bytes + location.byteLength > maxBytes { break }
                result.append(location)
                bytes += location.byteLength
            }
            return result
        }
    }

    public func offset(forTimestamp timestamp: Int64, in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)? {
        try await database.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT b.base_offset, b.max_timestamp FROM batches b JOIN partitions p ON p.topic_id = b.topic_id AND p.partition = b.partition
                    WHERE b.topic_id = ? AND b.partition = ? AND b.max_timestamp >= ? AND b.last_offset >= p.log_start_offset
                    ORDER BY b.base_offset LIMIT 1
                    """, arguments: [partition.topicId.hex, partition.partition, timestamp]
            ).map { (offset: $0[0], timestamp: $0[1]) }
        }
    }

    public func maxTimestamp(in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)? {
        try await database.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT b.base_offset, b.max_timestamp FROM batches b JOIN partitions p ON p.topic_id = b.topic_id AND p.partition = b.partition
                    WHERE b.topic_id = ? AND b.partition = ? AND b.last_offset >= p.log_start_offset
                    ORDER BY b.max_timestamp DESC, b.base_offset LIMIT 1
                    """, arguments: [partition.topicId.hex, partition.partition]
            ).map { (offset: $0[0], timestamp: $0[1]) }
        }
    }

    public func advanceLogStart(_ partition: TopicPartitionID, to offset: Int64) async throws -> Int64 {
        try await database.write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT log_start_offset, high_watermark FROM partitions WHERE topic_id = ? AND partition = ?",
                    arguments: [partition.topicId.hex, partition.partition])
            else {
                throw ControlPlaneError(.unknownTopicOrPartition, "partition \(partition) does not exist")
            }
            let current: Int64 = row["log_start_offset"]
            let high: Int64 = row["high_watermark"]
            guard offset <= high else { throw ControlPlaneError(.offsetOutOfRange, "offset \(offset) is beyond the high watermark \(high)") }
            let next = max(current, offset)
            try db.execute(
                sql: "UPDATE partitions SET log_start_offset = ? WHERE topic_id = ? AND partition = ?",
                arguments: [next, partition.topicId.hex, partition.partition])
            for table in ["batches", "aborted_txns"] {
                try db.execute(
                    sql: "DELETE FROM \(table) WHERE topic_id = ? AND partition = ? AND last_offset < ?",
                    arguments: [partition.topicId.hex, partition.partition, next])
            }
            return next
        }
    }

    public func logSizes(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: Int64] {
        try await database.read { db in
            var sizes: [TopicPartitionID: Int64] = [:]
            for partition in partitions {
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT (SELECT coalesce(sum(byte_length), 0) FROM batches b WHERE b.topic_id = p.topic_id AND b.partition = p.partition) AS size
                        FROM partitions p WHERE p.topic_id = ? AND p.partition = ?
                        """, arguments: [partition.topicId.hex, partition.partition])
                if let row { sizes[partition] = row["size"] }
            }
            return sizes
        }
    }

    // MARK: Producers

    public func nextProducerId() async throws -> Int64 {
        try await database.write(Self.allocateProducerId)
    }

    static func allocateProducerId(_ db: Database) throws -> Int64 {
        let current = try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'next_producer_id'") ?? 1000
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('next_producer_id', ?)", arguments: [String(current + 1)])
        return current
    }

    // MARK: Consumer group offsets

    public func commitOffsets(group: String, _ offsets: [TopicPartitionName: CommittedOffset]) async throws {
        try await database.write { db in
            for (partition, committed) in offsets {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO group_offsets (group_id, topic, partition, committed_offset, leader_epoch, metadata) VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [group, partition.topic, partition.partition, committed.offset, committed.leaderEpoch, committed.metadata])
            }
        }
    }

    public func committedOffsets(group: String) async throws -> [TopicPartitionName: CommittedOffset] {
        try await database.read { db in
            var result: [TopicPartitionName: CommittedOffset] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT topic, partition, committed_offset, leader_epoch, metadata FROM group_offsets WHERE group_id = ?", arguments: [group])
            {
                result[TopicPartitionName(topic: row["topic"], partition: row["partition"])] =
                    CommittedOffset(offset: row["committed_offset"], leaderEpoch: row["leader_epoch"], metadata: row["metadata"])
            }
            return result
        }
    }

    public func deleteGroupOffsets(group: String) async throws {
        try await database.write { db in try db.execute(sql: "DELETE FROM group_offsets WHERE group_id = ?", arguments: [group]) }
    }

    public func deleteGroupOffsets(group: String, partitions: [TopicPartitionName]) async throws {
        try await database.write { db in
            for partition in partitions {
                try db.execute(
                    sql: "DELETE FROM group_offsets WHERE group_id = ? AND topic = ? AND partition = ?",
                    arguments: [group, partition.topic, partition.partition])
            }
        }
    }

    public func groupsWithOffsets() async throws -> [String] {
        try await database.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT group_id FROM group_offsets ORDER BY group_id") }
    }
}
