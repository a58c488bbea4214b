"""The production shape: 2 control-plane replicas on PostgreSQL and 3 agents on SeaweedFS,
as separate processes. Faults are real: kill -9, a PostgreSQL restart. Whatever a producer
was told is written must be read back by consuming every acknowledged key."""
import os
import signal
import subprocess
import tempfile
import threading
import time

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewPartitions, NewTopic

from cluster import Cluster, psql, requires_services
from conftest import binary, create_topic, unique

pytestmark = requires_services


@pytest.fixture(scope="module")
def cluster():
    c = Cluster()
    wait_until_agents_agree(c, (0, 1, 2), lambda view: len(view) == 3, within=10)
    yield c
    codes = c.stop()
    assert all(code == 0 for code in codes), f"processes did not exit cleanly on SIGTERM: {codes}"


def produce(bootstrap, topic, keys, acked, pause=0.0, **settings):
    """Produces one record per key (`pause` seconds apart); `acked` collects the keys the
    broker acknowledged."""
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5, "enable.idempotence": True,
                         "message.timeout.ms": 60000, **settings})

    def delivered(error, message):
        if error is None:
            acked.append(message.key().decode())

    for key in keys:
        while True:
            try:
                producer.produce(topic, key=key, value=f"value-{key}", on_delivery=delivered)
                break
            except BufferError:
                producer.poll(0.1)
        producer.poll(0)
        if pause:
            time.sleep(pause)
    assert producer.flush(90) == 0, "records left undelivered"


