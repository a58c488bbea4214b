import Foundation
import KafkaLog
import KafkaProtocol
import PostgresNIO

/// The transaction coordinator on PostgreSQL. Each request is one database transaction that
/// locks the transactional id's row first: requests for one id serialize, and a crash at any
/// point leaves the transaction as it was before the request or wholly after it.
///
/// Ending a transaction then locks its partitions in (topic id, partition) order, as a commit
/// does, so a transactional batch's check in `fjord_commit_transactional` sees the
/// transaction either still ongoing or already ended, never halfway.
///
/// Times come from the database's clock, not the caller's `nowMs`: a transaction begun
/// through one agent is timed out by any replica, and a wall clock off by a minute on either
/// would otherwise cut it short or let it run on (the chaos harness's clock skew found this).
extension PostgresMetadataStore: TransactionTimeoutSweep {
    public func initTransactionalProducer(_ request: TransactionalProducerRequest, maxTimeoutMs: Int32) async throws -> ProducerIdAndEpoch {
        try await run("initialize transactional id \(request.transactionalId)") {
            try await transaction { connection in
                let current = try await Self.lockTransaction(request.transactionalId, connection)
                var request = request
                request.nowMs = try await Self.databaseNowMs(connection)
                return try await apply(try TransactionRules.initProducer(current, request, maxTimeoutMs: maxTimeoutMs), connection).producer
            }
        }
    }

