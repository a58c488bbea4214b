"""The chaos harness's workloads, each a thread that records what its client was told into a
shared `History`. All use confluent-kafka (librdkafka) with real settings:
- `IdempotentProducer`: acks=all, idempotence, unique values `NAME-SEQ` over the partitions in
  turn; records each send and its outcome (offset, or the error);
- `GroupMember`: subscribe, auto-commit off, a synchronous commit of what it processed about
  every 0.5 s; records each record it is given and each commit it is told succeeded;
- `CommittedSampler`: reads the group's committed offsets (OffsetFetch) every second;
- `AssignReader`: assign mode from offset 0 of every partition; records each record, and starts
  a new session (from the next offset it has not seen) when its client fails;
- `TransactionalWriter`: transactions of 2-8 records over the partitions, 30% aborted.
"""
import json
import os
import random
import threading
import time

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition


class History:
    """Events, in the order they were recorded, written out as JSONL."""

    def __init__(self):
        self.lock = threading.Lock()
        self.events = []
        self.started = time.time()

    def record(self, kind, **fields):
        with self.lock:
            self.events.append(dict(fields, type=kind, t=round(time.time() - self.started, 3)))

    def write(self, path):
        with self.lock, open(path, "w") as out:
            for event in self.events:
                out.write(json.dumps(event) + "\n")


class Workload(threading.Thread):
    def __init__(self, name, history):
        super().__init__(daemon=True, name=name)
        self.history = history
        self.stopping = threading.Event()
        self.errors = 0

    def stop(self):
        self.stopping.set()


class IdempotentProducer(Workload):
    def __init__(self, name, history, bootstrap, topic, partitions, rate):
        super().__init__(name, history)
        self.bootstrap, self.topic, self.partitions, self.rate = bootstrap, topic, partitions, rate
        self.sent = 0

    def run(self):
        config = {"bootstrap.servers": self.bootstrap, "enable.idempotence": True, "acks": "all", "linger.ms": 5, "message.timeout.ms": 60000}
        if os.environ.get("FJORD_CHAOS_PRODUCER_DEBUG"):  # librdkafka debug contexts, e.g. eos,msg (to clients.log)
            config["debug"] = os.environ["FJORD_CHAOS_PRODUCER_DEBUG"]
        producer = Producer(config)

        def delivered(error, message):
            value = message.value().decode()
            if error is None and message.offset() is not None and message.offset() >= 0:
                self.history.record("ack", process=self.name, value=value, partition=message.partition(), offset=message.offset())
            elif error is None:  # acknowledged without an offset (librdkafka's -1001)
                self.history.record("ack", process=self.name, value=value, partition=message.partition(), offset=None)
            else:
                self.history.record("fail", process=self.name, value=value, error=str(error))

        started = time.time()
        while not self.stopping.is_set():
            value = f"{self.name}-{self.sent:07d}"
            partition = self.sent % self.partitions
            self.history.record("send", process=self.name, value=value, partition=partition, seq=self.sent)
            while True:
                try:
                    producer.produce(self.topic, value=value, partition=partition, on_delivery=delivered)
                    break
                except BufferError:
                    producer.poll(0.05)
            self.sent += 1
            producer.poll(0)
            ahead = started + self.sent / self.rate - time.time()
            if ahead > 0:
                time.sleep(ahead)
        left = producer.flush(90)
        if left:
            self.history.record("unflushed", process=self.name, count=left)


class GroupMember(Workload):
    def __init__(self, name, history, bootstrap, topic, group):
        super().__init__(name, history)
        self.bootstrap, self.topic, self.group = bootstrap, topic, group
        self.drained = threading.Event()  # set while polls find nothing new

    def consumer(self):
        consumer = Consumer({"bootstrap.servers": self.bootstrap, "group.id": self.group, "auto.offset.reset": "earliest",
                             "enable.auto.commit": False, "session.timeout.ms": 10000, "heartbeat.interval.ms": 1000,
                             "max.poll.interval.ms": 60000})
        # Offsets read from a partition this member has lost must not be committed: under the
        # next generation the commit is valid (Kafka does not check who owns a partition), and
        # would set back the offset the new owner committed meanwhile. (Without this, the harness
        # itself produced `commit-backwards`: 2983 committed for a partition after its new owner
        # had started from 2927, in the test command's campaign on 2026-12-07.)
        def forget(_consumer, partitions):
            for partition in partitions:
                self.pending.pop(partition.partition, None)

        consumer.subscribe([self.topic], on_revoke=forget, on_lost=forget)
        return consumer

    def run(self):
        consumer = self.consumer()
        self.pending = pending = {}  # partition -> next offset to commit
        last_commit = time.time()
        while not self.stopping.is_set():
            try:
                message = consumer.poll(0.2)
                if message is None:
                    self.drained.set()
                elif message.error():
                    if message.error().fatal():
                        raise KafkaException(message.error())
                else:
                    self.drained.clear()
                    self.history.record("group_poll", process=self.name, group=self.group, partition=message.partition(),
                                        offset=message.offset(), value=message.value().decode())
                    pending[message.partition()] = message.offset() + 1
                if pending and time.time() - last_commit > 0.5:
                    offsets = [TopicPartition(self.topic, partition, offset) for partition, offset in pending.items()]
                    pending.clear()
                    last_commit = time.time()
                    try:
                        for committed in consumer.commit(offsets=offsets, asynchronous=False):
                            if committed.error is None:
                                self.history.record("commit", process=self.name, group=self.group, partition=committed.partition,
                                                    offset=committed.offset)
                    except KafkaException as failure:  # e.g. rebalanced away: the next owner re-reads
                        self.history.record("commit_failed", process=self.name, error=str(failure.args[0]))
            except KafkaException as failure:
                self.errors += 1
                self.history.record("client_error", process=self.name, error=str(failure.args[0]))
                try:
                    consumer.close()
                except (KafkaException, RuntimeError):
                    pass
                time.sleep(0.5)
                pending.clear()
                consumer = self.consumer()
        try:
            consumer.close()
        except (KafkaException, RuntimeError):
            pass


