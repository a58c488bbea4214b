/// Fjord's PostgreSQL schema, as numbered migrations. Each migration is a list of statements
/// (the extended protocol takes one statement per query) applied in one transaction, under an
/// advisory lock, so control planes starting together apply each migration exactly once.
///
/// Never edit a migration that has shipped: add the next one.
enum PostgresSchema {
    /// The advisory-lock key migrations run under ("fjord" in ASCII).
    static let migrationLockKey: Int64 = 0x666A_6F72_64

    static let migrations: [(version: Int32, statements: [String])] = [
        (1, [
            "CREATE TABLE fjord_meta (key text PRIMARY KEY, value text NOT NULL)",
            "CREATE SEQUENCE fjord_producer_ids START 1000",
            "CREATE TABLE topics (id uuid PRIMARY KEY, name text NOT NULL UNIQUE, partitions int NOT NULL, configs jsonb NOT NULL)",
            """
            CREATE TABLE partitions (
                topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE, partition int NOT NULL,
                log_start_offset bigint NOT NULL DEFAULT 0, high_watermark bigint NOT NULL DEFAULT 0,
                PRIMARY KEY (topic_id, partition))
            """,
            "CREATE TABLE objects (key text PRIMARY KEY, size bigint NOT NULL, created_ms bigint NOT NULL)",
            """
            CREATE TABLE batches (
                topic_id uuid NOT NULL, partition int NOT NULL, base_offset bigint NOT NULL, last_offset bigint NOT NULL,
                object_key text NOT NULL, byte_offset bigint NOT NULL, byte_length int NOT NULL, max_timestamp bigint NOT NULL,
                PRIMARY KEY (topic_id, partition, base_offset),
                FOREIGN KEY (topic_id, partition) REFERENCES partitions(topic_id, partition) ON DELETE CASCADE)
            """,
            "CREATE INDEX batches_by_last_offset ON batches (topic_id, partition, last_offset)",
            "CREATE INDEX batches_by_object ON batches (object_key)",
            """
            CREATE TABLE producer_state (
                topic_id uuid NOT NULL, partition int NOT NULL, producer_id bigint NOT NULL, epoch smallint NOT NULL,
                first_sequences int[] NOT NULL, last_sequences int[] NOT NULL, base_offsets bigint[] NOT NULL,
                PRIMARY KEY (topic_id, partition, producer_id),
                FOREIGN KEY (topic_id, partition) REFERENCES partitions(topic_id, partition) ON DELETE CASCADE)
            """,
            """
            CREATE TABLE group_offsets (
                group_id text NOT NULL, topic text NOT NULL, partition int NOT NULL,
                committed_offset bigint NOT NULL, leader_epoch int NOT NULL, metadata text,
                PRIMARY KEY (group_id, topic, partition))
            """,
            // Sequences wrap from Int32.max to 0, as Kafka's do (IdempotenceRules.sequence).
            """
            CREATE FUNCTION fjord_sequence_add(value int, delta int) RETURNS int
            LANGUAGE sql IMMUTABLE AS $$ SELECT ((value::bigint + delta) % 2147483648)::int $$
            """,
            commitFunction,
        ]),
        (2, [
            // Agent keys: only a SHA-256 of each key is kept.
            """
            CREATE TABLE agent_keys (
                id text PRIMARY KEY, agent_group text NOT NULL, key_hash bytea NOT NULL UNIQUE,
                created_at timestamptz NOT NULL DEFAULT now())
            """,
            // The registry: live agents, refreshed by heartbeats.
            """
            CREATE TABLE agents (
                agent_id text PRIMARY KEY, agent_group text NOT NULL, roles text NOT NULL, zone text NOT NULL,
                advertised_host text NOT NULL, advertised_port int NOT NULL, node_id int NOT NULL,
                last_heartbeat timestamptz NOT NULL)
            """,
            "CREATE SEQUENCE fjord_node_ids START 1",
            // Control-plane replicas, and which one coordinates each consumer group (the holder
            // of the group's advisory lock writes itself here).
            """
            CREATE TABLE control_planes (
                replica_id text PRIMARY KEY, url text NOT NULL, last_heartbeat timestamptz NOT NULL)
            """,
            "CREATE TABLE group_owners (group_id text PRIMARY KEY, replica_id text NOT NULL, since timestamptz NOT NULL DEFAULT now())",
        ]),
    ]

