"""The jobs role, seen in the bucket: retention deletes objects, orphans (PUT but never
committed) are deleted after the grace period, and compaction merges small objects."""
import os
import time

import boto3
import pytest
from confluent_kafka import Consumer, Producer, TopicPartition

from cluster import Cluster, requires_services
from conftest import create_topic, unique
from test_cluster import consume_all

pytestmark = requires_services


@pytest.fixture(scope="module")
def cluster():
    c = Cluster(replicas=1, agents=1, agent_args=["--jobs-interval", "1s", "--orphan-grace", "3s", "--compact-min-age", "1s"])
    yield c
    assert all(code == 0 for code in c.stop())


def bucket_keys(cluster):
    s3 = boto3.client("s3", endpoint_url=cluster.s3_endpoint)
    keys, token = [], None
    while True:
        page = s3.list_objects_v2(Bucket=cluster.bucket, Prefix=cluster.prefix + "/data/", **({"ContinuationToken": token} if token else {}))
        keys += [item["Key"] for item in page.get("Contents", [])]
        if not page.get("IsTruncated"):
            return keys
        token = page["NextContinuationToken"]


def produce_in_flushes(bootstrap, topic, count):
    """One flush per record, so each becomes its own small object."""
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0})
    for index in range(count):
        producer.produce(topic, key=f"k{index:04d}", value="v" * 100)
        assert producer.flush(30) == 0
        time.sleep(0.05)


def wait_until(condition, timeout, message):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.5)
    raise AssertionError(message)


def test_compaction_merges_small_objects_and_data_stays_readable(cluster):
    topic = unique("compacted")
    create_topic(cluster.bootstrap(0), topic, partitions=2)
    before = set(bucket_keys(cluster))
    produce_in_flushes(cluster.bootstrap(0), topic, 30)
    written = set(bucket_keys(cluster)) - before
    assert len(written) >= 20, f"expected one object per flush, got {len(written)}"
    wait_until(lambda: len(set(bucket_keys(cluster)) & written) == 0, 30, "small objects were not compacted away")
    seen = consume_all(cluster.bootstrap(0), topic, 30)
    assert sorted(key for key, _, _ in seen) == [f"k{index:04d}" for index in range(30)]


def test_retention_deletes_expired_objects_and_advances_the_log_start(cluster):
    topic = unique("expiring")
    create_topic(cluster.bootstrap(0), topic, partitions=1, config={"retention.ms": "2000"})
    before = set(bucket_keys(cluster))
    produce_in_flushes(cluster.bootstrap(0), topic, 5)
    written = set(bucket_keys(cluster)) - before
    assert written
    wait_until(lambda: len(set(bucket_keys(cluster)) & written) == 0, 30, "expired objects stayed in the bucket")
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap(0), "group.id": unique("w")})
    low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    consumer.close()
    assert (low, high) == (5, 5)


def test_orphaned_objects_are_deleted_after_the_grace_period(cluster):
    existing = bucket_keys(cluster)
    prefix = existing[0].rsplit("/", 2)[0] if existing else f"{cluster.prefix}/data/unknown-cluster"
    orphan = f"{prefix}/0/orphan-{unique('x')}.seg"
    boto3.client("s3", endpoint_url=cluster.s3_endpoint).put_object(Bucket=cluster.bucket, Key=orphan, Body=b"never committed")
    assert orphan in bucket_keys(cluster)
    time.sleep(2)
    assert orphan in bucket_keys(cluster), "deleted before the grace period"
    wait_until(lambda: orphan not in bucket_keys(cluster), 20, "orphan stayed in the bucket")


def test_retention_bytes_keeps_only_the_newest_bytes(cluster):
    topic = unique("bounded")
    # Each record is one batch of about 170 bytes; keep about three of them.
    create_topic(cluster.bootstrap(0), topic, partitions=1, config={"retention.bytes": "500", "retention.ms": "-1"})
    produce_in_flushes(cluster.bootstrap(0), topic, 12)
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap(0), "group.id": unique("w")})

    def log_start():
        return consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)[0]

    wait_until(lambda: log_start() >= 8, 30, "retention.bytes did not advance the log start")
    # A pass that ran while the last records were still being committed leaves an earlier log
    # start, which the next pass (every 1 s) moves on: wait until two passes agree.
    settled = {"value": log_start(), "since": time.time()}

    def stable():
        current = log_start()
        if current != settled["value"]:
            settled.update(value=current, since=time.time())
        return time.time() - settled["since"] >= 2.5

    wait_until(stable, 30, "the log start kept moving")
    low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    consumer.close()
    assert high == 12 and 8 <= low < 12, (low, high)
    seen = consume_all(cluster.bootstrap(0), topic, high - low, timeout=20)
    assert [key for key, _, _ in seen] == [f"k{index:04d}" for index in range(low, 12)]


def read_values(bootstrap, topic):
    """(key, value) of every record of partition 0, from the start to the high watermark."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("r"), "enable.auto.commit": False})
    _, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
    consumer.assign([TopicPartition(topic, 0, 0)])
    records, deadline = [], time.time() + 20
    while time.time() < deadline:
        message = consumer.poll(0.5)
        if message is not None and message.error() is None:
            records.append((message.key().decode(), message.value().decode()))
            if message.offset() >= high - 1:
                break
    consumer.close()
    return records


def test_log_compaction_on_the_bucket_keeps_the_newest_value_of_each_key(cluster):
    topic = unique("table")
    create_topic(cluster.bootstrap(0), topic, partitions=1, config={"cleanup.policy": "compact"})
    producer = Producer({"bootstrap.servers": cluster.bootstrap(0), "linger.ms": 5})
    for index in range(3000):
        producer.produce(topic, key=f"key-{index % 30}", value=f"value-{index:05d}")
    assert producer.flush(30) == 0
    wait_until(lambda: len(read_values(cluster.bootstrap(0), topic)) <= 60, 60, "the compacted topic kept superseded values")
    newest = dict(read_values(cluster.bootstrap(0), topic))
    assert newest == {f"key-{k}": f"value-{2970 + k:05d}" for k in range(30)}