class CommittedSampler(Workload):
    def __init__(self, name, history, bootstrap, topic, partitions, group):
        super().__init__(name, history)
        self.bootstrap, self.topic, self.partitions, self.group = bootstrap, topic, partitions, group

    def run(self):
        consumer = Consumer({"bootstrap.servers": self.bootstrap, "group.id": self.group, "enable.auto.commit": False})
        while not self.stopping.wait(1.0):
            try:
                for tp in consumer.committed([TopicPartition(self.topic, p) for p in range(self.partitions)], timeout=5):
                    if tp.error is None and tp.offset >= 0:
                        self.history.record("committed", process=self.name, group=self.group, partition=tp.partition, offset=tp.offset)
            except KafkaException:
                self.errors += 1
        consumer.close()


class AssignReader(Workload):
    def __init__(self, name, history, bootstrap, topic, partitions):
        super().__init__(name, history)
        self.bootstrap, self.topic, self.partitions = bootstrap, topic, partitions
        self.next = {p: 0 for p in range(partitions)}
        self.session = 0

    def consumer(self):
        self.session += 1
        self.history.record("session", process=self.name, session=self.session, start=dict(self.next))
        consumer = Consumer({"bootstrap.servers": self.bootstrap, "group.id": "assign-" + self.name, "enable.auto.commit": False,
                             "enable.partition.eof": False})
        consumer.assign([TopicPartition(self.topic, p, offset) for p, offset in self.next.items()])
        return consumer

    def run(self):
        consumer = self.consumer()
        while not self.stopping.is_set():
            try:
                message = consumer.poll(0.2)
                if message is None:
                    continue
                if message.error():
                    if message.error().fatal():
                        raise KafkaException(message.error())
                    continue
                self.history.record("poll", process=self.name, session=self.session, partition=message.partition(),
                                    offset=message.offset(), value=message.value().decode())
                self.next[message.partition()] = max(self.next[message.partition()], message.offset() + 1)
            except KafkaException as failure:
                self.errors += 1
                self.history.record("client_error", process=self.name, error=str(failure.args[0]))
                consumer.close()
                consumer = self.consumer()
        consumer.close()


class TransactionalWriter(Workload):
    """`txn` events: state committed, aborted or unknown (the client could not tell)."""

    def __init__(self, name, history, bootstrap, topic, partitions, seed):
        super().__init__(name, history)
        self.bootstrap, self.topic, self.partitions = bootstrap, topic, partitions
        self.random = random.Random(seed)

    def producer(self):
        producer = Producer({"bootstrap.servers": self.bootstrap, "transactional.id": self.name, "linger.ms": 5,
                             "transaction.timeout.ms": 20000, "message.timeout.ms": 20000})
        producer.init_transactions(60)
        return producer

    def run(self):
        producer = None
        number = 0
        while not self.stopping.is_set():
            try:
                producer = producer or self.producer()
            except KafkaException as failure:
                self.errors += 1
                self.history.record("client_error", process=self.name, error=str(failure.args[0]))
                time.sleep(1)
                continue
            number += 1
            txn = f"{self.name}/{number}"
            values = [f"{txn}/{k}" for k in range(self.random.randint(2, 8))]
            abort = self.random.random() < 0.3
            self.history.record("txn", process=self.name, txn=txn, state="begun", values=values)
            try:
                producer.begin_transaction()
                for value in values:
                    producer.produce(self.topic, value=value, partition=self.random.randrange(self.partitions))
                if abort:
                    producer.flush(20)
                    producer.abort_transaction(30)
                    self.history.record("txn", process=self.name, txn=txn, state="aborted", values=values)
                else:
                    producer.commit_transaction(30)
                    self.history.record("txn", process=self.name, txn=txn, state="committed", values=values)
            except KafkaException as failure:
                error = failure.args[0]
                self.errors += 1
                self.history.record("client_error", process=self.name, error=str(error))
                if error.txn_requires_abort():
                    try:
                        producer.abort_transaction(30)
                        self.history.record("txn", process=self.name, txn=txn, state="aborted", values=values)
                        continue
                    except KafkaException:
                        pass
                producer = None  # a new producer fences this epoch; what it left open is aborted
            time.sleep(0.05)
