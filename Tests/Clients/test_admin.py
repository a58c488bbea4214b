"""Admin operations from real clients: create, list, describe and delete topics, configs and
groups."""
import time

from confluent_kafka import Consumer, KafkaException
from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic
import pytest

from conftest import unique


def test_confluent_admin(playground):
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    topic = unique("admin")
    admin.create_topics([NewTopic(topic, num_partitions=4, replication_factor=1, config={"retention.ms": "3600000"})])[topic].result(15)
    with pytest.raises(KafkaException) as already:
        admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])[topic].result(15)
    assert "TOPIC_ALREADY_EXISTS" in str(already.value)

    metadata = admin.list_topics(timeout=10)
    assert topic in metadata.topics and len(metadata.topics[topic].partitions) == 4
    assert len(metadata.brokers) == 3

    config = admin.describe_configs([ConfigResource(ConfigResource.Type.TOPIC, topic)])
    described = list(config.values())[0].result(15)
    assert described["retention.ms"].value == "3600000"
    assert described["cleanup.policy"].value == "delete"

    admin.create_partitions([NewPartitions(topic, 6)])[topic].result(15)
    assert len(admin.list_topics(topic, timeout=10).topics[topic].partitions) == 6

    admin.delete_topics([topic])[topic].result(15)
    assert topic not in admin.list_topics(timeout=10).topics


def test_confluent_group_admin(playground):
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    topic, group = unique("gadmin"), unique("group")
    admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])[topic].result(15)
    consumer = Consumer({"bootstrap.servers": playground.bootstrap, "group.id": group, "session.timeout.ms": 6000})
    consumer.subscribe([topic])
    deadline = time.time() + 30
    while not consumer.assignment() and time.time() < deadline:
        consumer.poll(0.2)
    listed = admin.list_consumer_groups().result(15)
    assert group in [g.group_id for g in listed.valid]
    description = admin.describe_consumer_groups([group])[group].result(15)
    assert len(description.members) == 1 and str(description.state).endswith("STABLE")
    consumer.close()
    # An empty group can be deleted.
    time.sleep(0.5)
    admin.delete_consumer_groups([group])[group].result(15)


def test_kafka_python_admin(playground):
    from kafka.admin import KafkaAdminClient, NewTopic as KNewTopic
    admin = KafkaAdminClient(bootstrap_servers=playground.bootstrap)
    topic = unique("kpadmin")
    admin.create_topics([KNewTopic(topic, num_partitions=2, replication_factor=1)])
    assert topic in admin.list_topics()
    described = admin.describe_topics([topic])
    entry = described[0]
    assert entry.get("topic", entry.get("name")) == topic and len(entry["partitions"]) == 2, entry
    admin.delete_topics([topic])
    assert topic not in admin.list_topics()
    admin.close()
