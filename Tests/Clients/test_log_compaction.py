"""Log compaction from real clients (issue 12): a compacted topic keeps the newest value of
every key, drops tombstoned keys after delete.retention.ms, keeps offsets increasing, frees
bytes in the store, and loses nothing newer than the compaction point while producers and
consumers run."""
import os
import threading
import time

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import Playground, unique

KEYS, UPDATES, TOMBSTONES = 2000, 200_000, 200


def segment_bytes(cluster):
    objects = os.path.join(cluster.data, "objects")
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, files in os.walk(objects) for name in files if name.endswith(".seg"))


def read_from_start(bootstrap, topic, until_offset, timeout=120):
    """Every record of partition 0 below `until_offset`, as (offset, key, value)."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("reader"), "enable.auto.commit": False,
                         "fetch.max.bytes": 8 << 20})
    consumer.assign([TopicPartition(topic, 0, 0)])
    seen = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        message = consumer.poll(0.5)
        if message is None or message.error() is not None:
            continue
        if message.offset() >= until_offset:
            break
        seen.append((message.offset(), message.key(), message.value()))
        if message.offset() == until_offset - 1:
            break
    consumer.close()
    return seen


def test_a_compacted_topic_keeps_the_newest_value_of_every_key():
    cluster = Playground(agents=1, extra=["--jobs-interval", "1s"])
    try:
        topic = unique("table")
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        admin.create_topics([NewTopic(topic, 1, 1, config={"cleanup.policy": "compact", "delete.retention.ms": "3000",
                                                           "min.cleanable.dirty.ratio": "0.1"})])[topic].result(15)
        producer = Producer({"bootstrap.servers": cluster.bootstrap, "linger.ms": 20, "compression.type": "lz4",
                             "enable.idempotence": True, "queue.buffering.max.messages": 500_000})
        newest = {}
        for index in range(UPDATES):
            key = b"key-%04d" % (index % KEYS)
            value = b"value-%06d" % index
            producer.produce(topic, key=key, value=value)
            newest[key] = value
            if index % 10_000 == 0:
                producer.poll(0)
        for index in range(TOMBSTONES):
            key = b"key-%04d" % index
            producer.produce(topic, key=key, value=None)
            newest[key] = None
        assert producer.flush(60) == 0
        end = UPDATES + TOMBSTONES
        before = segment_bytes(cluster)

        # Meanwhile, more producers and a consumer run: nothing newer than the compaction point may be lost.
        stop = threading.Event()
        concurrent = []

        def keep_producing():
            writer = Producer({"bootstrap.servers": cluster.bootstrap, "linger.ms": 5})
            sequence = 0
            while not stop.is_set():
                writer.produce(topic, key=b"live-%d" % (sequence % 50), value=b"live-%d" % sequence,
                               on_delivery=lambda error, message: concurrent.append(message.offset()) if error is None else None)
                sequence += 1
                writer.poll(0.01)
            writer.flush(30)

        thread = threading.Thread(target=keep_producing)
        thread.start()
        watcher = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": unique("watch")})
        partition = TopicPartition(topic, 0)
        deadline = time.time() + 150
        while time.time() < deadline and segment_bytes(cluster) > before / 5:
            time.sleep(1)
        time.sleep(4)  # past delete.retention.ms, so a pass drops the tombstones
        stop.set()
        thread.join(60)
        after = segment_bytes(cluster)
        assert after < before / 5, f"the bucket did not shrink: {before} -> {after} bytes"

        low, high = watcher.get_watermark_offsets(partition, timeout=10)
        watcher.close()
        assert high >= end + len(concurrent)
        records = read_from_start(cluster.bootstrap, topic, high)
        offsets = [offset for offset, _, _ in records]
        assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets), "offsets must strictly increase"
        table = [(key, value) for _, key, value in records if key.startswith(b"key-")]
        latest = {}
        for key, value in table:
            latest[key] = value
        live = {key: value for key, value in newest.items() if value is not None}
        assert len(live) == KEYS - TOMBSTONES
        assert {key: value for key, value in latest.items() if value is not None} == live
        # No older value of a key after its newer one: each key's values come in produce order.
        last = {}
        for key, value in table:
            if value is not None:
                assert last.get(key, b"") < value, f"{key} went back from {last.get(key)} to {value}"
                last[key] = value
        tombstoned = [key for key, value in table if value is None]
        assert tombstoned == [], f"{len(tombstoned)} tombstones left after delete.retention.ms"
        assert len(table) < KEYS * 3, f"{len(table)} records left of {end}"
        # Every acknowledged concurrent record is still there (the newest of each key at least).
        kept = {offset for offset, key, _ in records if key.startswith(b"live-")}
        newest_live = {}
        for offset, key, _ in records:
            if key.startswith(b"live-"):
                newest_live[key] = offset
        assert concurrent and max(concurrent) in kept
        assert set(newest_live.values()) <= kept
    finally:
        assert cluster.stop() == 0


def test_every_client_reads_past_the_gaps_compaction_leaves_inside_batches():
    """Random keys leave survivors scattered, so batches keep some records and lose others,
    their last ones included: each client must move past a batch by its last offset, not its
    last record."""
    import random
    import subprocess
    cluster = Playground(agents=1, extra=["--jobs-interval", "1s"])
    try:
        topic = unique("gaps")
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        admin.create_topics([NewTopic(topic, 1, 1, config={"cleanup.policy": "compact"})])[topic].result(15)
        producer = Producer({"bootstrap.servers": cluster.bootstrap, "linger.ms": 20})
        rng = random.Random(7)
        newest = {}
        for index in range(5000):
            key = b"k%03d" % rng.randrange(100)
            producer.produce(topic, key=key, value=b"v%05d" % index)
            newest[key] = b"v%05d" % index
        assert producer.flush(30) == 0
        deadline = time.time() + 60
        records = []
        while time.time() < deadline:
            records = read_from_start(cluster.bootstrap, topic, 5000, timeout=20)
            if len(records) == len(newest):
                break
            time.sleep(1)
        assert {key: value for _, key, value in records} == newest and len(records) == len(newest)

        from kafka import KafkaConsumer, TopicPartition as KTP
        consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, auto_offset_reset="earliest", consumer_timeout_ms=5000)
        consumer.assign([KTP(topic, 0)])
        seen = [(message.key, message.value) for message in consumer]
        consumer.close()
        assert dict(seen) == newest and len(seen) == len(newest), f"kafka-python read {len(seen)}"

        kcat = subprocess.run(["kcat", "-C", "-b", cluster.bootstrap, "-t", topic, "-o", "beginning", "-e", "-f", "%k=%s\n"],
                              capture_output=True, text=True, timeout=60)
        lines = [line for line in kcat.stdout.splitlines() if line]
        assert dict(line.split("=", 1) for line in lines) == {k.decode(): v.decode() for k, v in newest.items()}, kcat.stderr[-500:]
        assert len(lines) == len(newest)
    finally:
        assert cluster.stop() == 0
