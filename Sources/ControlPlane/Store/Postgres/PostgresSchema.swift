/// Fjord's PostgreSQL schema, as numbered migrations. Each migration is a list of statements
/// (the extended protocol takes one statement per query) applied in one transaction, under an
/// advisory lock, so control planes starting together apply each migration exactly once.
///
/// Never edit a migration that has shipped: add the next one.
enum PostgresSchema {
    /// The advisory-lock key migrations run under ("fjord" in ASCII).
    static let migrationLockKey: Int64 = 0x666A_6F72_64

    static let migrations: [(version: Int32, statements: [String])] = [
        (
            1,
            [
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
            ]
        ),
        (
            2,
            [
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
            ]
        ),
        (
            3,
            [
                // Every policy version ever applied; the highest is in force. Rows are never
                // updated or deleted, so the history shows who could do what, and when.
                """
                CREATE TABLE policies (
                    version bigserial PRIMARY KEY, source text NOT NULL, file text NOT NULL, sha256 text NOT NULL,
                    applied_by text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """
            ]
        ),
        (
            4,
            [
                // SASL users: what checks a SCRAM proof (RFC 5802), never the password.
                """
                CREATE TABLE scram_credentials (
                    user_name text NOT NULL, mechanism text NOT NULL, salt bytea NOT NULL, iterations int NOT NULL,
                    stored_key bytea NOT NULL, server_key bytea NOT NULL, PRIMARY KEY (user_name, mechanism))
                """,
                // Every named Kafka listener of an agent, as NAME=host:port,...
                "ALTER TABLE agents ADD COLUMN listeners text NOT NULL DEFAULT ''",
            ]
        ),
        (
            5,
            [
                // What a segment's commit decided for the batches it did not append (duplicates,
                // refusals), so a retried commit of the same object (its first answer was lost)
                // gets the same answer; appended batches are found in `batches`. Rare rows: in
                // the usual commit nothing is written here.
                """
                CREATE TABLE commit_outcomes (
                    object_key text NOT NULL REFERENCES objects(key) ON DELETE CASCADE, byte_offset bigint NOT NULL,
                    status smallint NOT NULL, base_offset bigint NOT NULL, expected int NOT NULL,
                    PRIMARY KEY (object_key, byte_offset))
                """,
                commitOnceFunction,
            ]
        ),
        (
            6,
            [
                // Log compaction's checkpoint per partition, and when its first kept tombstone may go.
                "ALTER TABLE partitions ADD COLUMN cleaned_through bigint NOT NULL DEFAULT 0",
                "ALTER TABLE partitions ADD COLUMN tombstone_expiry_ms bigint",
            ]
        ),
        (
            7,
            [
                // ACL bindings made through the Kafka API. Rows are never deleted: DeleteAcls
                // sets deleted_*, so the history keeps every binding. acl_version is one row,
                // raised by every change in the same transaction (and locking it serializes
                // changes), so agents can poll it cheaply.
                """
                CREATE TABLE acl_bindings (
                    id bigserial PRIMARY KEY, resource_type smallint NOT NULL, resource_name text NOT NULL, pattern_type smallint NOT NULL,
                    principal text NOT NULL, host text NOT NULL, operation smallint NOT NULL, permission smallint NOT NULL,
                    created_by text NOT NULL, created_ms bigint NOT NULL, deleted_by text, deleted_ms bigint)
                """,
                """
                CREATE UNIQUE INDEX acl_bindings_in_force ON acl_bindings
                    (resource_type, resource_name, pattern_type, principal, host, operation, permission) WHERE deleted_ms IS NULL
                """,
                "CREATE TABLE acl_version (one boolean PRIMARY KEY DEFAULT true CHECK (one), version bigint NOT NULL)",
                "INSERT INTO acl_version (version) VALUES (0)",
            ]
        ),
        (
            8,
            [
                // Transactions. The coordinator's record per transactional id, its ongoing
                // transaction's partitions, and the offsets that commit with it.
                """
                CREATE TABLE transactions (
                    transactional_id text PRIMARY KEY, producer_id bigint NOT NULL UNIQUE, producer_epoch smallint NOT NULL,
                    state text NOT NULL, timeout_ms int NOT NULL, started_ms bigint NOT NULL, updated_ms bigint NOT NULL, groups text[] NOT NULL)
                """,
                """
                CREATE TABLE txn_partitions (
                    transactional_id text NOT NULL REFERENCES transactions(transactional_id) ON DELETE CASCADE,
                    topic_id uuid NOT NULL, partition int NOT NULL, PRIMARY KEY (transactional_id, topic_id, partition))
                """,
                """
                CREATE TABLE txn_offsets (
                    transactional_id text NOT NULL, group_id text NOT NULL, topic text NOT NULL, partition int NOT NULL,
                    committed_offset bigint NOT NULL, leader_epoch int NOT NULL, metadata text,
                    PRIMARY KEY (transactional_id, group_id, topic, partition))
                """,
                // The log side: where each producer's ongoing transaction began in each partition
                // (the oldest is the last stable offset), and the aborted ranges read_committed
                // fetches skip. Markers are batch-index rows with no object.
                """
                CREATE TABLE txn_open (
                    topic_id uuid NOT NULL, partition int NOT NULL, producer_id bigint NOT NULL, first_offset bigint NOT NULL,
                    PRIMARY KEY (topic_id, partition, producer_id),
                    FOREIGN KEY (topic_id, partition) REFERENCES partitions(topic_id, partition) ON DELETE CASCADE)
                """,
                """
                CREATE TABLE aborted_txns (
                    topic_id uuid NOT NULL, partition int NOT NULL, producer_id bigint NOT NULL, first_offset bigint NOT NULL, last_offset bigint NOT NULL,
                    PRIMARY KEY (topic_id, partition, last_offset),
                    FOREIGN KEY (topic_id, partition) REFERENCES partitions(topic_id, partition) ON DELETE CASCADE)
                """,
                "ALTER TABLE batches ADD COLUMN marker_type smallint, ADD COLUMN marker_producer bigint, ADD COLUMN marker_epoch smallint",
                commitTransactionalFunction,
            ]
        ),
        (
            9,
            [
                // Agent sessions: a new one each time an agent (re)joins the registry, so a
                // commit can be refused once the session it was taken in has lapsed.
                "CREATE SEQUENCE fjord_agent_sessions",
                "ALTER TABLE agents ADD COLUMN session bigint NOT NULL DEFAULT 0",
                // The elements of `a` at the positions `picks`, in that order.
                """
                CREATE FUNCTION fjord_pick(a anyarray, picks int[]) RETURNS anyarray LANGUAGE sql IMMUTABLE
                AS $$ SELECT ARRAY(SELECT a[x] FROM unnest(picks) WITH ORDINALITY AS u(x, o) ORDER BY o) $$
                """,
                // Whether an agent session is the registry's current one, heartbeated within live_secs.
                """
                CREATE FUNCTION fjord_session_live(a_agent text, a_session bigint, a_live_secs double precision) RETURNS boolean LANGUAGE sql
                AS $$ SELECT EXISTS (SELECT 1 FROM agents g WHERE g.agent_id = a_agent AND g.session = a_session
                                     AND g.last_heartbeat >= clock_timestamp() - make_interval(secs => a_live_secs)) $$
                """,
                commitFencedFunction,
            ]
        ),
        (
            10,
            [
                // An agent the metadata has left out: the read that leaves it out marks it,
                // under the row's lock, and neither its session nor commits under it go on.
                "ALTER TABLE agents ADD COLUMN lapsed boolean NOT NULL DEFAULT false",
                """
                CREATE OR REPLACE FUNCTION fjord_session_live(a_agent text, a_session bigint, a_live_secs double precision) RETURNS boolean
                LANGUAGE sql AS $$ SELECT EXISTS (SELECT 1 FROM agents g WHERE g.agent_id = a_agent AND g.session = a_session AND NOT g.lapsed
                                                  AND g.last_heartbeat >= clock_timestamp() - make_interval(secs => a_live_secs)) $$
                """,
                liveAgentsFunction,
            ]
        ),
        (
            11,
            [
                // Counts a group's claims: an offset write carries the claim it was made under
                // and writes nothing once the group has been claimed again (GroupOwnership).
                "ALTER TABLE group_owners ADD COLUMN claim bigint NOT NULL DEFAULT 0"
            ]
        ),
        (
            12,
            [
                // Where an agent serves the objects it owns to the agents of its group and zone
                // (host:port; '' when it does not): ZonePeers.
                "ALTER TABLE agents ADD COLUMN peer text NOT NULL DEFAULT ''"
            ]
        ),
    ]

