"""The admin APIs real tools call beyond topics and groups (issue 12): DeleteRecords,
OffsetDelete, DescribeTopicPartitions with its cursor, DescribeLogDirs, ElectLeaders and
ListPartitionReassignments, from confluent-kafka and kafka-python; manual replica assignments refused."""
import time

from confluent_kafka import Consumer, ElectionType, KafkaException, Producer, TopicCollection, TopicPartition
from confluent_kafka.admin import AdminClient, NewPartitions, NewTopic
import pytest

from conftest import unique


def error_name(error):
    """kafka-python answers with error classes; name them."""
    return getattr(error, "__name__", type(error).__name__)


def make_topic(admin, name, partitions=1):
    admin.create_topics([NewTopic(name, partitions, 1)])[name].result(15)


def produce(bootstrap, topic, count, partition=0):
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0})
    for index in range(count):
        producer.produce(topic, value=b"v%d" % index, partition=partition)
        producer.poll(0)
    assert producer.flush(15) == 0


def test_delete_records_moves_the_log_start(playground):
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    topic = unique("trim")
    make_topic(admin, topic, partitions=2)
    produce(playground.bootstrap, topic, 10, partition=0)
    produce(playground.bootstrap, topic, 4, partition=1)
    results = admin.delete_records([TopicPartition(topic, 0, 6), TopicPartition(topic, 1, -1)])
    low = {tp.partition: future.result(15).low_watermark for tp, future in results.items()}
    assert low == {0: 6, 1: 4}
    consumer = Consumer({"bootstrap.servers": playground.bootstrap, "group.id": unique("trimmed"), "auto.offset.reset": "earliest"})
    assert consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10) == (6, 10)
    # Reading from the start begins at the new log start.
    consumer.assign([TopicPartition(topic, 0, 0)])
    values = []
    deadline = time.time() + 20
    while len(values) < 4 and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is not None and message.error() is None:
            values.append((message.offset(), message.value()))
    consumer.close()
    assert values == [(6, b"v6"), (7, b"v7"), (8, b"v8"), (9, b"v9")]
    # An offset past the high watermark is refused, and moving backwards changes nothing.
    with pytest.raises(KafkaException) as beyond:
        list(admin.delete_records([TopicPartition(topic, 0, 11)]).values())[0].result(15)
    assert "OFFSET_OUT_OF_RANGE" in str(beyond.value)
    assert list(admin.delete_records([TopicPartition(topic, 0, 2)]).values())[0].result(15).low_watermark == 6
    # A compact-only topic's records go only by compaction, as on Kafka.
    table = unique("trimtable")
    admin.create_topics([NewTopic(table, 1, 1, config={"cleanup.policy": "compact"})])[table].result(15)
    with pytest.raises(KafkaException) as refused:
        list(admin.delete_records([TopicPartition(table, 0, -1)]).values())[0].result(15)
    assert "POLICY_VIOLATION" in str(refused.value)


def test_kafka_python_delete_records_and_a_fetch_below_the_log_start(playground):
    from kafka import KafkaConsumer, TopicPartition as KTP
    from kafka.admin import KafkaAdminClient
    topic = unique("kptrim")
    make_topic(AdminClient({"bootstrap.servers": playground.bootstrap}), topic)
    produce(playground.bootstrap, topic, 5)
    admin = KafkaAdminClient(bootstrap_servers=playground.bootstrap)
    try:
        answer = admin.delete_records({KTP(topic, 0): 3})
        assert answer[KTP(topic, 0)]["low_watermark"] == 3, answer
    finally:
        admin.close()
    consumer = KafkaConsumer(bootstrap_servers=playground.bootstrap, auto_offset_reset="none", consumer_timeout_ms=5000)
    consumer.assign([KTP(topic, 0)])
    consumer.seek(KTP(topic, 0), 1)
    from kafka.errors import OffsetOutOfRangeError
    with pytest.raises(OffsetOutOfRangeError):
        for _ in consumer:
            pass
    consumer.close()


def test_offset_delete_keeps_subscribed_topics(playground):
    from kafka import TopicPartition as KTP
    from kafka.admin import KafkaAdminClient
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    subscribed, other, group = unique("sub"), unique("other"), unique("odel")
    make_topic(admin, subscribed)
    make_topic(admin, other)
    produce(playground.bootstrap, subscribed, 3)
    consumer = Consumer({"bootstrap.servers": playground.bootstrap, "group.id": group, "auto.offset.reset": "earliest",
                         "enable.auto.commit": False, "session.timeout.ms": 6000})
    consumer.subscribe([subscribed])
    got = 0
    deadline = time.time() + 30
    while got < 3 and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is not None and message.error() is None:
            got += 1
    consumer.commit(asynchronous=False)
    consumer.commit(offsets=[TopicPartition(other, 0, 1)], asynchronous=False)  # an offset of a topic it does not subscribe to
    python_admin = KafkaAdminClient(bootstrap_servers=playground.bootstrap)
    try:
        answer = python_admin.delete_group_offsets(group, [KTP(subscribed, 0), KTP(other, 0)])
        errors = {tp.topic: error_name(error) for tp, error in answer.items()}
        assert errors == {subscribed: "GroupSubscribedToTopicError", other: "NoError"}, answer
        remaining = python_admin.list_group_offsets({group: None})[group]
        assert set(tp.topic for tp in remaining) == {subscribed}, remaining
        consumer.close()
        time.sleep(0.5)
        # With no member left, the subscribed topic's offset may go too.
        answer = python_admin.delete_group_offsets(group, [KTP(subscribed, 0)])
        assert [error_name(error) for error in answer.values()] == ["NoError"], answer
        assert python_admin.list_group_offsets({group: None})[group] == {}
    finally:
        python_admin.close()