def consume_all(bootstrap, topic, expected, timeout=60, group=None):
    """Reads the topic from the beginning until `expected` records arrived; returns (key, partition, offset)."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group or unique("reader"),
                         "auto.offset.reset": "earliest", "enable.auto.commit": False})
    consumer.subscribe([topic])
    seen, errors = [], []
    deadline = time.time() + timeout
    while len(seen) < expected and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is None:
            continue
        if message.error():
            errors.append(message.error().str())
            continue
        seen.append((message.key().decode(), message.partition(), message.offset()))
    assignment = consumer.assignment()
    consumer.close()
    if len(seen) < expected:  # say why, for a failure on a machine we cannot look at
        print(f"consume_all: {len(seen)} of {expected} from {bootstrap}; assignment {assignment}; errors {errors[-10:]}")
    return seen


def test_a_producer_on_one_agent_and_a_consumer_on_another_see_the_same_ordered_data(cluster):
    topic = unique("shared")
    create_topic(cluster.bootstrap(0), topic)
    acked = []
    produce(cluster.bootstrap(0), topic, [f"k{i:05d}" for i in range(2000)], acked)
    seen = consume_all(cluster.bootstrap(2), topic, len(acked))
    assert sorted(key for key, _, _ in seen) == sorted(acked)
    for partition in range(4):
        offsets = [offset for _, p, offset in seen if p == partition]
        assert offsets == sorted(offsets) and len(offsets) == len(set(offsets))
        keys = [key for key, p, _ in seen if p == partition]
        assert keys == sorted(keys), "a partition's records came back out of order"


def test_group_members_on_different_agents_share_the_partitions(cluster):
    topic, group = unique("shared-group"), unique("group")
    create_topic(cluster.bootstrap(0), topic)
    consumers = [Consumer({"bootstrap.servers": cluster.bootstrap(i), "group.id": group, "auto.offset.reset": "earliest",
                           "session.timeout.ms": 6000}) for i in (0, 2)]
    for consumer in consumers:
        consumer.subscribe([topic])
    deadline = time.time() + 40
    assignments = [set(), set()]
    while time.time() < deadline and not (assignments[0] and assignments[1] and len(assignments[0] | assignments[1]) == 4):
        for index, consumer in enumerate(consumers):
            consumer.poll(0.2)
            assignments[index] = {tp.partition for tp in consumer.assignment()}
    for consumer in consumers:
        consumer.close()
    assert assignments[0] and assignments[1], f"one member got nothing: {assignments}"
    assert assignments[0].isdisjoint(assignments[1]) and assignments[0] | assignments[1] == {0, 1, 2, 3}


def test_kill_9_of_an_agent_during_produce_loses_nothing_acknowledged_and_duplicates_nothing(cluster):
    topic = unique("agent-crash")
    create_topic(cluster.bootstrap(0), topic)
    acked = []
    keys = [f"k{i:06d}" for i in range(20000)]
    producing = threading.Thread(target=produce, args=(cluster.all_bootstrap, topic, keys, acked), kwargs={"retries": 1000000})
    producing.start()
    time.sleep(1.5)
    cluster.kill(cluster.agents[1])  # kill -9, mid-load
    producing.join(120)
    assert not producing.is_alive()
    seen = consume_all(cluster.bootstrap(0), topic, len(acked), timeout=90)
    seen_keys = [key for key, _, _ in seen]
    assert set(acked) <= set(seen_keys), f"{len(set(acked) - set(seen_keys))} acknowledged records lost"
    assert len(seen_keys) == len(set(seen_keys)), f"{len(seen_keys) - len(set(seen_keys))} duplicates"
    cluster.start_agent(1)
    cluster.wait_for_agents(3)
    wait_until_agents_agree(cluster, (0, 1, 2), lambda view: len(view) == 3, within=10)


def test_kill_9_of_a_control_plane_replica_moves_its_groups(cluster):
    topic, group = unique("replica-crash"), unique("moving-group")
    create_topic(cluster.bootstrap(0), topic)
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap(1), "group.id": group, "auto.offset.reset": "earliest",
                         "session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
    consumer.subscribe([topic])
    acked = []
    produce(cluster.bootstrap(0), topic, [f"a{i}" for i in range(100)], acked)
    received = set()
    deadline = time.time() + 30
    while len(received) < 100 and time.time() < deadline:
        message = consumer.poll(0.3)
        if message is not None and not message.error():
            received.add(message.key().decode())
    assert len(received) == 100
    owner_url = psql(cluster.postgres, f"SELECT c.url FROM group_owners g JOIN control_planes c USING (replica_id) WHERE g.group_id = '{group}'")
    owner = cluster.replica_urls.index(owner_url)
    cluster.kill(cluster.replicas[owner])
    killed_at = time.time()
    produce(cluster.bootstrap(0), topic, [f"b{i}" for i in range(100)], acked)
    while len(received) < 200 and time.time() < killed_at + 30:
        message = consumer.poll(0.3)
        if message is not None and not message.error():
            received.add(message.key().decode())
    moved_after = time.time() - killed_at
    consumer.close()
    assert len(received) == 200, f"only {len(received)} of 200 records after the replica died"
    assert moved_after < 6 + 10, f"group took {moved_after:.1f} s to move"
    new_owner = psql(cluster.postgres, f"SELECT c.url FROM group_owners g JOIN control_planes c USING (replica_id) WHERE g.group_id = '{group}'")
    assert new_owner != owner_url
    cluster.start_replica(owner)


@pytest.mark.skipif("FJORD_TEST_POSTGRES_RESTART" not in os.environ, reason="needs Infra/dev/services.sh")
def test_a_postgresql_restart_during_load_is_survived(cluster):
    topic = unique("pg-restart")
    create_topic(cluster.bootstrap(0), topic)
    acked = []
    producing = threading.Thread(target=produce, args=(cluster.all_bootstrap, topic, [f"k{i:06d}" for i in range(10000)], acked),
                                 kwargs={"retries": 1000000})
    producing.start()
    time.sleep(1)
    # The restarted server must not inherit our pipes, or run() would wait for it to exit.
    subprocess.run(os.environ["FJORD_TEST_POSTGRES_RESTART"], shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    producing.join(150)
    assert not producing.is_alive()
    assert all(process.poll() is None for process in cluster.agents + cluster.replicas), "a process died with PostgreSQL"
    seen = consume_all(cluster.bootstrap(2), topic, len(acked), timeout=90)
    seen_keys = [key for key, _, _ in seen]
    assert set(acked) <= set(seen_keys) and len(seen_keys) == len(set(seen_keys))
    assert len(acked) == 10000


def brokers_seen_through(cluster, index):
    """The brokers (node id -> host:port) a Metadata request to agent `index` lists."""
    metadata = AdminClient({"bootstrap.servers": cluster.bootstrap(index)}).list_topics(timeout=10)
    return {broker.id: f"{broker.host}:{broker.port}" for broker in metadata.brokers.values()}


def wait_until_agents_agree(cluster, indexes, expected, within):
    """Polls every agent in `indexes` until each lists exactly `expected` (a predicate on its
    broker map); returns how long that took, or fails after `within` seconds."""
    started = time.time()
    while True:
        views = {index: brokers_seen_through(cluster, index) for index in indexes}
        if all(expected(view) for view in views.values()):
            return time.time() - started
        assert time.time() - started < within, f"agents still disagree after {within} s: {views}"
        time.sleep(0.05)


def test_agents_learn_of_joins_and_leaves_at_once_and_a_restarted_agent_keeps_its_node_id(cluster):
    """Agents heartbeat every 2 s, but a change to the registry is pushed: every agent lists
    the same brokers well within a heartbeat (1.5 s, which includes a fresh client's bootstrap
    per poll; the push itself takes milliseconds). Clients drop a broker one agent lists and the
    next does not, which can stall a librdkafka group join for good."""
    address = cluster.bootstrap(1)
    cluster.kill(cluster.agents[1], signal.SIGTERM)  # drains and leaves the registry
    wait_until_agents_agree(cluster, (0, 2), lambda view: address not in view.values() and len(view) == 2, within=1.5)

    cluster.start_agent(1)
    wait_until_agents_agree(cluster, (0, 1, 2), lambda view: address in view.values() and len(view) == 3, within=1.5)
    node = next(node for node, where in brokers_seen_through(cluster, 1).items() if where == address)

    # kill -9 leaves the old registration behind; the agent restarted at that address takes
    # it over, node id and all, instead of appearing as a second broker at one address.
    cluster.kill(cluster.agents[1])
    cluster.start_agent(1)
    wait_until_agents_agree(cluster, (0, 1, 2), lambda view: view.get(node) == address and len(view) == 3, within=1.5)
    time.sleep(1.5)  # past a heartbeat: still no second broker at that address
    wait_until_agents_agree(cluster, (0, 1, 2), lambda view: view.get(node) == address and len(view) == 3, within=0.1)


def test_topic_changes_through_one_agent_reach_the_others_at_once(cluster):
    """Agents reload topics at each 2 s heartbeat, but a topic's creation, growth or deletion
    is pushed: another agent lists it within 0.8 s, every time (by the heartbeat alone, 7
    changes would all make it with a chance of 0.4^7). Kafka documents seconds here."""
    near = AdminClient({"bootstrap.servers": cluster.bootstrap(0)})
    far = AdminClient({"bootstrap.servers": cluster.bootstrap(2)})

    def seen_within(condition, seconds=0.8):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if condition(far.list_topics(timeout=5).topics):  # every topic: never auto-creates
                return True
            time.sleep(0.05)
        return False

    names = [f"{unique('pushed')}-{i}" for i in range(5)]
    for name in names:
        near.create_topics([NewTopic(name, 2, 1)])[name].result(15)
        assert seen_within(lambda topics: name in topics), f"{name} not listed through another agent within 0.8 s"
    near.create_partitions([NewPartitions(names[0], 5)])[names[0]].result(15)
    assert seen_within(lambda topics: len(topics[names[0]].partitions) == 5), "the new partitions were not listed within 0.8 s"
    near.delete_topics([names[1]])[names[1]].result(15)
    assert seen_within(lambda topics: names[1] not in topics), "the deleted topic was still listed after 0.8 s"


def test_a_revoked_key_is_refused(cluster):
    import subprocess as sp
    issued = sp.run([binary(), "keys", "create", "--postgres", cluster.postgres, "--group", "prod"], check=True, capture_output=True, text=True).stdout.strip()
    sp.run([binary(), "keys", "revoke", "--postgres", cluster.postgres, issued], check=True, capture_output=True)
    result = sp.run([binary(), "agent", "--control-plane", cluster.replica_urls[0], "--agent-key", issued,
                     "--bucket", f"s3://{cluster.bucket}/{cluster.prefix}", "--s3-endpoint", cluster.s3_endpoint,
                     "--listen", "127.0.0.1:0", "--http-listen", "127.0.0.1:0"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert "unknown or revoked agent key" in result.stderr


def test_agents_export_prometheus_metrics(cluster):
    text = cluster.metrics(0)
    assert "fjord_segments_written_total" in text and "fjord_segment_commit_seconds_bucket" in text


def test_an_object_store_answering_503_then_slowing_down_makes_produce_back_off_and_recover():
    from faulty_s3 import FaultyS3
    proxy = FaultyS3(os.environ["FJORD_TEST_S3_ENDPOINT"])
    c = Cluster(replicas=1, agents=1, s3_endpoint=proxy.endpoint)
    try:
        topic = unique("flaky-s3")
        create_topic(c.bootstrap(0), topic)
        acked = []
        producing = threading.Thread(target=produce, args=(c.bootstrap(0), topic, [f"k{i:05d}" for i in range(3000)], acked),
                                     kwargs={"retries": 1000000, "linger.ms": 20, "pause": 0.004})
        producing.start()
        # Fail once writes are flowing, and stay failing until the agent has met a 503 (under a
        # loaded machine a fixed schedule could miss every flush), then a little longer.
        deadline = time.time() + 30
        while len(acked) < 100 and time.time() < deadline:
            time.sleep(0.1)
        proxy.set_mode("fail")
        while proxy.failures == 0 and time.time() < deadline:
            time.sleep(0.1)
        time.sleep(3)
        proxy.set_mode("slow")
        time.sleep(4)
        proxy.set_mode("pass")
        producing.join(120)
        assert not producing.is_alive()
        assert proxy.failures > 0, "the object store never answered 503"
        assert "fjord_segment_flush_failures_total" in c.metrics(0)
        seen = consume_all(c.bootstrap(0), topic, len(acked))
        seen_keys = [key for key, _, _ in seen]
        assert len(acked) == 3000, f"only {len(acked)} of 3000 acknowledged after the store recovered"
        assert sorted(seen_keys) == sorted(acked), "lost or duplicated records"
    finally:
        assert all(code == 0 for code in c.stop())
        proxy.close()


def test_agents_reach_a_control_plane_over_tls():
    c = Cluster(replicas=1, agents=1, tls=True)
    try:
        assert c.replica_urls[0].startswith("https://")
        topic = unique("over-tls")
        create_topic(c.bootstrap(0), topic)
        acked = []
        produce(c.bootstrap(0), topic, [f"k{i}" for i in range(200)], acked)
        assert sorted(key for key, _, _ in consume_all(c.bootstrap(0), topic, 200)) == sorted(acked)
        # A client that does not trust the certificate is refused by TLS, not served.
        import ssl
        import urllib.request
        try:
            urllib.request.urlopen(c.replica_urls[0] + "/health", timeout=5)
            raise AssertionError("an untrusted certificate was accepted")
        except urllib.error.URLError as error:
            assert isinstance(error.reason, ssl.SSLError)

        # SIGHUP: the replica presents a renewed certificate to new connections.
        scratch = tempfile.mkdtemp(prefix="fjord-renewed-")
        renewed_cert, renewed_key = os.path.join(scratch, "cert.pem"), os.path.join(scratch, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", renewed_key, "-out", renewed_cert], check=True, capture_output=True)
        subprocess.run(["cp", renewed_cert, c.cert], check=True)
        subprocess.run(["cp", renewed_key, c.key_file], check=True)
        c.replicas[0].send_signal(signal.SIGHUP)
        trusting_renewed = ssl.create_default_context(cafile=renewed_cert)
        deadline = time.time() + 10
        while True:
            try:
                assert urllib.request.urlopen(c.replica_urls[0] + "/health", timeout=5, context=trusting_renewed).read() == b"ok\n"
                break
            except urllib.error.URLError:
                assert time.time() < deadline, "the renewed certificate was never served"
                time.sleep(0.2)
    finally:
        assert all(code == 0 for code in c.stop())


@pytest.mark.skipif("FJORD_TEST_S3_HTTPS_ENDPOINT" not in os.environ, reason="needs SeaweedFS over TLS (Infra/dev/test.sh)")
def test_agents_write_to_s3_over_tls_trusting_only_the_ca_bundle_they_are_given():
    """Agents on SeaweedFS's TLS port, trusting its throwaway CA through AWS_CA_BUNDLE: their
    PUTs are signed UNSIGNED-PAYLOAD with a CRC32C that SeaweedFS checks. An agent given the
    system's CAs instead cannot write and says why; a bundle it cannot read stops it at start."""
    bundle = {"AWS_CA_BUNDLE": os.environ["FJORD_TEST_S3_CA_FILE"]}
    c = Cluster(replicas=1, agents=2, s3_endpoint=os.environ["FJORD_TEST_S3_HTTPS_ENDPOINT"], agent_envs=[bundle, bundle])
    try:
        topic = unique("tls-s3")
        create_topic(c.bootstrap(0), topic)
        acked = []
        produce(c.bootstrap(0), topic, [f"k{i:05d}" for i in range(2000)], acked)
        assert len(acked) == 2000
        # Restarted, the agents have nothing cached: every batch is read back with a GET over TLS.
        for index in range(2):
            c.kill(c.agents[index], signal.SIGTERM)
            c.start_agent(index)
        c.wait_for_agents(2)
        seen = consume_all(c.bootstrap(1), topic, len(acked))
        assert sorted(key for key, _, _ in seen) == sorted(acked)
        gets = [line for index in range(2) for line in c.metrics(index).splitlines()
                if line.startswith("fjord_object_store_requests_total") and 'operation="get"' in line and 'result="2xx"' in line]
        assert gets and sum(float(line.rsplit(" ", 1)[1]) for line in gets) > 0, "nothing was read from the store"
    finally:
        assert all(code == 0 for code in c.stop())

    system_cas = Cluster(replicas=1, agents=1, s3_endpoint=os.environ["FJORD_TEST_S3_HTTPS_ENDPOINT"],
                         agent_envs=[{"AWS_CA_BUNDLE": None}])
    try:
        topic = unique("tls-s3-untrusted")
        create_topic(system_cas.bootstrap(0), topic)
        producer = Producer({"bootstrap.servers": system_cas.bootstrap(0), "message.timeout.ms": 20000, "retries": 1000})
        errors = []
        producer.produce(topic, b"x", on_delivery=lambda err, msg: errors.append(err))
        producer.flush(40)
        assert errors and errors[0] is not None, "a write through an untrusted certificate was acknowledged"
        log = open(os.path.join(system_cas.dir, "agent0.log")).read()
        assert "segment flush failed" in log and "the TLS handshake failed" in log and "CERTIFICATE_VERIFY_FAILED" in log
    finally:
        assert all(code == 0 for code in system_cas.stop())

    started = subprocess.run(
        [binary(), "agent", "--control-plane", "http://127.0.0.1:9", "--bucket", "s3://b/p", "--s3-endpoint",
         os.environ["FJORD_TEST_S3_HTTPS_ENDPOINT"]],
        env={**os.environ, "AWS_CA_BUNDLE": "/nonexistent/ca.pem", "FJORD_AGENT_KEY": "x"}, capture_output=True, text=True, timeout=30)
    assert started.returncode != 0 and "AWS_CA_BUNDLE /nonexistent/ca.pem" in started.stderr
