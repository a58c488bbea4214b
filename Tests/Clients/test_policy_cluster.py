"""The policy enforced by a real cluster on loopback: a writers group (produce only) and a
readers group (fetch, consumer groups), one agent each, and real clients. Routing sends each
client to its group's agents whichever agent it dialled; operations outside a group's roles
and outside the ACLs are refused with Kafka's codes; a new version is enforced in seconds."""
import os
import subprocess
import tempfile
import time

import pytest
from confluent_kafka import Consumer, KafkaError, Producer
from confluent_kafka.admin import AdminClient, NewTopic

from cluster import Cluster, requires_services
from conftest import binary, unique

pytestmark = requires_services

POLICY = """
cluster: {name: shop, bucket: fjord-test, prefix: %(prefix)s/}
groups:
  - {name: writers, roles: [produce]}
  - {name: readers, roles: [fetch], coordinates_consumer_groups: true}
rules:
  - {name: writers, match: {client_id: "writer-*"}, serve: writers}
  - {name: readers, match: {client_id: "reader-*"}, serve: readers}
  - {name: spies, match: {client_id: "spy-*"}, serve: readers}
  - {name: default, serve: dialled}
acls:
  - {effect: allow, client_ids: ["writer-*"], operations: [produce, describe], topics: {prefix: "orders."}}
  - {effect: allow, client_ids: ["reader-*"], operations: [fetch, describe], topics: {prefix: "orders."}}
  - {effect: allow, client_ids: ["reader-*", "spy-*"], operations: [join_group, commit_offsets, describe_groups], groups: {prefix: "reporting-"}}
  - {effect: allow, client_ids: ["spy-*"], operations: [describe], topics: {prefix: "orders."}}
  - {effect: allow, client_ids: ["ops-*"], operations: [create_topics, describe], topics: "*"}
"""


@pytest.fixture(scope="module")
def shop():
    scratch = tempfile.mkdtemp(prefix="fjord-policy-")
    path = os.path.join(scratch, "shop.yaml")
    prefix = "policy-" + unique("p")
    open(path, "w").write(POLICY % {"prefix": prefix})
    cluster = Cluster(replicas=1, agents=2, policy=path, agent_groups=["writers", "readers"], agent_roles=["produce", "fetch"])
    cluster.wait_for_agents(2)
    time.sleep(2.5)  # one heartbeat: each agent learns the other group's agent
    cluster.policy_text = POLICY % {"prefix": prefix}
    cluster.scratch = scratch
    topic = unique("orders.")
    admin = AdminClient({"bootstrap.servers": cluster.bootstrap(0), "client.id": "ops-1"})  # referenced until the result
    admin.create_topics([NewTopic(topic, 2)])[topic].result(15)
    cluster.topic = topic
    yield cluster
    cluster.stop()


def brokers(client):
    return sorted(f"{b.host}:{b.port}" for b in client.list_topics(timeout=10).brokers.values())


def produce(bootstrap, client_id, topic, count):
    errors, delivered = [], []
    producer = Producer({"bootstrap.servers": bootstrap, "client.id": client_id, "linger.ms": 5, "message.timeout.ms": 10000})
    seen = brokers(producer)
    for index in range(count):
        producer.produce(topic, value=f"order-{index}".encode(),
                         on_delivery=lambda error, message: errors.append(error) if error else delivered.append(message.offset()))
    producer.flush(20)
    return seen, delivered, errors


def test_each_client_sees_only_its_groups_agents_whichever_agent_it_dialled(shop):
    for dialled in (0, 1):
        writer = Producer({"bootstrap.servers": shop.bootstrap(dialled), "client.id": "writer-7"})
        assert brokers(writer) == [shop.bootstrap(0)]
        reader = Consumer({"bootstrap.servers": shop.bootstrap(dialled), "client.id": "reader-7", "group.id": "reporting-x"})
        assert brokers(reader) == [shop.bootstrap(1)]
        reader.close()


def test_writers_produce_and_readers_consume_through_their_own_groups(shop):
    seen, delivered, errors = produce(shop.bootstrap(1), "writer-1", shop.topic, 50)  # dialled the readers' agent
    assert not errors and len(delivered) == 50 and seen == [shop.bootstrap(0)]
    consumer = Consumer({"bootstrap.servers": shop.bootstrap(1), "client.id": "reader-1", "group.id": "reporting-orders",
                         "auto.offset.reset": "earliest"})
    consumer.subscribe([shop.topic])
    values, deadline = set(), time.time() + 30
    while len(values) < 50 and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is not None and not message.error():
            values.add(message.value())
    consumer.close()
    assert len(values) == 50