def test_describe_topics_and_the_partition_cursor(playground):
    from kafka.admin import KafkaAdminClient
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    first, second = unique("dtpa"), unique("dtpb")
    make_topic(admin, first, partitions=5)
    make_topic(admin, second, partitions=3)
    described = admin.describe_topics(TopicCollection([first]))[first].result(15)
    assert len(described.partitions) == 5 and all(p.leader is not None for p in described.partitions)

    python_admin = KafkaAdminClient(bootstrap_servers=playground.bootstrap)
    try:
        seen, cursor, pages = [], None, 0
        while True:
            answer = python_admin.describe_topic_partitions([second, first], response_partition_limit=3, cursor=cursor)
            pages += 1
            for topic in answer["topics"]:
                seen += [(topic["name"], p["partition_index"]) for p in topic["partitions"]]
            cursor = answer.get("next_cursor")
            if not cursor:
                break
            assert pages < 10
        assert seen == [(first, i) for i in range(5)] + [(second, i) for i in range(3)], seen
        assert pages == 3
    finally:
        python_admin.close()


def test_log_dirs_elections_and_reassignments(playground):
    from kafka.admin import KafkaAdminClient
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    topic = unique("dirs")
    make_topic(admin, topic, partitions=2)
    produce(playground.bootstrap, topic, 20, partition=1)
    # Elections: every partition already has its leader.
    answer = admin.elect_leaders(ElectionType.PREFERRED, [TopicPartition(topic, 0), TopicPartition(topic, 9)]).result(15)
    codes = {tp.partition: error.name() if error else None for tp, error in answer.items()}
    assert codes == {0: "ELECTION_NOT_NEEDED", 9: "UNKNOWN_TOPIC_OR_PART"}, codes

    python_admin = KafkaAdminClient(bootstrap_servers=playground.bootstrap)
    try:
        dirs = python_admin.describe_log_dirs({topic: [0, 1]}, brokers=[0])
        text = str(dirs)
        assert "object-storage" in text, text
        sizes = {}
        for broker in dirs if isinstance(dirs, list) else [dirs]:
            for result in broker.get("log_dirs", broker.get("results", [])):
                for t in result["topics"]:
                    for p in t["partitions"]:
                        sizes[(t["name"], p["partition_index"])] = p["partition_size"]
        assert sizes[(topic, 0)] == 0 and sizes[(topic, 1)] > 20 * 2, sizes
        assert python_admin.list_partition_reassignments() == {}
    finally:
        python_admin.close()


def test_list_offsets_finds_the_largest_timestamp_earliest_and_latest(playground):
    """ListOffsets' MAX_TIMESTAMP (KIP-734, v7+): the first record carrying the partition's
    largest timestamp, even when later records are older; -1 on an empty partition."""
    from confluent_kafka.admin import OffsetSpec
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    topic, empty = unique("maxts"), unique("maxts-empty")
    make_topic(admin, topic)
    make_topic(admin, empty)
    producer = Producer({"bootstrap.servers": playground.bootstrap, "linger.ms": 0})
    for index, timestamp in enumerate([1_000, 9_000, 3_000, 9_000, 2_000]):
        producer.produce(topic, value=b"v%d" % index, partition=0, timestamp=1_700_000_000_000 + timestamp)
        producer.flush(10)  # one batch each, so the largest sits in a batch of its own, not the last
    part, none = TopicPartition(topic, 0), TopicPartition(empty, 0)
    answers = admin.list_offsets({part: OffsetSpec.max_timestamp()})
    found = answers[part].result(15)
    assert (found.offset, found.timestamp) == (1, 1_700_000_009_000)
    assert admin.list_offsets({part: OffsetSpec.earliest()})[part].result(15).offset == 0
    assert admin.list_offsets({part: OffsetSpec.latest()})[part].result(15).offset == 5
    nothing = admin.list_offsets({none: OffsetSpec.max_timestamp()})[none].result(15)
    assert (nothing.offset, nothing.timestamp) == (-1, -1)


def test_manual_replica_assignments_are_refused_not_ignored(playground):
    """Agents, not brokers, serve partitions: an assignment would change nothing, so it gets
    INVALID_REPLICA_ASSIGNMENT with the reason, and neither the topic nor its partitions appear."""
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    topic = unique("assigned")
    future = admin.create_topics([NewTopic(topic, 2, replica_assignment=[[1], [1]])])[topic]
    with pytest.raises(KafkaException) as refused:
        future.result(15)
    error = refused.value.args[0]
    assert error.name() == "INVALID_REPLICA_ASSIGNMENT" and "manual replica assignments are not supported" in error.str()
    assert topic not in admin.list_topics(timeout=10).topics

    make_topic(admin, topic, partitions=1)
    future = admin.create_partitions([NewPartitions(topic, 3, replica_assignment=[[1], [1]])])[topic]
    with pytest.raises(KafkaException) as refused:
        future.result(15)
    assert refused.value.args[0].name() == "INVALID_REPLICA_ASSIGNMENT"
    assert len(admin.list_topics(topic, timeout=10).topics[topic].partitions) == 1
