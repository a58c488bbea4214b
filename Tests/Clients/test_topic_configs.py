"""Live topic configs from real clients (issue 12): IncrementalAlterConfigs and AlterConfigs
from confluent-kafka and kafka-python, DescribeConfigs' sources and synonyms, refusals that
name the key, and configs that change what produce does: retention at the next jobs pass,
compression.type, message.timestamp.type and keys on compacted topics."""
import os
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition, TIMESTAMP_LOG_APPEND_TIME
from confluent_kafka.admin import (AdminClient, AlterConfigOpType, ConfigEntry, ConfigResource, ConfigSource, NewTopic,
                                   ResourceType)
import pytest

from conftest import Playground, unique


@pytest.fixture(scope="module")
def cluster():
    playground = Playground(agents=2, extra=["--jobs-interval", "1s"])
    yield playground
    assert playground.stop() == 0


def admin_for(cluster):
    return AdminClient({"bootstrap.servers": cluster.bootstrap})


def make_topic(admin, name, partitions=1, config=None):
    admin.create_topics([NewTopic(name, partitions, 1, config=config or {})])[name].result(15)


def describe(admin, topic):
    resource = ConfigResource(ResourceType.TOPIC, topic)
    return list(admin.describe_configs([resource]).values())[0].result(15)


def incremental(admin, topic, *entries, validate_only=False):
    resource = ConfigResource(ResourceType.TOPIC, topic, incremental_configs=[
        ConfigEntry(name, value, incremental_operation=operation) for name, value, operation in entries])
    return list(admin.incremental_alter_configs([resource], validate_only=validate_only).values())[0].result(15)


def test_incremental_alter_sets_appends_deletes_and_describe_reports_the_source(cluster):
    admin = admin_for(cluster)
    topic = unique("cfg")
    make_topic(admin, topic)
    before = describe(admin, topic)
    assert before["retention.ms"].value == "604800000" and before["retention.ms"].source == ConfigSource.DEFAULT_CONFIG.value
    assert before["delete.retention.ms"].value == "86400000"  # every topic config Kafka defines is listed

    incremental(admin, topic, ("retention.ms", "3600000", AlterConfigOpType.SET), ("cleanup.policy", "compact", AlterConfigOpType.APPEND))
    after = describe(admin, topic)
    assert after["retention.ms"].value == "3600000"
    assert after["retention.ms"].source == ConfigSource.DYNAMIC_TOPIC_CONFIG.value
    assert [s.name for s in after["retention.ms"].synonyms.values()] == ["retention.ms", "log.retention.ms"]
    assert after["cleanup.policy"].value == "delete,compact"

    # validate_only checks but changes nothing.
    incremental(admin, topic, ("retention.ms", "1000", AlterConfigOpType.SET), validate_only=True)
    assert describe(admin, topic)["retention.ms"].value == "3600000"

    incremental(admin, topic, ("retention.ms", None, AlterConfigOpType.DELETE), ("cleanup.policy", "delete", AlterConfigOpType.SUBTRACT))
    reset = describe(admin, topic)
    assert reset["retention.ms"].value == "604800000" and reset["retention.ms"].source == ConfigSource.DEFAULT_CONFIG.value
    assert reset["cleanup.policy"].value == "compact"


def test_invalid_values_are_refused_with_a_message_naming_the_key(cluster):
    admin = admin_for(cluster)
    topic = unique("badcfg")
    make_topic(admin, topic)
    for entry, words in [(("retention.ms", "soon", AlterConfigOpType.SET), ["INVALID_CONFIG", "retention.ms", "soon"]),
                         (("cleanup.policy", "shred", AlterConfigOpType.SET), ["INVALID_CONFIG", "cleanup.policy", "shred"]),
                         (("retention.ms", "5", AlterConfigOpType.APPEND), ["INVALID_CONFIG", "retention.ms", "not a list"]),
                         (("no.such.thing", "1", AlterConfigOpType.SET), ["INVALID_CONFIG", "no.such.thing"])]:
        with pytest.raises(KafkaException) as refused:
            incremental(admin, topic, entry)
        for word in words:
            assert word in str(refused.value), (entry, str(refused.value))
    assert describe(admin, topic)["retention.ms"].value == "604800000"
    # Broker configs are fixed at start, and say so.
    broker = ConfigResource(ResourceType.BROKER, "0", incremental_configs=[
        ConfigEntry("log.retention.ms", "1000", incremental_operation=AlterConfigOpType.SET)])
    with pytest.raises(KafkaException) as refused:
        list(admin.incremental_alter_configs([broker]).values())[0].result(15)
    assert "at runtime" in str(refused.value)
    # An unknown topic is named.
    with pytest.raises(KafkaException) as missing:
        incremental(admin, unique("absent"), ("retention.ms", "1000", AlterConfigOpType.SET))
    assert "UNKNOWN_TOPIC_OR_PART" in str(missing.value)


