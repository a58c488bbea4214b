"""Consumer groups with real clients: three members share partitions and rebalance when a
member joins or leaves; a group commits and resumes where it left off."""
import threading
import time

from confluent_kafka import Consumer, Producer

from conftest import create_topic, unique

PARTITIONS = 6


def produce(bootstrap, topic, count, start=0):
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for i in range(start, start + count):
        producer.produce(topic, key=f"k{i}", value=f"v{i}", partition=i % PARTITIONS)
    assert producer.flush(30) == 0


class Member:
    """A consumer in its own thread, recording its assignment and what it read."""

    def __init__(self, bootstrap, topic, group, name):
        self.consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "client.id": name,
                                  "auto.offset.reset": "earliest", "enable.auto.commit": False,
                                  "session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
        self.assignment = []
        self.values = []
        self.stop = threading.Event()
        self.consumer.subscribe([topic], on_assign=self.on_assign, on_revoke=self.on_revoke)
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def on_assign(self, consumer, partitions):
        self.assignment = sorted(p.partition for p in partitions)

    def on_revoke(self, consumer, partitions):
        self.assignment = []

    def run(self):
        while not self.stop.is_set():
            message = self.consumer.poll(0.2)
            if message is not None and not message.error():
                self.values.append(message.value().decode())
                self.consumer.commit(message=message, asynchronous=False)

    def leave(self):
        self.stop.set()
        self.thread.join(10)
        self.consumer.close()


def wait_until(predicate, seconds=45):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_three_members_share_and_rebalance(playground):
    topic, group = unique("grp"), unique("group")
    create_topic(playground.bootstrap, topic, PARTITIONS)
    members = [Member(playground.bootstrap, topic, group, f"member-{i}") for i in range(2)]
    try:
        assert wait_until(lambda: sorted(sum((m.assignment for m in members), [])) == list(range(PARTITIONS))), \
            [m.assignment for m in members]
        # A third member joins: the six partitions are spread over three.
        members.append(Member(playground.bootstrap, topic, group, "member-2"))
        assert wait_until(lambda: all(len(m.assignment) == 2 for m in members)), [m.assignment for m in members]
        produce(playground.bootstrap, topic, 60)
        assert wait_until(lambda: sum(len(m.values) for m in members) == 60)
        assert all(m.values for m in members), "every member should have read something"
        # One leaves: the other two take over its partitions.
        members.pop().leave()
        assert wait_until(lambda: sorted(sum((m.assignment for m in members), [])) == list(range(PARTITIONS))), \
            [m.assignment for m in members]
        before = sum(len(m.values) for m in members)
        produce(playground.bootstrap, topic, 30, start=60)
        # The two remaining members read all 30 new records (committed offsets carry over).
        assert wait_until(lambda: sum(len(m.values) for m in members) == before + 30), sum(len(m.values) for m in members) - before
    finally:
        for member in members:
            member.leave()


def test_commits_and_resumes_where_it_left_off(playground):
    topic, group = unique("resume"), unique("group")
    create_topic(playground.bootstrap, topic, partitions=1)
    produce_one = Producer({"bootstrap.servers": playground.bootstrap})
    for i in range(20):
        produce_one.produce(topic, value=f"v{i}", partition=0)
    assert produce_one.flush(30) == 0

    def read(count):
        consumer = Consumer({"bootstrap.servers": playground.bootstrap, "group.id": group,
                             "auto.offset.reset": "earliest", "enable.auto.commit": False})
        consumer.subscribe([topic])
        values = []
        deadline = time.time() + 30
        while len(values) < count and time.time() < deadline:
            message = consumer.poll(0.5)
            if message is not None and not message.error():
                values.append(message.value().decode())
        consumer.commit(asynchronous=False)
        consumer.close()
        return values

    first = read(8)
    assert first == [f"v{i}" for i in range(8)]
    second = read(12)
    assert second == [f"v{i}" for i in range(8, 20)]