    /// The agents that heartbeated within `a_expiry_secs`. Those that did not are first marked
    /// lapsed, which waits for a heartbeat of theirs in flight (it holds the row) and then
    /// judges the row it wrote; the list is read after that, in a snapshot of its own. So a
    /// heartbeat that began just before the expiry and committed just after either counts, and
    /// the agent is listed, or comes second and starts a new session: an agent is never left
    /// out of the metadata while keeping the session its commits are fenced by.
    static let liveAgentsFunction = """
        CREATE FUNCTION fjord_live_agents(a_expiry_secs double precision) RETURNS SETOF agents LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE agents SET lapsed = true WHERE NOT lapsed AND last_heartbeat < now() - make_interval(secs => a_expiry_secs);
            RETURN QUERY SELECT * FROM agents WHERE NOT lapsed AND last_heartbeat >= now() - make_interval(secs => a_expiry_secs) ORDER BY node_id;
        END $$
        """

    /// The entry point of every commit: `fjord_commit_transactional` (or `fjord_commit_once`
    /// when no batch is transactional) for the objects whose agent session is live, r_status 9
    /// for the batches of the others. An object is fenced when it is new (not committed by an
    /// earlier attempt, whose outcome stands) and its agent's session is not the registry's
    /// current one within `live_secs` of its last heartbeat, the window the metadata lists
    /// agents in; an empty o_agents entry is not checked. The sessions are checked again after
    /// the commit's locks and writes, just before the transaction commits: one that lapsed
    /// meanwhile (a long lock wait) rolls the whole call back with a serialization failure,
    /// which agents retry, and the retry refuses its objects up front. So once the metadata
    /// has dropped an agent, none of its new objects commits, at the cost of two index
    /// lookups per object and no second round of locks.
    static let commitFencedFunction = """
        CREATE FUNCTION fjord_commit_fenced(
            o_agents text[], o_sessions bigint[], live_secs double precision,
            o_keys text[], o_sizes bigint[], o_created bigint[],
            b_topic uuid[], b_partition int[], b_byte_offset bigint[], b_byte_length int[], b_last_delta int[],
            b_max_timestamp bigint[], b_producer bigint[], b_epoch smallint[], b_sequence int[], b_count int[], b_object int[], b_txn boolean[])
        RETURNS TABLE (r_status smallint, r_base_offset bigint, r_log_start bigint, r_expected int)
        LANGUAGE plpgsql AS $$
        DECLARE
            n int := coalesce(array_length(b_topic, 1), 0);
            m int := coalesce(array_length(o_keys, 1), 0);
            renumber int[] := array_fill(0, ARRAY[m]);
            checked int[] := '{}';
            k_keys text[] := '{}'; k_sizes bigint[] := '{}'; k_created bigint[] := '{}'; keep int[];
            o_status smallint[] := array_fill(9::smallint, ARRAY[n]); o_base bigint[] := array_fill((-1)::bigint, ARRAY[n]);
            o_ls bigint[] := array_fill((-1)::bigint, ARRAY[n]); o_expected int[] := array_fill(0, ARRAY[n]);
            j int; i int; res record;
        BEGIN
            FOR j IN 1..m LOOP
                IF o_agents[j] <> '' AND NOT EXISTS (SELECT 1 FROM objects o WHERE o.key = o_keys[j]) THEN
                    CONTINUE WHEN NOT fjord_session_live(o_agents[j], o_sessions[j], live_secs);
                    checked := checked || j;
                END IF;
                k_keys := k_keys || o_keys[j]; k_sizes := k_sizes || o_sizes[j]; k_created := k_created || o_created[j];
                renumber[j] := cardinality(k_keys);
            END LOOP;
            IF cardinality(k_keys) = m THEN
                IF true = ANY(b_txn) THEN
                    RETURN QUERY SELECT * FROM fjord_commit_transactional(o_keys, o_sizes, o_created, b_topic, b_partition, b_byte_offset,
                        b_byte_length, b_last_delta, b_max_timestamp, b_producer, b_epoch, b_sequence, b_count, b_object, b_txn);
                ELSE
                    RETURN QUERY SELECT * FROM fjord_commit_once(o_keys, o_sizes, o_created, b_topic, b_partition, b_byte_offset,
                        b_byte_length, b_last_delta, b_max_timestamp, b_producer, b_epoch, b_sequence, b_count, b_object);
                END IF;
            ELSE
                keep := ARRAY(SELECT x FROM generate_series(1, n) AS x WHERE renumber[b_object[x]] > 0 ORDER BY x);
                IF cardinality(keep) > 0 THEN
                    FOR res IN SELECT r.s, r.b, r.l, r.e, r.i FROM fjord_commit_transactional(k_keys, k_sizes, k_created,
                            fjord_pick(b_topic, keep), fjord_pick(b_partition, keep), fjord_pick(b_byte_offset, keep),
                            fjord_pick(b_byte_length, keep), fjord_pick(b_last_delta, keep), fjord_pick(b_max_timestamp, keep),
                            fjord_pick(b_producer, keep), fjord_pick(b_epoch, keep), fjord_pick(b_sequence, keep), fjord_pick(b_count, keep),
                            fjord_pick(renumber, fjord_pick(b_object, keep)), fjord_pick(b_txn, keep))
                            WITH ORDINALITY AS r(s, b, l, e, i)
                    LOOP
                        i := keep[res.i];
                        o_status[i] := res.s; o_base[i] := res.b; o_ls[i] := res.l; o_expected[i] := res.e;
                    END LOOP;
                END IF;
                RETURN QUERY SELECT * FROM unnest(o_status, o_base, o_ls, o_expected);
            END IF;
            FOREACH j IN ARRAY checked LOOP
                IF NOT fjord_session_live(o_agents[j], o_sessions[j], live_secs) THEN
                    RAISE EXCEPTION 'the registry session of agent % lapsed during its commit; retry', o_agents[j] USING ERRCODE = '40001';
                END IF;
            END LOOP;
        END $$
        """