    public func addPartitionsToTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, partitions: [TopicPartitionID], nowMs: Int64) async throws {
        try await run("add partitions to the transaction of \(transactionalId)") {
            try await transaction { connection in
                let current = try await Self.lockTransaction(transactionalId, connection)
                let step = try TransactionRules.addPartitions(
                    current, transactionalId: transactionalId, producer: producer, partitions: partitions, nowMs: try await Self.databaseNowMs(connection))
                _ = try await apply(step, connection)
            }
        }
    }

    public func addGroupToTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, group: String, nowMs: Int64) async throws {
        try await run("add group \(group) to the transaction of \(transactionalId)") {
            try await transaction { connection in
                let current = try await Self.lockTransaction(transactionalId, connection)
                _ = try await apply(
                    try TransactionRules.addGroup(
                        current, transactionalId: transactionalId, producer: producer, group: group, nowMs: try await Self.databaseNowMs(connection)),
                    connection)
            }
        }
    }

    public func commitTransactionalOffsets(
        _ transactionalId: String, producer: ProducerIdAndEpoch, group: String, offsets: [TopicPartitionName: CommittedOffset]
    ) async throws {
        try await run("commit offsets of group \(group) in the transaction of \(transactionalId)") {
            try await transaction { connection in
                let current = try await Self.lockTransaction(transactionalId, connection)
                try TransactionRules.checkOffsetCommit(current, transactionalId: transactionalId, producer: producer, group: group)
                let entries = offsets.sorted { $0.key < $1.key }
                // NULL metadata travels as a separate flag: postgres-nio arrays cannot hold NULL.
                try await connection.query(
                    """
                    INSERT INTO txn_offsets (transactional_id, group_id, topic, partition, committed_offset, leader_epoch, metadata)
                    SELECT \(transactionalId), \(group), t, q, o, e, CASE WHEN h THEN m END
                    FROM unnest(\(entries.map(\.key.topic)), \(entries.map(\.key.partition)), \(entries.map(\.value.offset)),
                                \(entries.map(\.value.leaderEpoch)), \(entries.map { $0.value.metadata ?? "" }), \(entries.map { $0.value.metadata != nil }))
                         AS u(t, q, o, e, m, h)
                    ON CONFLICT (transactional_id, group_id, topic, partition) DO UPDATE
                    SET committed_offset = EXCLUDED.committed_offset, leader_epoch = EXCLUDED.leader_epoch, metadata = EXCLUDED.metadata
                    """, logger: logger)
            }
        }
    }

    public func endTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, commit: Bool, nowMs: Int64) async throws {
        try await run("end the transaction of \(transactionalId)") {
            try await transaction { connection in
                let current = try await Self.lockTransaction(transactionalId, connection)
                let nowMs = try await Self.databaseNowMs(connection)
                guard let step = try TransactionRules.end(current, transactionalId: transactionalId, producer: producer, commit: commit, nowMs: nowMs)
                else { return }
                _ = try await apply(step, connection)
            }
        }
    }

    public func abortExpiredTransactions(nowMs: Int64) async throws -> [String] {
        try await run("abort expired transactions") {
            var aborted: [String] = []
            let candidates = try await Self.records(where: "x.state = 'Ongoing' AND \(Self.databaseNowSQL) - x.started_ms > x.timeout_ms", client: client)
            for candidate in candidates {
                // Each in its own transaction, re-read under its lock: it may have ended meanwhile.
                let ended = try await transaction { connection in
                    guard let current = try await Self.lockTransaction(candidate.transactionalId, connection),
                        let step = TransactionRules.expire(current, nowMs: try await Self.databaseNowMs(connection))
                    else { return false }
                    _ = try await apply(step, connection)
                    return true
                }
                if ended { aborted.append(candidate.transactionalId) }
            }
            return aborted
        }
    }

    public func transactions() async throws -> [TransactionRecord] {
        try await run("list transactions") { try await Self.records(where: "true", client: client) }
    }

    public func abortedTransactions(in partition: TopicPartitionID, overlapping offsets: ClosedRange<Int64>) async throws -> [AbortedTransaction] {
        try await run("read aborted transactions of \(partition)") {
            let rows = try await client.query(
                """
                SELECT producer_id, first_offset, last_offset FROM aborted_txns
                WHERE topic_id = \(partition.topicId.foundationUUID) AND partition = \(partition.partition)
                  AND last_offset >= \(offsets.lowerBound) AND first_offset <= \(offsets.upperBound)
                ORDER BY first_offset
                """, logger: logger)
            var result: [AbortedTransaction] = []
            for try await (producerId, first, last) in rows.decode((Int64, Int64, Int64).self) {
                result.append(AbortedTransaction(producerId: producerId, firstOffset: first, lastOffset: last))
            }
            return result
        }
    }

    public func activeProducers(in partition: TopicPartitionID) async throws -> [ActiveProducer] {
        try await run("read the producers of \(partition)") {
            let rows = try await client.query(
                """
                SELECT s.producer_id, s.epoch, coalesce(s.last_sequences[array_length(s.last_sequences, 1)], -1), coalesce(o.first_offset, -1)
                FROM producer_state s LEFT JOIN txn_open o USING (topic_id, partition, producer_id)
                WHERE s.topic_id = \(partition.topicId.foundationUUID) AND s.partition = \(partition.partition) ORDER BY s.producer_id
                """, logger: logger)
            var result: [ActiveProducer] = []
            for try await (producerId, epoch, sequence, openFrom) in rows.decode((Int64, Int16, Int32, Int64).self) {
                result.append(ActiveProducer(producerId: producerId, epoch: epoch, lastSequence: sequence, currentTransactionStartOffset: openFrom))
            }
            return result
        }
    }

    // MARK: Rows

    /// The database's time, in milliseconds: the start of the current database transaction.
    private static let databaseNowSQL = "(extract(epoch FROM now()) * 1000)::bigint"

    private static func databaseNowMs(_ connection: PostgresConnection) async throws -> Int64 {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT \(databaseNowSQL)"), logger: connection.logger)
        for try await nowMs in rows.decode(Int64.self) { return nowMs }
        throw ControlPlaneError(.unknownServerError, "PostgreSQL returned no time")
    }

    private static let recordColumns = """
        x.transactional_id, x.producer_id, x.producer_epoch, x.state, x.timeout_ms, x.started_ms, x.updated_ms, x.groups,
        coalesce((SELECT array_agg(p.topic_id ORDER BY p.topic_id, p.partition) FROM txn_partitions p WHERE p.transactional_id = x.transactional_id), '{}'),
        coalesce((SELECT array_agg(p.partition ORDER BY p.topic_id, p.partition) FROM txn_partitions p WHERE p.transactional_id = x.transactional_id), '{}')
        """

    private typealias RecordRow = (String, Int64, Int16, String, Int32, Int64, Int64, [String], [UUID], [Int32])

    private static func record(_ row: RecordRow) -> TransactionRecord {
        TransactionRecord(
            transactionalId: row.0, producerId: row.1, producerEpoch: row.2, state: TransactionState(rawValue: row.3) ?? .empty, timeoutMs: row.4,
            startedAtMs: row.5, updatedAtMs: row.6,
            partitions: zip(row.8, row.9).map { TopicPartitionID(topicId: KafkaUUID($0), partition: $1) }, groups: row.7)
    }

    private static func records(where condition: String, client: PostgresClient) async throws -> [TransactionRecord] {
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: "SELECT \(recordColumns) FROM transactions x WHERE \(condition) ORDER BY x.transactional_id"))
        var result: [TransactionRecord] = []
        for try await row in rows.decode(RecordRow.self) { result.append(record(row)) }
        return result
    }

    private static func lockTransaction(_ transactionalId: String, _ connection: PostgresConnection) async throws -> TransactionRecord? {
        // A transaction-scoped advisory lock on the id (two-key form, its own key space), taken
        // before reading: it also covers an id that has no row yet, so two first
        // InitProducerIds cannot both allocate.
        try await connection.query(
            "SELECT pg_advisory_xact_lock(\(Self.transactionLockClass), hashtext(\(transactionalId)))", logger: connection.logger)
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT \(recordColumns) FROM transactions x WHERE x.transactional_id = $1", binds: binds(transactionalId)),
            logger: connection.logger)
        for try await row in rows.decode(RecordRow.self) { return record(row) }
        return nil
    }

    /// The first key of the transactional ids' advisory locks ("txn" in ASCII).
    static let transactionLockClass: Int32 = 0x0074_786E

    private static func binds(_ value: String) -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(value)
        return bindings
    }

    /// Writes a step: first the end of the transaction it ends, then the record.
    private func apply(_ step: TransactionRules.Step, _ connection: PostgresConnection) async throws -> TransactionRecord {
        var next = step.next
        if let ending = step.ending { try await end(ending, nowMs: next.updatedAtMs, connection) }
        if step.needsNewProducerId {
            for try await id in try await connection.query("SELECT nextval('fjord_producer_ids')", logger: logger).decode(Int64.self) { next.producerId = id }
            next.producerEpoch = 0
        }
        try await connection.query(
            """
            INSERT INTO transactions (transactional_id, producer_id, producer_epoch, state, timeout_ms, started_ms, updated_ms, groups)
            VALUES (\(next.transactionalId), \(next.producerId), \(next.producerEpoch), \(next.state.rawValue), \(next.timeoutMs),
                    \(next.startedAtMs), \(next.updatedAtMs), \(next.groups))
            ON CONFLICT (transactional_id) DO UPDATE
            SET producer_id = EXCLUDED.producer_id, producer_epoch = EXCLUDED.producer_epoch, state = EXCLUDED.state, timeout_ms = EXCLUDED.timeout_ms,
                started_ms = EXCLUDED.started_ms, updated_ms = EXCLUDED.updated_ms, groups = EXCLUDED.groups
            """, logger: logger)
        try await connection.query("DELETE FROM txn_partitions WHERE transactional_id = \(next.transactionalId)", logger: logger)
        if !next.partitions.isEmpty {
            try await connection.query(
                """
                INSERT INTO txn_partitions (transactional_id, topic_id, partition)
                SELECT \(next.transactionalId), t, q FROM unnest(\(next.partitions.map(\.topicId.foundationUUID)), \(next.partitions.map(\.partition))) AS u(t, q)
                """, logger: logger)
        }
        return next
    }

    /// A marker in each partition at its high watermark, which moves past it; the partition's
    /// open range for the producer closes (recorded as aborted on abort); on commit, the
    /// pending offsets become the groups' offsets. Wakes long-polling fetches everywhere.
    private func end(_ ending: TransactionRules.Ending, nowMs: Int64, _ connection: PostgresConnection) async throws {
        let topics = ending.partitions.map(\.topicId.foundationUUID)
        let indexes = ending.partitions.map(\.partition)
        let markerType: Int16 = ending.commit ? 1 : 0
        if !ending.partitions.isEmpty {
            // Locks in commit order first, in a statement of its own. Under READ COMMITTED a
            // statement reads with the snapshot it began with: had the markers statement waited
            // for the locks itself, it would miss a transactional batch committed meanwhile
            // (its `txn_open` row), leaving that batch outside the aborted range and the range
            // open, for the producer's next commit to close as committed. A deleted partition
            // is skipped.
            try await connection.query(
                """
                SELECT 1 FROM partitions p
                WHERE (p.topic_id, p.partition) IN (SELECT u.t, u.q FROM unnest(\(topics), \(indexes)) AS u(t, q))
                ORDER BY p.topic_id, p.partition FOR UPDATE
                """, logger: logger)
            try await connection.query(
                """
                WITH locked AS (
                    SELECT p.topic_id, p.partition, p.high_watermark FROM partitions p
                    WHERE (p.topic_id, p.partition) IN (SELECT u.t, u.q FROM unnest(\(topics), \(indexes)) AS u(t, q))
                    ORDER BY p.topic_id, p.partition FOR UPDATE),
                markers AS (
                    INSERT INTO batches (topic_id, partition, base_offset, last_offset, object_key, byte_offset, byte_length, max_timestamp,
                                         marker_type, marker_producer, marker_epoch)
                    SELECT topic_id, partition, high_watermark, high_watermark, '', 0, \(Int32(TransactionMarker.batchLength)), \(nowMs),
                           \(markerType), \(ending.marker.producerId), \(ending.marker.epoch) FROM locked),
                raised AS (
                    UPDATE partitions p SET high_watermark = l.high_watermark + 1 FROM locked l
                    WHERE p.topic_id = l.topic_id AND p.partition = l.partition),
                closed AS (
                    DELETE FROM txn_open o USING locked l
                    WHERE o.topic_id = l.topic_id AND o.partition = l.partition AND o.producer_id = \(ending.marker.producerId)
                    RETURNING o.topic_id, o.partition, o.first_offset, l.high_watermark)
                INSERT INTO aborted_txns (topic_id, partition, producer_id, first_offset, last_offset)
                SELECT topic_id, partition, \(ending.marker.producerId), first_offset, high_watermark FROM closed WHERE NOT \(ending.commit)
                """, logger: logger)
        }
        if ending.commit && !ending.groups.isEmpty {
            try await connection.query(
                """
                INSERT INTO group_offsets (group_id, topic, partition, committed_offset, leader_epoch, metadata)
                SELECT group_id, topic, partition, committed_offset, leader_epoch, metadata FROM txn_offsets
                WHERE transactional_id = \(ending.transactionalId) AND group_id = ANY(\(ending.groups))
                ON CONFLICT (group_id, topic, partition) DO UPDATE
                SET committed_offset = EXCLUDED.committed_offset, leader_epoch = EXCLUDED.leader_epoch, metadata = EXCLUDED.metadata
                """, logger: logger)
        }
        try await connection.query("DELETE FROM txn_offsets WHERE transactional_id = \(ending.transactionalId)", logger: logger)
        try await connection.query("SELECT pg_notify('fjord_watermarks', '')", logger: logger)
    }
}
