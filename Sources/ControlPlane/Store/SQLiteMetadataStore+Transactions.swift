import Foundation
import GRDB
import KafkaLog
import KafkaProtocol

/// The transaction coordinator on SQLite: each request one write transaction (SQLite's single
/// writer serializes them with commits).
extension SQLiteMetadataStore: TransactionTimeoutSweep {
    public func initTransactionalProducer(_ request: TransactionalProducerRequest, maxTimeoutMs: Int32) async throws -> ProducerIdAndEpoch {
        try await database.write { db in
            let step = try TransactionRules.initProducer(try Self.transaction(id: request.transactionalId, db), request, maxTimeoutMs: maxTimeoutMs)
            return try Self.apply(step, db).producer
        }
    }

    public func addPartitionsToTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, partitions: [TopicPartitionID], nowMs: Int64) async throws {
        try await database.write { db in
            let step = try TransactionRules.addPartitions(
                try Self.transaction(id: transactionalId, db), transactionalId: transactionalId, producer: producer, partitions: partitions, nowMs: nowMs)
            _ = try Self.apply(step, db)
        }
    }

    public func addGroupToTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, group: String, nowMs: Int64) async throws {
        try await database.write { db in
            let step = try TransactionRules.addGroup(
                try Self.transaction(id: transactionalId, db), transactionalId: transactionalId, producer: producer, group: group, nowMs: nowMs)
            _ = try Self.apply(step, db)
        }
    }

    public func commitTransactionalOffsets(
        _ transactionalId: String, producer: ProducerIdAndEpoch, group: String, offsets: [TopicPartitionName: CommittedOffset]
    ) async throws {
        try await database.write { db in
            try TransactionRules.checkOffsetCommit(
                try Self.transaction(id: transactionalId, db), transactionalId: transactionalId, producer: producer, group: group)
            for (partition, committed) in offsets {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO txn_offsets (transactional_id, group_id, topic, partition, committed_offset, leader_epoch, metadata)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [transactionalId, group, partition.topic, partition.partition, committed.offset, committed.leaderEpoch, committed.metadata])
            }
        }
    }

    public func endTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, commit: Bool, nowMs: Int64) async throws {
        try await database.write { db in
            let current = try Self.transaction(id: transactionalId, db)
            guard let step = try TransactionRules.end(current, transactionalId: transactionalId, producer: producer, commit: commit, nowMs: nowMs) else {
                return
            }
            _ = try Self.apply(step, db)
        }
    }

    public func abortExpiredTransactions(nowMs: Int64) async throws -> [String] {
        try await database.write { db in
            var aborted: [String] = []
            for record in try Self.transactions(where: "state = 'Ongoing'", db) {
                guard let step = TransactionRules.expire(record, nowMs: nowMs) else { continue }
                _ = try Self.apply(step, db)
                aborted.append(record.transactionalId)
            }
            return aborted
        }
    }

    public func transactions() async throws -> [TransactionRecord] {
        try await database.read { db in try Self.transactions(where: "1", db) }
    }

    public func abortedTransactions(in partition: TopicPartitionID, overlapping offsets: ClosedRange<Int64>) async throws -> [AbortedTransaction] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT producer_id, first_offset, last_offset FROM aborted_txns
                    WHERE topic_id = ? AND partition = ? AND last_offset >= ? AND first_offset <= ? ORDER BY first_offset
                    """, arguments: [partition.topicId.hex, partition.partition, offsets.lowerBound, offsets.upperBound]
            ).map { AbortedTransaction(producerId: $0[0], firstOffset: $0[1], lastOffset: $0[2]) }
        }
    }

    public func activeProducers(in partition: TopicPartitionID) async throws -> [ActiveProducer] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.producer_id, s.state, coalesce(o.first_offset, -1) AS open_from FROM producer_state s
                    LEFT JOIN txn_open o ON o.topic_id = s.topic_id AND o.partition = s.partition AND o.producer_id = s.producer_id
                    WHERE s.topic_id = ? AND s.partition = ? ORDER BY s.producer_id
                    """, arguments: [partition.topicId.hex, partition.partition]
            ).map { row in
                let state = try JSONDecoder().decode(IdempotenceRules.State.self, from: Data((row["state"] as String).utf8))
                return ActiveProducer(
                    producerId: row["producer_id"], epoch: state.producerEpoch, lastSequence: state.recent.last?.lastSequence ?? -1,
                    currentTransactionStartOffset: row["open_from"])
            }
        }
    }

    // MARK: Rows

    static func transaction(id: String, _ db: Database) throws -> TransactionRecord? {
        try transactions(where: "transactional_id = ?", arguments: [id], db).first
    }

    static func transaction(producerId: Int64, _ db: Database) throws -> TransactionRecord? {
        try transactions(where: "producer_id = ?", arguments: [producerId], db).first
    }

    private static func transactions(where condition: String, arguments: StatementArguments = [], _ db: Database) throws -> [TransactionRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT transactional_id, producer_id, producer_epoch, state, timeout_ms, started_ms, updated_ms, partitions, groups
                FROM transactions WHERE \(condition) ORDER BY transactional_id
                """, arguments: arguments
        ).map { row in
            TransactionRecord(
                transactionalId: row["transactional_id"], producerId: row["producer_id"], producerEpoch: row["producer_epoch"],
                state: TransactionState(rawValue: row["state"]) ?? .empty, timeoutMs: row["timeout_ms"], startedAtMs: row["started_ms"],
                updatedAtMs: row["updated_ms"],
                partitions: try JSONDecoder().decode([TopicPartitionID].self, from: Data((row["partitions"] as String).utf8)),
                groups: try JSONDecoder().decode([String].self, from: Data((row["groups"] as String).utf8)))
        }
    }

    /// Writes a step: first the end of the transaction it ends, then the record.
    private static func apply(_ step: TransactionRules.Step, _ db: Database) throws -> TransactionRecord {
        var next = step.next
        if let ending = step.ending { try end(ending, nowMs: next.updatedAtMs, db) }
        if step.needsNewProducerId {
            next.producerId = try allocateProducerId(db)
            next.producerEpoch = 0
        }
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO transactions
                    (transactional_id, producer_id, producer_epoch, state, timeout_ms, started_ms, updated_ms, partitions, groups)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                next.transactionalId, next.producerId, next.producerEpoch, next.state.rawValue, next.timeoutMs, next.startedAtMs, next.updatedAtMs,
                try json(next.partitions), try json(next.groups),
            ])
        return next
    }

    /// A marker in each partition at its high watermark, which moves past it; the partition's
    /// open range for the producer closes (recorded as aborted on abort); on commit, the
    /// pending offsets become the groups' offsets.
    private static func end(_ ending: TransactionRules.Ending, nowMs: Int64, _ db: Database) throws {
        let marker = TransactionMarker(producerId: ending.marker.producerId, producerEpoch: ending.marker.epoch, isCommit: ending.commit, timestampMs: nowMs)
        for partition in ending.partitions {
            let key: StatementArguments = [partition.topicId.hex, partition.partition]
            guard let high = try Int64.fetchOne(db, sql: "SELECT high_watermark FROM partitions WHERE topic_id = ? AND partition = ?", arguments: key)
            else { continue }  // the topic was deleted
            try db.execute(
                sql: """
                    INSERT INTO batches (topic_id, partition, base_offset, last_offset, object_key, byte_offset, byte_length, max_timestamp,
                                         marker_type, marker_producer, marker_epoch)
                    VALUES (?, ?, ?, ?, '', 0, ?, ?, ?, ?, ?)
                    """,
                arguments: key + [high, high, TransactionMarker.batchLength, nowMs, marker.isCommit ? 1 : 0, marker.producerId, marker.producerEpoch])
            try db.execute(sql: "UPDATE partitions SET high_watermark = ? WHERE topic_id = ? AND partition = ?", arguments: [high + 1] + key)
            let open = key + [marker.producerId]
            let first = try Int64.fetchOne(
                db, sql: "SELECT first_offset FROM txn_open WHERE topic_id = ? AND partition = ? AND producer_id = ?", arguments: open)
            try db.execute(sql: "DELETE FROM txn_open WHERE topic_id = ? AND partition = ? AND producer_id = ?", arguments: open)
            if let first, !ending.commit {
                try db.execute(
                    sql: "INSERT INTO aborted_txns (topic_id, partition, producer_id, first_offset, last_offset) VALUES (?, ?, ?, ?, ?)",
                    arguments: open + [first, high])
            }
        }
        if ending.commit {
            for group in ending.groups {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO group_offsets (group_id, topic, partition, committed_offset, leader_epoch, metadata)
                        SELECT group_id, topic, partition, committed_offset, leader_epoch, metadata FROM txn_offsets
                        WHERE transactional_id = ? AND group_id = ?
                        """, arguments: [ending.transactionalId, group])
            }
        }
        try db.execute(sql: "DELETE FROM txn_offsets WHERE transactional_id = ?", arguments: [ending.transactionalId])
    }
}
