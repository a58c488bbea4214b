"""A transaction history check on the production shape: producers run many transactions over
several partitions, aborting some at random, while agents are kill -9ed and restarted. Then a
read_committed read of everything is checked against what each producer was told: no record
of an aborted transaction is read, no record twice, every committed transaction whole, and no
transaction torn (visible in one partition and not in another). Every count must be 0."""
import random
import threading
import time

import pytest
from confluent_kafka import Consumer, KafkaError, KafkaException, Producer

from cluster import Cluster, requires_services
from conftest import create_topic, unique

pytestmark = requires_services
PARTITIONS = 6


@pytest.fixture(scope="module")
def cluster():
    c = Cluster()
    c.wait_for_agents(3)
    yield c
    codes = c.stop()
    assert all(code == 0 for code in codes), f"processes did not exit cleanly on SIGTERM: {codes}"


class TransactionalWriter(threading.Thread):
    """Runs transactions until told to stop; `outcomes[txn] = (state, records)`, where state is
    committed, aborted or unknown (the client could not tell), and records the values it sent."""

    def __init__(self, bootstrap, topic, name, seed, outcomes):
        super().__init__(daemon=True)
        self.bootstrap, self.topic, self.name, self.outcomes = bootstrap, topic, name, outcomes
        self.random = random.Random(seed)
        self.stopping = threading.Event()
        self.errors = []

    def producer(self):
        producer = Producer({"bootstrap.servers": self.bootstrap, "transactional.id": self.name, "linger.ms": 5,
                             "transaction.timeout.ms": 20000, "message.timeout.ms": 20000})
        producer.init_transactions(30)
        return producer

    def run(self):
        producer = self.producer()
        number = 0
        while not self.stopping.is_set():
            number += 1
            txn = f"{self.name}/{number}"
            records = [f"{txn}/{k}" for k in range(self.random.randint(2, 12))]
            abort = self.random.random() < 0.3
            self.outcomes[txn] = ("unknown", records)
            try:
                producer.begin_transaction()
                for value in records:
                    producer.produce(self.topic, value=value, partition=self.random.randrange(PARTITIONS))
                if abort:
                    producer.flush(20)
                    producer.abort_transaction(30)
                    self.outcomes[txn] = ("aborted", records)
                else:
                    self.commit(producer, txn, records)
            except KafkaException as failure:
                error = failure.args[0]
                if error.fatal():
                    producer = self.producer()  # fences the old epoch; its open transaction is aborted
                elif error.txn_requires_abort():
                    try:
                        producer.abort_transaction(30)
                        self.outcomes[txn] = ("aborted", records)
                    except KafkaException as again:
                        self.errors.append(str(again))
                        producer = self.producer()
                else:
                    self.errors.append(str(error))
                    producer = self.producer()

    def commit(self, producer, txn, records):
        for _ in range(10):
            try:
                producer.commit_transaction(30)
                self.outcomes[txn] = ("committed", records)
                return
            except KafkaException as failure:
                if not failure.args[0].retriable():
                    raise
        raise KafkaException(KafkaError(KafkaError._TIMED_OUT, "commit did not finish"))


def read_committed(bootstrap, topic):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("checker"), "auto.offset.reset": "earliest",
                         "isolation.level": "read_committed", "enable.partition.eof": True, "enable.auto.commit": False})
    consumer.subscribe([topic])
    values, finished = [], set()
    deadline = time.time() + 90
    while len(finished) < PARTITIONS and time.time() < deadline:
        message = consumer.poll(1.0)
        if message is None:
            continue
        if message.error():
            if message.error().code() == KafkaError._PARTITION_EOF:
                finished.add(message.partition())
            continue
        values.append(message.value().decode())
    consumer.close()
    assert len(finished) == PARTITIONS, "the read did not reach the end of every partition"
    return values


def test_many_transactions_with_random_aborts_while_agents_die(cluster):
    topic = unique("checked")
    create_topic(cluster.bootstrap(0), topic, partitions=PARTITIONS)
    outcomes = {}
    writers = [TransactionalWriter(cluster.all_bootstrap, topic, unique(f"writer{i}"), 20261203 + i, outcomes) for i in range(3)]
    for writer in writers:
        writer.start()
    faults = random.Random(20261203)
    kills = 0
    started = time.time()
    while time.time() - started < 30:
        time.sleep(faults.uniform(3, 5))
        victim = faults.randrange(3)
        cluster.kill(cluster.agents[victim])
        time.sleep(faults.uniform(0.5, 1.5))
        cluster.start_agent(victim)
        kills += 1
    for writer in writers:
        writer.stopping.set()
    for writer in writers:
        writer.join(120)
        assert not writer.is_alive(), "a writer is stuck"
    # Anything still open is aborted by its timeout; wait for the last stable offsets to move.
    time.sleep(1)
    seen = read_committed(cluster.bootstrap(0), topic)
    counts = {}
    for value in seen:
        counts[value] = counts.get(value, 0) + 1
    aborted_reads = sum(1 for state, records in outcomes.values() if state == "aborted" for value in records if value in counts)
    duplicates = sum(count - 1 for count in counts.values())
    lost = sum(1 for state, records in outcomes.values() if state == "committed" for value in records if value not in counts)
    torn = sum(1 for _, records in outcomes.values() if 0 < sum(value in counts for value in records) < len(records))
    unknown_values = {value for state, records in outcomes.values() for value in records}
    strangers = sum(1 for value in counts if value not in unknown_values)
    committed = sum(1 for state, _ in outcomes.values() if state == "committed")
    aborted = sum(1 for state, _ in outcomes.values() if state == "aborted")
    print(f"checker: {len(outcomes)} transactions ({committed} committed, {aborted} aborted, "
          f"{len(outcomes) - committed - aborted} unknown), {len(seen)} records read, {kills} agent kills; "
          f"aborted reads {aborted_reads}, duplicates {duplicates}, lost {lost}, torn {torn}")
    assert kills >= 5 and committed >= 50 and aborted >= 10, "the run was too small to mean anything"
    assert (aborted_reads, duplicates, lost, torn, strangers) == (0, 0, 0, 0, 0)