def test_an_operation_outside_the_groups_roles_is_refused(shop):
    # reader-2 is served by the readers, whose agent does not produce.
    _, delivered, errors = produce(shop.bootstrap(1), "reader-2", shop.topic, 1)
    assert not delivered and {error.code() for error in errors} == {KafkaError.POLICY_VIOLATION}
    log = open(os.path.join(shop.dir, "agent1.log")).read()
    assert "does not serve produce" in log and "rule 'readers'" in log


def test_acls_refuse_with_kafkas_codes_and_a_denied_consumer_reads_nothing(shop):
    _, delivered, errors = produce(shop.bootstrap(0), "writer-2", unique("secret."), 1)
    assert not delivered and {error.code() for error in errors} == {KafkaError.TOPIC_AUTHORIZATION_FAILED}

    spy = Consumer({"bootstrap.servers": shop.bootstrap(1), "client.id": "spy-1", "group.id": "reporting-spy",
                    "auto.offset.reset": "earliest"})
    spy.subscribe([shop.topic])
    codes, read, deadline = set(), 0, time.time() + 15
    while time.time() < deadline and not codes:
        message = spy.poll(0.5)
        if message is None:
            continue
        if message.error():
            codes.add(message.error().code())
        else:
            read += 1
    spy.close()
    assert read == 0 and KafkaError.TOPIC_AUTHORIZATION_FAILED in codes

    outsider = Consumer({"bootstrap.servers": shop.bootstrap(1), "client.id": "spy-2", "group.id": "payroll",
                         "auto.offset.reset": "earliest"})
    outsider.subscribe([shop.topic])
    codes, deadline = set(), time.time() + 15
    while time.time() < deadline and not codes:
        message = outsider.poll(0.5)
        if message is not None and message.error():
            codes.add(message.error().code())
    outsider.close()
    assert KafkaError.GROUP_AUTHORIZATION_FAILED in codes


def test_explain_lists_the_live_agents_the_client_would_see(shop):
    path = os.path.join(shop.scratch, "shop.yaml")
    out = subprocess.run([binary(), "policy", "explain", path, "--client-id", "writer-3", "--operation", "produce", "--topic", shop.topic,
                          "--control-plane", shop.replica_urls[0], "--key", shop.keys["writers"]], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert "group:    writers" in out.stdout and f"at {shop.bootstrap(0)}" in out.stdout and shop.bootstrap(1) not in out.stdout
    assert "ALLOWED produce" in out.stdout


def test_a_new_version_is_enforced_within_seconds_and_an_invalid_one_is_refused(shop):
    stricter = os.path.join(shop.scratch, "stricter.yaml")
    open(stricter, "w").write(shop.policy_text + '  - {effect: deny, client_ids: ["writer-*"], operations: [produce], topics: "*"}\n')
    applied = subprocess.run([binary(), "policy", "apply", stricter, "--postgres", shop.postgres], capture_output=True, text=True, timeout=30)
    assert applied.returncode == 0 and "as policy v2" in applied.stdout, applied.stdout + applied.stderr
    started, refused = time.time(), False
    while time.time() - started < 10 and not refused:
        _, _, errors = produce(shop.bootstrap(0), "writer-4", shop.topic, 1)
        refused = {error.code() for error in errors} == {KafkaError.TOPIC_AUTHORIZATION_FAILED}
    assert refused, "v2 was not enforced within 10 s"

    broken = os.path.join(shop.scratch, "broken.yaml")
    open(broken, "w").write(shop.policy_text.replace("serve: readers}", "serve: nobody}", 1))
    rejected = subprocess.run([binary(), "policy", "apply", broken, "--postgres", shop.postgres], capture_output=True, text=True, timeout=30)
    assert rejected.returncode != 0 and f"{broken}:" in rejected.stderr and "unknown" in rejected.stderr.lower(), rejected.stderr
    history = subprocess.run([binary(), "policy", "history", "--postgres", shop.postgres], capture_output=True, text=True, timeout=30).stdout
    assert [line.split()[0] for line in history.splitlines()] == ["v1", "v2"], history
