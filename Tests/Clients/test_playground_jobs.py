"""The playground runs the jobs role on request: retention deletes expired objects from its
data directory and advances the log start."""
import os
import time

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import Playground, unique


def test_retention_in_the_playground():
    cluster = Playground(agents=1, extra=["--jobs-interval", "1s"])
    try:
        topic = unique("expiring")
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        admin.create_topics([NewTopic(topic, 1, 1, config={"retention.ms": "1000"})])[topic].result(15)
        producer = Producer({"bootstrap.servers": cluster.bootstrap, "linger.ms": 0})
        for _ in range(5):
            producer.produce(topic, value=b"x")
            assert producer.flush(15) == 0
        objects = os.path.join(cluster.data, "objects")
        consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": unique("w")})
        deadline = time.time() + 20
        while time.time() < deadline and consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10) != (5, 5):
            time.sleep(0.5)
        assert consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10) == (5, 5)
        consumer.close()
        remaining = [name for _, _, files in os.walk(objects) for name in files if name.endswith(".seg")]
        assert remaining == [], f"expired segments left: {remaining}"
    finally:
        assert cluster.stop() == 0
