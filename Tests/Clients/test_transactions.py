"""Transactions with real clients: commit and abort, read_committed and read_uncommitted,
zombie fencing, the coordinator's timeout, and an exactly-once consume-transform-produce
processor that is kill -9ed mid-run. kafka-python and aiokafka producers too."""
import asyncio
import signal
import subprocess
import sys
import time

import pytest
from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition

from conftest import Playground, create_topic, unique
from exactly_once import read_all, run_exactly_once


@pytest.fixture(scope="module")
def playground():
    cluster = Playground(agents=2, batch_timeout="20ms")
    yield cluster
    assert cluster.stop() == 0, "playground did not exit cleanly on SIGTERM"


def transactional(bootstrap, transactional_id, **extra):
    producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": transactional_id, **extra})
    producer.init_transactions(15)
    return producer


def test_commit_and_abort(playground):
    topic = unique("txn")
    create_topic(playground.bootstrap, topic, partitions=3)
    producer = transactional(playground.bootstrap, unique("tid"))
    producer.begin_transaction()
    for i in range(30):
        producer.produce(topic, value=f"committed-{i}", partition=i % 3)
    producer.commit_transaction(15)
    producer.begin_transaction()
    for i in range(30):
        producer.produce(topic, value=f"aborted-{i}", partition=i % 3)
    producer.flush(15)  # sent, so the aborted records are in the log
    producer.abort_transaction(15)
    producer.begin_transaction()
    producer.produce(topic, value="committed-last", partition=1)
    producer.commit_transaction(15)

    committed = sorted(read_all(playground.bootstrap, topic, "read_committed", 3))
    assert committed == sorted([f"committed-{i}" for i in range(30)] + ["committed-last"])
    # read_uncommitted sees the aborted records too, and never a control record as a message.
    everything = sorted(read_all(playground.bootstrap, topic, "read_uncommitted", 3))
    assert everything == sorted(committed + [f"aborted-{i}" for i in range(30)])


def test_read_committed_stops_at_an_open_transaction(playground):
    topic = unique("lso")
    create_topic(playground.bootstrap, topic, partitions=1)
    producer = transactional(playground.bootstrap, unique("tid"))
    plain = Producer({"bootstrap.servers": playground.bootstrap})
    producer.begin_transaction()
    producer.produce(topic, value="in-transaction")
    producer.flush(15)
    plain.produce(topic, value="after-the-open-transaction")
    plain.flush(15)
    consumer = Consumer({"bootstrap.servers": playground.bootstrap, "group.id": unique("lso"), "isolation.level": "read_committed"})
    # ListOffsets with READ_COMMITTED answers the last stable offset: the open transaction's start.
    assert consumer.get_watermark_offsets(TopicPartition(topic, 0), 10, cached=False) == (0, 0)
    assert read_all(playground.bootstrap, topic, "read_uncommitted", 1) == ["in-transaction", "after-the-open-transaction"]
    reader = Consumer({
        "bootstrap.servers": playground.bootstrap, "group.id": unique("lso"), "auto.offset.reset": "earliest",
        "isolation.level": "read_committed",
    })
    reader.assign([TopicPartition(topic, 0, 0)])
    assert reader.poll(3) is None, "read_committed read past the last stable offset"
    producer.commit_transaction(15)
    seen = []
    deadline = time.time() + 15
    while len(seen) < 2 and time.time() < deadline:
        message = reader.poll(1)
        if message is not None and not message.error():
            seen.append(message.value().decode())
    assert seen == ["in-transaction", "after-the-open-transaction"]
    # The commit marker took offset 2; the LSO is past it.
    assert consumer.get_watermark_offsets(TopicPartition(topic, 0), 10, cached=False) == (0, 3)
    reader.close()
    consumer.close()


def test_a_second_producer_fences_the_first(playground):
    topic = unique("zombie")
    create_topic(playground.bootstrap, topic, partitions=1)
    tid = unique("tid")
    zombie = transactional(playground.bootstrap, tid)
    zombie.begin_transaction()
    zombie.produce(topic, value="from-the-zombie")
    zombie.flush(15)
    successor = transactional(playground.bootstrap, tid)  # aborts the zombie's transaction
    with pytest.raises(KafkaException) as failure:
        zombie.produce(topic, value="zombie-again")
        zombie.commit_transaction(15)
    assert failure.value.args[0].code() in (KafkaError._FENCED, KafkaError.PRODUCER_FENCED, KafkaError.INVALID_PRODUCER_EPOCH), failure.value
    successor.begin_transaction()
    successor.produce(topic, value="from-the-successor")
    successor.commit_transaction(15)
    assert read_all(playground.bootstrap, topic, "read_committed", 1) == ["from-the-successor"]