    /// Commits any number of segments in one round trip and one transaction.
    ///
    /// It locks every partition touched in one fixed order (topic id, partition), so concurrent
    /// commits never deadlock; then, batch by batch, it applies the same rules as
    /// `IdempotenceRules` (kept in step by the shared contract tests), assigns offsets from the
    /// high watermark and indexes the batch. One row per batch comes back, in input order:
    /// r_status 0 appended, 1 duplicate, 2 unknown partition, 3 fenced epoch, 4 out of order.
    static let commitFunction = """
        CREATE FUNCTION fjord_commit(
            o_keys text[], o_sizes bigint[], o_created bigint[],
            b_topic uuid[], b_partition int[], b_byte_offset bigint[], b_byte_length int[], b_last_delta int[],
            b_max_timestamp bigint[], b_producer bigint[], b_epoch smallint[], b_sequence int[], b_count int[], b_object int[])
        RETURNS TABLE (r_status smallint, r_base_offset bigint, r_log_start bigint, r_expected int)
        LANGUAGE plpgsql AS $$
        DECLARE
            n int := coalesce(array_length(b_topic, 1), 0);
            hw bigint; ls bigint; last_seq int; k int; known boolean;
            st producer_state%ROWTYPE;
            firsts int[]; lasts int[]; bases bigint[];
        BEGIN
            INSERT INTO objects (key, size, created_ms) SELECT * FROM unnest(o_keys, o_sizes, o_created);
            PERFORM 1 FROM partitions p
                WHERE (p.topic_id, p.partition) IN (SELECT u.t, u.q FROM unnest(b_topic, b_partition) AS u(t, q))
                ORDER BY p.topic_id, p.partition FOR UPDATE;
            <<each_batch>>
            FOR i IN 1..n LOOP
                r_base_offset := -1; r_log_start := -1; r_expected := 0;
                SELECT p.high_watermark, p.log_start_offset INTO hw, ls FROM partitions p
                    WHERE p.topic_id = b_topic[i] AND p.partition = b_partition[i];
                IF NOT FOUND THEN
                    r_status := 2; RETURN NEXT; CONTINUE each_batch;
                END IF;
                r_log_start := ls;
                known := false;
                IF b_producer[i] >= 0 THEN
                    SELECT * INTO st FROM producer_state s
                        WHERE s.topic_id = b_topic[i] AND s.partition = b_partition[i] AND s.producer_id = b_producer[i];
                    known := FOUND;
                    IF known THEN
                        IF b_epoch[i] < st.epoch THEN
                            r_status := 3; RETURN NEXT; CONTINUE each_batch;
                        ELSIF b_epoch[i] > st.epoch THEN
                            IF b_sequence[i] <> 0 THEN r_status := 4; RETURN NEXT; CONTINUE each_batch; END IF;
                        ELSE
                            last_seq := fjord_sequence_add(b_sequence[i], b_count[i] - 1);
                            FOR k IN 1..coalesce(array_length(st.first_sequences, 1), 0) LOOP
                                IF st.first_sequences[k] = b_sequence[i] AND st.last_sequences[k] = last_seq THEN
                                    r_status := 1; r_base_offset := st.base_offsets[k]; RETURN NEXT; CONTINUE each_batch;
                                END IF;
                            END LOOP;
                            k := coalesce(array_length(st.last_sequences, 1), 0);
                            IF k > 0 AND b_sequence[i] <> fjord_sequence_add(st.last_sequences[k], 1) THEN
                                r_status := 4; r_expected := fjord_sequence_add(st.last_sequences[k], 1); RETURN NEXT; CONTINUE each_batch;
                            END IF;
                        END IF;
                    END IF;
                END IF;
                UPDATE partitions SET high_watermark = hw + b_last_delta[i] + 1
                    WHERE topic_id = b_topic[i] AND partition = b_partition[i];
                INSERT INTO batches (topic_id, partition, base_offset, last_offset, object_key, byte_offset, byte_length, max_timestamp)
                    VALUES (b_topic[i], b_partition[i], hw, hw + b_last_delta[i], o_keys[b_object[i]], b_byte_offset[i], b_byte_length[i], b_max_timestamp[i]);
                IF b_producer[i] >= 0 THEN
                    IF known AND st.epoch = b_epoch[i] THEN
                        firsts := st.first_sequences; lasts := st.last_sequences; bases := st.base_offsets;
                    ELSE
                        firsts := '{}'; lasts := '{}'; bases := '{}';
                    END IF;
                    firsts := firsts || b_sequence[i];
                    lasts := lasts || fjord_sequence_add(b_sequence[i], b_count[i] - 1);
                    bases := bases || hw;
                    k := array_length(firsts, 1);
                    IF k > 5 THEN  -- IdempotenceRules.retainedBatches
                        firsts := firsts[k - 4:k]; lasts := lasts[k - 4:k]; bases := bases[k - 4:k];
                    END IF;
                    INSERT INTO producer_state AS s (topic_id, partition, producer_id, epoch, first_sequences, last_sequences, base_offsets)
                        VALUES (b_topic[i], b_partition[i], b_producer[i], b_epoch[i], firsts, lasts, bases)
                        ON CONFLICT (topic_id, partition, producer_id) DO UPDATE
                        SET epoch = EXCLUDED.epoch, first_sequences = EXCLUDED.first_sequences,
                            last_sequences = EXCLUDED.last_sequences, base_offsets = EXCLUDED.base_offsets;
                END IF;
                r_status := 0; r_base_offset := hw; RETURN NEXT;
            END LOOP;
            PERFORM pg_notify('fjord_watermarks', '');
        END $$
        """
}
