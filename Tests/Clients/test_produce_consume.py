"""Every client produces and consumes with every codec, with keys and headers, and reads
back exactly what was sent."""
import asyncio
import subprocess
import time

import pytest

from conftest import unique

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
COUNT = 30


def expected(codec):
    return [(f"key-{i}".encode(), (f"{codec} value {i} " * 20).encode(), [("h1", f"v{i}".encode()), ("h2", b"")]) for i in range(COUNT)]


def produce_confluent(bootstrap, topic, codec):
    from confluent_kafka import Producer
    producer = Producer({"bootstrap.servers": bootstrap, "compression.type": codec, "enable.idempotence": True, "linger.ms": 10})
    for key, value, headers in expected(codec):
        producer.produce(topic, key=key, value=value, headers=headers, partition=0)
    assert producer.flush(30) == 0


def consume_confluent(bootstrap, topic):
    from confluent_kafka import Consumer, TopicPartition
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("g"), "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, 0, 0)])
    records = []
    deadline = time.time() + 30
    while len(records) < COUNT and time.time() < deadline:
        message = consumer.poll(1)
        if message is None:
            continue
        assert not message.error(), message.error()
        records.append((message.key(), message.value(), [(k, v or b"") for k, v in (message.headers() or [])]))
    consumer.close()
    return records


def produce_kafka_python(bootstrap, topic, codec):
    from kafka import KafkaProducer
    producer = KafkaProducer(bootstrap_servers=bootstrap, compression_type=None if codec == "none" else codec, enable_idempotence=True)
    for key, value, headers in expected(codec):
        producer.send(topic, key=key, value=value, headers=headers, partition=0)
    producer.flush(30)
    producer.close()


def consume_kafka_python(bootstrap, topic):
    from kafka import KafkaConsumer, TopicPartition
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=10000)
    partition = TopicPartition(topic, 0)
    consumer.assign([partition])
    consumer.seek(partition, 0)
    records = []
    for message in consumer:
        records.append((message.key, message.value, [(k, v or b"") for k, v in message.headers]))
        if len(records) == COUNT:
            break
    consumer.close()
    return records


def produce_aiokafka(bootstrap, topic, codec):
    from aiokafka import AIOKafkaProducer

    async def run():
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, compression_type=None if codec == "none" else codec, enable_idempotence=True)
        await producer.start()
        try:
            for key, value, headers in expected(codec):
                await producer.send(topic, key=key, value=value, headers=headers, partition=0)
            await producer.flush()
        finally:
            await producer.stop()

    asyncio.run(run())


def consume_aiokafka(bootstrap, topic):
    from aiokafka import AIOKafkaConsumer, TopicPartition

    async def run():
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        await consumer.start()
        partition = TopicPartition(topic, 0)
        consumer.assign([partition])
        consumer.seek(partition, 0)
        records = []
        deadline = time.time() + 30
        try:
            while len(records) < COUNT and time.time() < deadline:
                for messages in (await consumer.getmany(timeout_ms=1000)).values():
                    records.extend((m.key, m.value, [(k, v or b"") for k, v in m.headers]) for m in messages)
        finally:
            await consumer.stop()
        return records

    return asyncio.run(run())


def produce_kcat(bootstrap, topic, codec):
    # kcat reads one record per line: key<TAB>value; headers apply to every record it sends.
    for key, value, headers in expected(codec):
        args = ["kcat", "-P", "-b", bootstrap, "-t", topic, "-p", "0", "-z", codec, "-K", "\t", "-X", "enable.idempotence=true"]
        for name, header_value in headers:
            args += ["-H", f"{name}={header_value.decode()}"]
        subprocess.run(args, input=key + b"\t" + value + b"\n", check=True, timeout=30)


def consume_kcat(bootstrap, topic):
    out = subprocess.run(["kcat", "-C", "-b", bootstrap, "-t", topic, "-p", "0", "-o", "beginning", "-e", "-c", str(COUNT),
                          "-f", "%k\t%s\t%h\n"], capture_output=True, check=True, timeout=60).stdout
    records = []
    for line in out.decode().splitlines():
        key, value, header_text = line.split("\t")
        headers = [tuple(item.split("=", 1)) for item in header_text.split(",") if item]
        records.append((key.encode(), value.encode(), [(k, v.encode()) for k, v in headers]))
    return records


CLIENTS = {
    "confluent": (produce_confluent, consume_confluent),
    "kafka-python": (produce_kafka_python, consume_kafka_python),
    "aiokafka": (produce_aiokafka, consume_aiokafka),
    "kcat": (produce_kcat, consume_kcat),
}


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("client", list(CLIENTS))
def test_round_trip(playground, client, codec):
    produce, consume = CLIENTS[client]
    topic = unique(f"rt-{client}-{codec}")
    produce(playground.bootstrap, topic, codec)
    assert consume(playground.bootstrap, topic) == expected(codec)


@pytest.mark.parametrize("client", list(CLIENTS))
def test_every_client_reads_what_another_wrote(playground, client):
    """confluent writes zstd; every client reads it (cross-client, cross-agent)."""
    topic = unique(f"cross-{client}")
    produce_confluent(playground.bootstrap, topic, "zstd")
    assert CLIENTS[client][1](playground.bootstrap, topic) == expected("zstd")