    /// `fjord_commit_once` for calls with transactional batches. It first takes the locks
    /// `fjord_commit` takes, in the same order (re-taking them there is free), so a
    /// transaction's end, which holds its partitions' locks, is wholly before or wholly after
    /// the check. A transactional batch goes on only when its producer's transaction is ongoing
    /// at the batch's epoch and holds the partition (`TransactionRules.refusal`); each one
    /// appended opens the producer's range in its partition (`txn_open`, where the last stable
    /// offset comes from). r_status 6 not in the transaction, 7 another epoch (r_expected is
    /// the transaction's), 8 no transactional id.
    static let commitTransactionalFunction = """
        CREATE FUNCTION fjord_commit_transactional(
            o_keys text[], o_sizes bigint[], o_created bigint[],
            b_topic uuid[], b_partition int[], b_byte_offset bigint[], b_byte_length int[], b_last_delta int[],
            b_max_timestamp bigint[], b_producer bigint[], b_epoch smallint[], b_sequence int[], b_count int[], b_object int[], b_txn boolean[])
        RETURNS TABLE (r_status smallint, r_base_offset bigint, r_log_start bigint, r_expected int)
        LANGUAGE plpgsql AS $$
        DECLARE
            n int := coalesce(array_length(b_topic, 1), 0);
            o_status smallint[] := array_fill(0::smallint, ARRAY[n]); o_base bigint[] := array_fill((-1)::bigint, ARRAY[n]);
            o_ls bigint[] := array_fill((-1)::bigint, ARRAY[n]); o_expected int[] := array_fill(0, ARRAY[n]);
            keep int[] := '{}'; txn record; res record; i int;
        BEGIN
            PERFORM 1 FROM partitions t WHERE (t.topic_id, t.partition) IN (SELECT u.t, u.q FROM unnest(b_topic, b_partition) AS u(t, q))
                ORDER BY t.topic_id, t.partition FOR UPDATE;
            FOR i IN 1..n LOOP
                IF b_txn[i] THEN
                    SELECT x.producer_epoch, x.state,
                           EXISTS (SELECT 1 FROM txn_partitions tp WHERE tp.transactional_id = x.transactional_id
                                   AND tp.topic_id = b_topic[i] AND tp.partition = b_partition[i]) AS member
                        INTO txn FROM transactions x WHERE x.producer_id = b_producer[i];
                    IF NOT FOUND THEN o_status[i] := 8; CONTINUE; END IF;
                    IF txn.producer_epoch <> b_epoch[i] THEN o_status[i] := 7; o_expected[i] := txn.producer_epoch; CONTINUE; END IF;
                    IF txn.state <> 'Ongoing' OR NOT txn.member THEN o_status[i] := 6; CONTINUE; END IF;
                END IF;
                keep := keep || i;
            END LOOP;
            FOR res IN SELECT r.s, r.b, r.l, r.e, r.i FROM fjord_commit_once(o_keys, o_sizes, o_created,
                    ARRAY(SELECT b_topic[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_partition[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_byte_offset[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_byte_length[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_last_delta[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_max_timestamp[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_producer[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_epoch[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_sequence[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_count[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o),
                    ARRAY(SELECT b_object[x] FROM unnest(keep) WITH ORDINALITY AS u(x, o) ORDER BY o))
                    WITH ORDINALITY AS r(s, b, l, e, i)
            LOOP
                i := keep[res.i];
                o_status[i] := res.s; o_base[i] := res.b; o_ls[i] := res.l; o_expected[i] := res.e;
                IF res.s = 0 AND b_txn[i] THEN
                    INSERT INTO txn_open (topic_id, partition, producer_id, first_offset)
                        VALUES (b_topic[i], b_partition[i], b_producer[i], res.b) ON CONFLICT DO NOTHING;
                END IF;
            END LOOP;
            RETURN QUERY SELECT * FROM unnest(o_status, o_base, o_ls, o_expected);
        END $$
        """

