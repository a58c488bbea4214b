"""Drives one real Kafka client through the requests the golden fixtures need:
CreateTopics, Metadata, Produce with every codec (with keys and headers), InitProducerId,
and a consumer group (FindCoordinator, JoinGroup, SyncGroup, Fetch, OffsetCommit).

Every payload follows a convention that GoldenFixtureTests checks after decoding:
key `golden-key-<codec>`, value `golden-value-<codec>` repeated 40 times, header `golden-header: h-<codec>`,
topic `golden-<client>` with 3 partitions, group `golden-group-<client>`.
"""
import asyncio
import subprocess
import sys
import time

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]


def value(codec):
    """Compressible, so that clients really compress (librdkafka and kafka-python send a
    batch uncompressed when compression would not shrink it)."""
    return " ".join([f"golden-value-{codec}"] * 40)


def names(client):
    return f"golden-{client}", f"golden-group-{client}", f"golden-{client}"


def confluent(bootstrap):
    from confluent_kafka import Consumer, Producer
    from confluent_kafka.admin import AdminClient, NewTopic
    topic, group, client_id = names("confluent")
    admin = AdminClient({"bootstrap.servers": bootstrap, "client.id": client_id})
    admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])[topic].result(10)
    for codec in CODECS:
        producer = Producer({"bootstrap.servers": bootstrap, "client.id": client_id, "compression.type": codec,
                             "enable.idempotence": True, "linger.ms": 5})
        producer.produce(topic, key=f"golden-key-{codec}", value=value(codec),
                         headers=[("golden-header", f"h-{codec}".encode())], partition=0)
        assert producer.flush(15) == 0
    consumer = Consumer({"bootstrap.servers": bootstrap, "client.id": client_id, "group.id": group,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False})
    consumer.subscribe([topic])
    seen = 0
    deadline = time.time() + 30
    while seen < len(CODECS) and time.time() < deadline:
        message = consumer.poll(1)
        if message is not None and not message.error():
            seen += 1
    consumer.commit(asynchronous=False)
    consumer.close()
    assert seen == len(CODECS), f"consumed {seen}"


def kafka_python(bootstrap):
    from kafka import KafkaConsumer, KafkaProducer
    from kafka.admin import KafkaAdminClient, NewTopic
    topic, group, client_id = names("kafka-python")
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id=client_id)
    admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])
    admin.close()
    for codec in CODECS:
        producer = KafkaProducer(bootstrap_servers=bootstrap, client_id=client_id,
                                 compression_type=None if codec == "none" else codec, enable_idempotence=True)
        producer.send(topic, key=f"golden-key-{codec}".encode(), value=value(codec).encode(),
                      headers=[("golden-header", f"h-{codec}".encode())], partition=0).get(timeout=15)
        producer.close()
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, client_id=client_id, group_id=group,
                             auto_offset_reset="earliest", enable_auto_commit=False)
    seen = 0
    deadline = time.time() + 30
    while seen < len(CODECS) and time.time() < deadline:
        for records in consumer.poll(1000).values():
            seen += len(records)
    consumer.commit()
    consumer.close()
    assert seen == len(CODECS), f"consumed {seen}"


def aiokafka(bootstrap):
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    topic, group, client_id = names("aiokafka")

    async def run():
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id=client_id)
        await admin.start()
        await admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])
        await admin.close()
        # Tansu 0.6.0 answers aiokafka's InitProducerId with UNKNOWN_SERVER_ERROR; the request
        # is still captured, so make one idempotent attempt and produce without idempotence.
        idempotent = AIOKafkaProducer(bootstrap_servers=bootstrap, client_id=client_id, enable_idempotence=True)
        try:
            await idempotent.start()
        except Exception:
            pass
        await idempotent.stop()
        for codec in CODECS:
            producer = AIOKafkaProducer(bootstrap_servers=bootstrap, client_id=client_id,
                                        compression_type=None if codec == "none" else codec)
            await producer.start()
            await producer.send_and_wait(topic, key=f"golden-key-{codec}".encode(), value=value(codec).encode(),
                                         headers=[("golden-header", f"h-{codec}".encode())], partition=0)
            await producer.stop()
        consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, client_id=client_id, group_id=group,
                                    auto_offset_reset="earliest", enable_auto_commit=False)
        await consumer.start()
        seen = 0
        deadline = time.time() + 30
        while seen < len(CODECS) and time.time() < deadline:
            for records in (await consumer.getmany(timeout_ms=1000)).values():
                seen += len(records)
        await consumer.commit()
        await consumer.stop()
        assert seen == len(CODECS), f"consumed {seen}"

    asyncio.run(run())


def kcat(bootstrap):
    topic, group, client_id = names("kcat")
    for codec in CODECS:
        subprocess.run(["kcat", "-P", "-b", bootstrap, "-t", topic, "-p", "0", "-z", codec, "-K", ":",
                        "-H", f"golden-header=h-{codec}", "-X", f"client.id={client_id}",
                        "-X", "enable.idempotence=true"],
                       input=f"golden-key-{codec}:{value(codec)}\n".encode(), check=True, timeout=30)
    out = subprocess.run(["kcat", "-b", bootstrap, "-G", group, "-X", f"client.id={client_id}",
                          "-X", "auto.offset.reset=earliest", "-c", str(len(CODECS)), topic],
                         capture_output=True, check=True, timeout=60)
    assert out.stdout.count(b"golden-value") == 40 * len(CODECS), out


if __name__ == "__main__":
    {"confluent": confluent, "kafka-python": kafka_python, "aiokafka": aiokafka, "kcat": kcat}[sys.argv[1]](sys.argv[2])
