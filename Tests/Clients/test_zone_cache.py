"""The zone cache on a real cluster: three fetch agents of one group and zone, each serving its
share of the zone cache to the others, and four consumer groups tailing one topic through
them. The bucket serves each segment about once, not once per agent and consumer group; an
agent killed mid-read costs its peers GETs, and the consumers lose nothing."""
import os
import tempfile
import threading
import time

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from cluster import Cluster, metric_sum, requires_services
from conftest import unique

pytestmark = requires_services

POLICY = """
cluster: {name: zone, bucket: fjord-test, prefix: zone/}
groups:
  - {name: writers, roles: [produce]}
  - {name: readers, roles: [fetch]}
rules:
  - {name: writers, match: {client_id: "writer-*"}, serve: writers}
  - {name: readers, match: {client_id: "reader-*"}, serve: readers}
  - {name: default, serve: dialled}
acls:
  - {effect: allow, client_ids: ["writer-*"], operations: [produce, describe], topics: {prefix: "zone."}}
  - {effect: allow, client_ids: ["reader-*"], operations: [fetch, describe], topics: {prefix: "zone."}}
  - {effect: allow, client_ids: ["ops-*"], operations: [create_topics, describe], topics: "*"}
"""
PARTITIONS = 6


def read_all(cluster, agent, topic, expected, found, name):
    """Reads every partition from offset 0 through fetch agent `agent` until `expected`
    records came (into found[name]), or 60 s passed."""
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap(agent), "client.id": f"reader-{name}", "group.id": f"reporting-{name}",
                         "enable.auto.commit": False, "fetch.wait.max.ms": 200})
    consumer.assign([TopicPartition(topic, partition, 0) for partition in range(PARTITIONS)])
    values = set()
    deadline = time.time() + 60
    while len(values) < expected and time.time() < deadline:
        message = consumer.poll(0.2)
        if message is not None and not message.error():
            values.add(message.value())
    consumer.close()
    found[name] = values


def produce(cluster, topic, first, count):
    producer = Producer({"bootstrap.servers": cluster.bootstrap(0), "client.id": "writer-1", "linger.ms": 5})
    padding = b"x" * 1000
    for n in range(first, first + count):
        producer.produce(topic, value=b"%06d " % n + padding, partition=n % PARTITIONS)
        producer.poll(0)
        if n % 150 == 0:
            time.sleep(0.1)  # many segments, a few batches each
    assert producer.flush(30) == 0


def test_a_zone_reads_each_segment_once_for_all_its_agents_and_consumer_groups():
    scratch = tempfile.mkdtemp(prefix="fjord-zone-")
    policy = os.path.join(scratch, "zone.yaml")
    open(policy, "w").write(POLICY)
    cluster = Cluster(replicas=1, agents=4, policy=policy, agent_groups=["writers"] + ["readers"] * 3,
                      agent_roles=["produce"] + ["fetch"] * 3, zone_cache=True)
    try:
        cluster.wait_for_agents(4)
        time.sleep(2.5)  # one heartbeat: each fetch agent learns its peers' zone-cache addresses
        topic = unique("zone.")
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap(0), "client.id": "ops-1"})
        admin.create_topics([NewTopic(topic, PARTITIONS)])[topic].result(15)

        # Four consumer groups tail the topic through different agents while it is written.
        found = {}
        readers = [threading.Thread(target=read_all, args=(cluster, 1 + n % 3, topic, 3000, found, f"tail-{n}")) for n in range(4)]
        for reader in readers:
            reader.start()
        time.sleep(2)  # they have their assignments and are waiting at the log end
        produce(cluster, topic, 0, 3000)
        for reader in readers:
            reader.join()
        assert all(len(values) == 3000 for values in found.values()), {name: len(values) for name, values in found.items()}

        written, read = cluster.metrics(0), [cluster.metrics(index) for index in (1, 2, 3)]
        segments = metric_sum(written, "fjord_segments_written_total")
        gets = sum(metric_sum(text, "fjord_object_store_requests_total", operation="get") for text in read)
        from_peers = sum(metric_sum(text, "fjord_zone_cache_reads_total", source="peer") for text in read)
        served = sum(metric_sum(text, "fjord_zone_cache_served_total", result="ok") for text in read)
        bytes_read = sum(metric_sum(text, "fjord_object_store_bytes_total", direction="received") for text in read)
        bytes_written = metric_sum(written, "fjord_segment_bytes_written_total")
        print(f"segments {segments:.0f}, GETs {gets:.0f}, from peers {from_peers:.0f}, bytes read/written {bytes_read / bytes_written:.2f}")
        assert segments >= 10
        # Without the zone cache each of the 3 agents GETs every segment (each leads some of
        # every segment's partitions): 3 per segment at best.
        assert gets <= 1.2 * segments, f"{gets} GETs for {segments} segments"
        assert bytes_read <= 1.1 * bytes_written
        assert from_peers > 0 and served == from_peers

        # An agent dies. Its peers read its share from the bucket, and a consumer group
        # reading everything from the start through a live agent gets every record.
        cluster.kill(cluster.agents[3])
        produce(cluster, topic, 3000, 600)
        late = {}
        read_all(cluster, 1, topic, 3600, late, "late")
        assert len(late["late"]) == 3600
        assert late["late"] == found["tail-0"] | {b"%06d " % n + b"x" * 1000 for n in range(3000, 3600)}
    finally:
        cluster.stop()