def test_an_abandoned_transaction_is_aborted_after_its_timeout(playground):
    topic = unique("timeout")
    create_topic(playground.bootstrap, topic, partitions=1)
    script = (
        "import sys, time\n"
        "from confluent_kafka import Producer\n"
        "p = Producer({'bootstrap.servers': sys.argv[1], 'transactional.id': sys.argv[3], 'transaction.timeout.ms': 3000})\n"
        "p.init_transactions(15); p.begin_transaction(); p.produce(sys.argv[2], value='abandoned'); p.flush(15)\n"
        "print('open', flush=True); time.sleep(600)\n")
    child = subprocess.Popen([sys.executable, "-c", script, playground.bootstrap, topic, unique("tid")], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    child.send_signal(signal.SIGKILL)
    child.wait()
    plain = Producer({"bootstrap.servers": playground.bootstrap})
    plain.produce(topic, value="later")
    plain.flush(15)
    # The coordinator aborts it within its timeout plus a sweep: the LSO moves past it.
    deadline = time.time() + 15
    while time.time() < deadline:
        values = read_all(playground.bootstrap, topic, "read_committed", 1)
        if values:
            break
        time.sleep(0.5)
    assert values == ["later"]
    assert read_all(playground.bootstrap, topic, "read_uncommitted", 1) == ["abandoned", "later"]


def test_an_init_beyond_the_maximum_timeout_is_refused(playground):
    producer = Producer({"bootstrap.servers": playground.bootstrap, "transactional.id": unique("tid"), "transaction.timeout.ms": 900_001})
    with pytest.raises(KafkaException) as failure:
        producer.init_transactions(15)
    assert failure.value.args[0].code() == KafkaError.INVALID_TRANSACTION_TIMEOUT


def test_consume_transform_produce_is_exactly_once_across_kills(playground):
    assert run_exactly_once(playground.bootstrap) == 3


def test_kafka_python_transactions(playground):
    from kafka import KafkaProducer
    topic = unique("kp-txn")
    create_topic(playground.bootstrap, topic, partitions=2)
    producer = KafkaProducer(bootstrap_servers=playground.bootstrap, transactional_id=unique("kp-tid"))
    producer.init_transactions()
    producer.begin_transaction()
    for i in range(10):
        producer.send(topic, value=f"kp-committed-{i}".encode(), partition=i % 2)
    producer.commit_transaction()
    producer.begin_transaction()
    for i in range(5):
        producer.send(topic, value=f"kp-aborted-{i}".encode(), partition=i % 2)
    producer.flush()
    producer.abort_transaction()
    producer.close()
    committed = sorted(read_all(playground.bootstrap, topic, "read_committed", 2))
    assert committed == sorted(f"kp-committed-{i}" for i in range(10))
    assert len(read_all(playground.bootstrap, topic, "read_uncommitted", 2)) == 15
    # kafka-python's read_committed consumer agrees with confluent-kafka's.
    from kafka import KafkaConsumer
    consumer = KafkaConsumer(
        topic, bootstrap_servers=playground.bootstrap, isolation_level="read_committed", auto_offset_reset="earliest",
        consumer_timeout_ms=5000, group_id=unique("kp-reader"))
    assert sorted(m.value.decode() for m in consumer) == committed
    consumer.close()


def test_aiokafka_transactions(playground):
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
    topic = unique("aio-txn")
    create_topic(playground.bootstrap, topic, partitions=2)

    async def scenario():
        producer = AIOKafkaProducer(bootstrap_servers=playground.bootstrap, transactional_id=unique("aio-tid"))
        await producer.start()
        try:
            async with producer.transaction():
                for i in range(10):
                    await producer.send(topic, value=f"aio-committed-{i}".encode(), partition=i % 2)
            await producer.begin_transaction()
            for i in range(5):
                await (await producer.send(topic, value=f"aio-aborted-{i}".encode(), partition=i % 2))
            await producer.abort_transaction()
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=playground.bootstrap, isolation_level="read_committed", auto_offset_reset="earliest",
            group_id=unique("aio-reader"))
        await consumer.start()
        seen = []
        try:
            deadline = time.time() + 15
            while len(seen) < 10 and time.time() < deadline:
                for records in (await consumer.getmany(timeout_ms=1000)).values():
                    seen += [r.value.decode() for r in records]
        finally:
            await consumer.stop()
        return sorted(seen)

    committed = asyncio.run(scenario())
    assert committed == sorted(f"aio-committed-{i}" for i in range(10))
    assert sorted(read_all(playground.bootstrap, topic, "read_committed", 2)) == committed
    assert len(read_all(playground.bootstrap, topic, "read_uncommitted", 2)) == 15


def test_an_acl_on_a_transactional_id_refuses_its_producer(playground):
    from confluent_kafka.admin import (AclBinding, AclBindingFilter, AclOperation, AclPermissionType, AdminClient,
                                       ResourcePatternType, ResourceType)
    blocked = unique("blocked-tid")
    admin = AdminClient({"bootstrap.servers": playground.bootstrap})
    binding = AclBinding(ResourceType.TRANSACTIONAL_ID, blocked, ResourcePatternType.LITERAL, "User:*", "*",
                         AclOperation.WRITE, AclPermissionType.DENY)
    admin.create_acls([binding])[binding].result(15)
    time.sleep(3)  # every agent refreshes the API-managed ACLs within 2 s
    producer = Producer({"bootstrap.servers": playground.bootstrap, "transactional.id": blocked})
    with pytest.raises(KafkaException) as failure:
        producer.init_transactions(15)
    assert failure.value.args[0].code() == KafkaError.TRANSACTIONAL_ID_AUTHORIZATION_FAILED
    # Other ids are untouched: no binding names them.
    transactional(playground.bootstrap, unique("free-tid"))
    matching = AclBindingFilter(ResourceType.TRANSACTIONAL_ID, blocked, ResourcePatternType.LITERAL, "User:*", "*",
                                AclOperation.WRITE, AclPermissionType.DENY)
    assert len(admin.delete_acls([matching])[matching].result(15)) == 1


def test_the_maximum_timeout_is_the_operators():
    small = Playground(agents=1, extra=("--transaction-max-timeout", "5s"))
    try:
        refused = Producer({"bootstrap.servers": small.bootstrap, "transactional.id": unique("tid"), "transaction.timeout.ms": 6000})
        with pytest.raises(KafkaException) as failure:
            refused.init_transactions(15)
        assert failure.value.args[0].code() == KafkaError.INVALID_TRANSACTION_TIMEOUT
        transactional(small.bootstrap, unique("tid"), **{"transaction.timeout.ms": 5000})
    finally:
        assert small.stop() == 0