def test_legacy_alter_configs_replaces_every_override(cluster):
    admin = admin_for(cluster)
    topic = unique("legacy")
    make_topic(admin, topic, config={"retention.ms": "3600000", "max.message.bytes": "500000"})
    resource = ConfigResource(ResourceType.TOPIC, topic, set_config={"retention.bytes": "1048576"})
    list(admin.alter_configs([resource]).values())[0].result(15)
    described = describe(admin, topic)
    assert described["retention.bytes"].value == "1048576"
    assert described["retention.ms"].value == "604800000", "an override left out of AlterConfigs returns to its default"
    assert described["max.message.bytes"].source != ConfigSource.DYNAMIC_TOPIC_CONFIG.value


def test_kafka_python_alters_and_describes_configs(cluster):
    from kafka.admin import KafkaAdminClient, ConfigResource as KResource, ConfigResourceType
    topic = unique("kpcfg")
    make_topic(admin_for(cluster), topic)
    admin = KafkaAdminClient(bootstrap_servers=cluster.bootstrap)
    try:
        admin.alter_configs([KResource(ConfigResourceType.TOPIC, topic, configs={"retention.ms": "7200000"})])
        described = admin.describe_configs([KResource(ConfigResourceType.TOPIC, topic, ["retention.ms"])])
        text = str(described)
        assert "7200000" in text, text
    finally:
        admin.close()


def test_a_shorter_retention_empties_old_data_at_the_next_jobs_pass(cluster):
    admin = admin_for(cluster)
    topic = unique("shrink")
    make_topic(admin, topic)
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "linger.ms": 0})
    for index in range(20):
        producer.produce(topic, key=b"k", value=b"old-%d" % index)
    assert producer.flush(15) == 0
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": unique("w")})
    partition = TopicPartition(topic, 0)
    time.sleep(2.5)  # two jobs passes: nothing expires under the default seven days
    assert consumer.get_watermark_offsets(partition, timeout=10) == (0, 20)
    incremental(admin, topic, ("retention.ms", "1000", AlterConfigOpType.SET))
    deadline = time.time() + 20
    while time.time() < deadline and consumer.get_watermark_offsets(partition, timeout=10) != (20, 20):
        time.sleep(0.5)
    assert consumer.get_watermark_offsets(partition, timeout=10) == (20, 20)
    consumer.close()


def consume_all(cluster, topic, count, timeout=30):
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": unique("read"), "auto.offset.reset": "earliest"})
    consumer.subscribe([topic])
    messages = []
    deadline = time.time() + timeout
    while len(messages) < count and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is not None and message.error() is None:
            messages.append(message)
    consumer.close()
    return messages


def test_produce_follows_the_topics_configs(cluster):
    admin = admin_for(cluster)
    stamped, zstd, compacted, small = unique("lat"), unique("zstd"), unique("compacted"), unique("small")
    make_topic(admin, stamped, config={"message.timestamp.type": "LogAppendTime"})
    make_topic(admin, zstd, config={"compression.type": "zstd"})
    make_topic(admin, compacted, config={"cleanup.policy": "compact"})
    make_topic(admin, small, config={"max.message.bytes": "2000"})
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "linger.ms": 5, "compression.type": "gzip", "message.timeout.ms": 10000})
    long_ago = 1_000_000_000_000  # 2001: LogAppendTime replaces it
    for index in range(10):
        producer.produce(stamped, value=b"s%d" % index, timestamp=long_ago)
        producer.produce(zstd, key=b"k%d" % index, value=b"z" * 500)
    assert producer.flush(15) == 0
    before = int(time.time() * 1000) - 60_000
    for message in consume_all(cluster, stamped, 10):
        kind, timestamp = message.timestamp()
        assert kind == TIMESTAMP_LOG_APPEND_TIME and timestamp > before
    recompressed = consume_all(cluster, zstd, 10)
    assert sorted(m.key() for m in recompressed) == sorted(b"k%d" % i for i in range(10))

    failures = []
    # One at a time: a batch holding one keyless record is refused whole, as on Kafka.
    for topic, key, value in [(compacted, None, b"no key"), (compacted, b"has", b"key"), (small, None, os.urandom(5000))]:
        producer.produce(topic, key=key, value=value, on_delivery=lambda error, message: failures.append(error))
        producer.flush(15)
    names = sorted(error.name() if error else "OK" for error in failures)
    assert names == sorted(["INVALID_RECORD", "OK", "MSG_SIZE_TOO_LARGE"]), names