    /// Commits any number of segments in one round trip and one transaction.
    ///
    /// It locks every partition touched in one fixed order (topic id, partition), so concurrent
    /// commits never deadlock, and reads those partitions and the producers' states once. Then,
    /// in memory and batch by batch, it applies the same rules as `IdempotenceRules` (kept in
    /// step by the shared contract tests) and assigns offsets from the high watermarks. Last, it
    /// writes everything with one statement per table: the cost per batch is a few array
    /// appends, not three statements. One row per batch comes back, in input order:
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
            -- Locked partitions: 'topic/partition' -> position in pt_*.
            pt_slot jsonb := '{}'; pt_topic uuid[] := '{}'; pt_part int[] := '{}'; pt_hw bigint[] := '{}'; pt_ls bigint[] := '{}';
            -- Producer states: 'topic/partition/producer' -> position in st_*; st_recent holds
            -- [[first sequence, last sequence, base offset], ...], oldest first, at most 5.
            st_slot jsonb := '{}'; st_topic uuid[] := '{}'; st_part int[] := '{}'; st_pid bigint[] := '{}';
            st_epoch smallint[] := '{}'; st_recent jsonb[] := '{}'; st_dirty boolean[] := '{}';
            -- The answer, and the batches to index.
            o_status smallint[] := '{}'; o_base bigint[] := '{}'; o_ls bigint[] := '{}'; o_expected int[] := '{}';
            x_topic uuid[] := '{}'; x_part int[] := '{}'; x_base bigint[] := '{}'; x_last bigint[] := '{}'; x_key text[] := '{}';
            x_offset bigint[] := '{}'; x_length int[] := '{}'; x_ts bigint[] := '{}';
            row record; p int; s int; pkey text; recent jsonb; last_seq int; verdict smallint; dup bigint; wanted int;
        BEGIN
            INSERT INTO objects (key, size, created_ms) SELECT * FROM unnest(o_keys, o_sizes, o_created);
            FOR row IN SELECT t.topic_id, t.partition, t.high_watermark, t.log_start_offset FROM partitions t
                WHERE (t.topic_id, t.partition) IN (SELECT u.t, u.q FROM unnest(b_topic, b_partition) AS u(t, q))
                ORDER BY t.topic_id, t.partition FOR UPDATE
            LOOP
                pt_topic := pt_topic || row.topic_id; pt_part := pt_part || row.partition;
                pt_hw := pt_hw || row.high_watermark; pt_ls := pt_ls || row.log_start_offset;
                pt_slot := pt_slot || jsonb_build_object(row.topic_id::text || '/' || row.partition, array_length(pt_topic, 1));
            END LOOP;
            FOR row IN SELECT ps.topic_id, ps.partition, ps.producer_id, ps.epoch,
                    (SELECT coalesce(jsonb_agg(jsonb_build_array(f, l, b) ORDER BY o), '[]') FROM unnest(ps.first_sequences, ps.last_sequences, ps.base_offsets) WITH ORDINALITY AS r(f, l, b, o)) AS recent
                FROM producer_state ps
                WHERE (ps.topic_id, ps.partition, ps.producer_id) IN (
                    SELECT u.t, u.q, u.pid FROM unnest(b_topic, b_partition, b_producer) AS u(t, q, pid) WHERE u.pid >= 0)
            LOOP
                st_topic := st_topic || row.topic_id; st_part := st_part || row.partition; st_pid := st_pid || row.producer_id;
                st_epoch := st_epoch || row.epoch; st_recent := st_recent || row.recent; st_dirty := st_dirty || false;
                st_slot := st_slot || jsonb_build_object(row.topic_id::text || '/' || row.partition || '/' || row.producer_id, array_length(st_topic, 1));
            END LOOP;
            FOR i IN 1..n LOOP
                p := (pt_slot ->> (b_topic[i]::text || '/' || b_partition[i]))::int;
                IF p IS NULL THEN
                    o_status := o_status || 2::smallint; o_base := o_base || (-1)::bigint; o_ls := o_ls || (-1)::bigint; o_expected := o_expected || 0;
                    CONTINUE;
                END IF;
                verdict := 0; dup := -1; wanted := 0; s := NULL;
                IF b_producer[i] >= 0 THEN
                    pkey := b_topic[i]::text || '/' || b_partition[i] || '/' || b_producer[i];
                    s := (st_slot ->> pkey)::int;
                    IF s IS NOT NULL THEN
                        IF b_epoch[i] < st_epoch[s] THEN
                            verdict := 3;
                        ELSIF b_epoch[i] > st_epoch[s] THEN
                            IF b_sequence[i] <> 0 THEN verdict := 4; END IF;
                        ELSE
                            recent := st_recent[s];
                            last_seq := fjord_sequence_add(b_sequence[i], b_count[i] - 1);
                            FOR k IN 0..jsonb_array_length(recent) - 1 LOOP
                                IF (recent->k->>0)::int = b_sequence[i] AND (recent->k->>1)::int = last_seq THEN
                                    verdict := 1; dup := (recent->k->>2)::bigint;
                                END IF;
                            END LOOP;
                            IF verdict = 0 AND jsonb_array_length(recent) > 0
                               AND b_sequence[i] <> fjord_sequence_add((recent->-1->>1)::int, 1) THEN
                                verdict := 4; wanted := fjord_sequence_add((recent->-1->>1)::int, 1);
                            END IF;
                        END IF;
                    END IF;
                END IF;
                IF verdict <> 0 THEN
                    o_status := o_status || verdict; o_base := o_base || dup; o_ls := o_ls || pt_ls[p]; o_expected := o_expected || wanted;
                    CONTINUE;
                END IF;
                x_topic := x_topic || b_topic[i]; x_part := x_part || b_partition[i]; x_base := x_base || pt_hw[p];
                x_last := x_last || (pt_hw[p] + b_last_delta[i]); x_key := x_key || o_keys[b_object[i]];
                x_offset := x_offset || b_byte_offset[i]; x_length := x_length || b_byte_length[i]; x_ts := x_ts || b_max_timestamp[i];
                o_status := o_status || 0::smallint; o_base := o_base || pt_hw[p]; o_ls := o_ls || pt_ls[p]; o_expected := o_expected || 0;
                IF b_producer[i] >= 0 THEN
                    IF s IS NULL THEN
                        st_topic := st_topic || b_topic[i]; st_part := st_part || b_partition[i]; st_pid := st_pid || b_producer[i];
                        st_epoch := st_epoch || b_epoch[i]; st_recent := st_recent || '[]'::jsonb; st_dirty := st_dirty || true;
                        s := array_length(st_topic, 1);
                        st_slot := st_slot || jsonb_build_object(pkey, s);
                    ELSIF st_epoch[s] <> b_epoch[i] THEN
                        st_epoch[s] := b_epoch[i]; st_recent[s] := '[]'::jsonb;
                    END IF;
                    recent := st_recent[s] || jsonb_build_array(jsonb_build_array(b_sequence[i], fjord_sequence_add(b_sequence[i], b_count[i] - 1), pt_hw[p]));
                    IF jsonb_array_length(recent) > 5 THEN recent := recent - 0; END IF;  -- IdempotenceRules.retainedBatches
                    st_recent[s] := recent; st_dirty[s] := true;
                END IF;
                pt_hw[p] := pt_hw[p] + b_last_delta[i] + 1;
            END LOOP;
            INSERT INTO batches (topic_id, partition, base_offset, last_offset, object_key, byte_offset, byte_length, max_timestamp)
                SELECT * FROM unnest(x_topic, x_part, x_base, x_last, x_key, x_offset, x_length, x_ts);
            UPDATE partitions t SET high_watermark = u.h FROM unnest(pt_topic, pt_part, pt_hw) AS u(q_topic, q_part, h)
                WHERE t.topic_id = u.q_topic AND t.partition = u.q_part AND t.high_watermark <> u.h;
            INSERT INTO producer_state AS ps (topic_id, partition, producer_id, epoch, first_sequences, last_sequences, base_offsets)
                SELECT u.t, u.q, u.pid, u.e,
                       ARRAY(SELECT (v->>0)::int FROM jsonb_array_elements(u.r) WITH ORDINALITY AS a(v, o) ORDER BY o),
                       ARRAY(SELECT (v->>1)::int FROM jsonb_array_elements(u.r) WITH ORDINALITY AS a(v, o) ORDER BY o),
                       ARRAY(SELECT (v->>2)::bigint FROM jsonb_array_elements(u.r) WITH ORDINALITY AS a(v, o) ORDER BY o)
                FROM unnest(st_topic, st_part, st_pid, st_epoch, st_recent, st_dirty) AS u(t, q, pid, e, r, d) WHERE u.d
                ON CONFLICT (topic_id, partition, producer_id) DO UPDATE
                SET epoch = EXCLUDED.epoch, first_sequences = EXCLUDED.first_sequences,
                    last_sequences = EXCLUDED.last_sequences, base_offsets = EXCLUDED.base_offsets;
            PERFORM pg_notify('fjord_watermarks', '');
            RETURN QUERY SELECT * FROM unnest(o_status, o_base, o_ls, o_expected);
        END $$
        """

    /// `fjord_commit`, made safe to retry: an object an earlier call already committed is
    /// answered with that call's outcome, batch by batch (an appended batch with the offset the
    /// index gives it, any other with the outcome `commit_outcomes` recorded); only new objects
    /// go to `fjord_commit`, and their batches that were not appended are recorded. A batch of
    /// an old object with neither answers r_status 5 (unknown).
    ///
    /// An agent whose commit answer was lost (a replica killed after the transaction
    /// committed, a dropped database connection) retries with the same object key, so it can
    /// still answer its producers with their offsets. Two attempts running at once serialize on
    /// the object's key in `fjord_commit`: the second fails and its retry finds the first's outcome.
    /// The usual call (no object seen before) costs one index lookup more than `fjord_commit`.
    static let commitOnceFunction = """
        CREATE FUNCTION fjord_commit_once(
            o_keys text[], o_sizes bigint[], o_created bigint[],
            b_topic uuid[], b_partition int[], b_byte_offset bigint[], b_byte_length int[], b_last_delta int[],
            b_max_timestamp bigint[], b_producer bigint[], b_epoch smallint[], b_sequence int[], b_count int[], b_object int[])
        RETURNS TABLE (r_status smallint, r_base_offset bigint, r_log_start bigint, r_expected int)
        LANGUAGE plpgsql AS $$
        DECLARE
            n int := coalesce(array_length(b_topic, 1), 0);
            m int := coalesce(array_length(o_keys, 1), 0);
            known text[];
            -- Per object: its position among the new objects, or 0 if an earlier call committed it.
            renumber int[] := array_fill(0, ARRAY[m]);
            k_keys text[] := '{}'; k_sizes bigint[] := '{}'; k_created bigint[] := '{}'; f_index int[];
            o_status smallint[]; o_base bigint[]; o_ls bigint[]; o_expected int[];
            i int; j int; found_base bigint; earlier record; res record;
        BEGIN
            SELECT coalesce(array_agg(o.key), '{}') INTO known FROM objects o WHERE o.key = ANY(o_keys);
            IF cardinality(known) = 0 THEN
                -- The usual call: every object is new.
                SELECT coalesce(array_agg(r.s ORDER BY r.i), '{}'), coalesce(array_agg(r.b ORDER BY r.i), '{}'),
                       coalesce(array_agg(r.l ORDER BY r.i), '{}'), coalesce(array_agg(r.e ORDER BY r.i), '{}')
                    INTO o_status, o_base, o_ls, o_expected
                    FROM fjord_commit(o_keys, o_sizes, o_created, b_topic, b_partition, b_byte_offset, b_byte_length, b_last_delta,
                                      b_max_timestamp, b_producer, b_epoch, b_sequence, b_count, b_object) WITH ORDINALITY AS r(s, b, l, e, i);
                INSERT INTO commit_outcomes (object_key, byte_offset, status, base_offset, expected)
                    SELECT o_keys[b_object[x]], b_byte_offset[x], o_status[x], o_base[x], o_expected[x]
                    FROM generate_series(1, n) AS x WHERE o_status[x] <> 0;
                RETURN QUERY SELECT * FROM unnest(o_status, o_base, o_ls, o_expected);
                RETURN;
            END IF;
            -- A retry: answer the objects committed before, commit the others.
            o_status := array_fill(0::smallint, ARRAY[n]); o_base := array_fill((-1)::bigint, ARRAY[n]);
            o_ls := array_fill((-1)::bigint, ARRAY[n]); o_expected := array_fill(0, ARRAY[n]);
            FOR j IN 1..m LOOP
                IF o_keys[j] = ANY(known) THEN CONTINUE; END IF;
                k_keys := k_keys || o_keys[j]; k_sizes := k_sizes || o_sizes[j]; k_created := k_created || o_created[j];
                renumber[j] := array_length(k_keys, 1);
            END LOOP;
            FOR i IN 1..n LOOP
                CONTINUE WHEN renumber[b_object[i]] > 0;
                o_ls[i] := coalesce((SELECT t.log_start_offset FROM partitions t WHERE t.topic_id = b_topic[i] AND t.partition = b_partition[i]), -1);
                SELECT c.status, c.base_offset, c.expected INTO earlier FROM commit_outcomes c
                    WHERE c.object_key = o_keys[b_object[i]] AND c.byte_offset = b_byte_offset[i];
                IF FOUND THEN
                    o_status[i] := earlier.status; o_base[i] := earlier.base_offset; o_expected[i] := earlier.expected;
                    CONTINUE;
                END IF;
                SELECT b.base_offset INTO found_base FROM batches b
                    WHERE b.object_key = o_keys[b_object[i]] AND b.byte_offset = b_byte_offset[i] AND b.topic_id = b_topic[i] AND b.partition = b_partition[i];
                IF FOUND THEN o_base[i] := found_base; ELSE o_status[i] := 5; END IF;
            END LOOP;
            IF array_length(k_keys, 1) > 0 THEN
                f_index := ARRAY(SELECT x FROM generate_series(1, n) AS x WHERE renumber[b_object[x]] > 0 ORDER BY x);
                FOR res IN SELECT r.s, r.b, r.l, r.e, r.i FROM fjord_commit(k_keys, k_sizes, k_created,
                        ARRAY(SELECT b_topic[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_partition[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_byte_offset[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_byte_length[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_last_delta[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_max_timestamp[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_producer[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_epoch[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_sequence[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT b_count[x] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o),
                        ARRAY(SELECT renumber[b_object[x]] FROM unnest(f_index) WITH ORDINALITY AS u(x, o) ORDER BY o))
                        WITH ORDINALITY AS r(s, b, l, e, i)
                LOOP
                    i := f_index[res.i];
                    o_status[i] := res.s; o_base[i] := res.b; o_ls[i] := res.l; o_expected[i] := res.e;
                    IF res.s <> 0 THEN
                        INSERT INTO commit_outcomes (object_key, byte_offset, status, base_offset, expected)
                            VALUES (o_keys[b_object[i]], b_byte_offset[i], res.s, res.b, res.e);
                    END IF;
                END LOOP;
            END IF;
            RETURN QUERY SELECT * FROM unnest(o_status, o_base, o_ls, o_expected);
        END $$
        """
}
