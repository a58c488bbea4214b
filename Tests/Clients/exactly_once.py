"""The exactly-once check shared by the playground and cluster transaction tests: a
consume-transform-produce processor (txn_processor.py) copies an input topic while it is
kill -9ed, and the read_committed output must hold every input record exactly once."""
import os
import random
import signal
import subprocess
import sys
import time

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition

from conftest import create_topic, unique

HERE = os.path.dirname(__file__)


def read_all(bootstrap, topic, isolation, partitions, timeout=20):
    """Every record of `topic` (values, decoded), reading to the end of each partition."""
    consumer = Consumer({
        "bootstrap.servers": bootstrap, "group.id": unique("reader"), "auto.offset.reset": "earliest",
        "isolation.level": isolation, "enable.partition.eof": True, "enable.auto.commit": False,
    })
    consumer.subscribe([topic])
    values, finished = [], set()
    deadline = time.time() + timeout
    while len(finished) < partitions and time.time() < deadline:
        message = consumer.poll(1.0)
        if message is None:
            continue
        if message.error():
            assert message.error().code() == KafkaError._PARTITION_EOF, message.error()
            finished.add(message.partition())
            continue
        values.append(message.value().decode())
    consumer.close()
    assert len(finished) == partitions, f"did not reach the end of {topic}"
    return values


def run_exactly_once(bootstrap, records=10_000, kills=3, faults=()):
    """Copies `records` input records through the processor, kill -9ing it `kills` times, and
    checks the output holds each exactly once and the group's offsets are at the input's end.
    `faults`: callables run mid-copy, one after each kill (a replica's kill -9, a PostgreSQL restart)."""
    source, target, group, tid = unique("eos-in"), unique("eos-out"), unique("eos"), unique("eos-tid")
    create_topic(bootstrap, source, partitions=4)
    create_topic(bootstrap, target, partitions=4)
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20})
    for i in range(records):
        producer.produce(source, key=str(i), value=str(i), partition=i % 4)
    producer.flush(30)
    command = [sys.executable, os.path.join(HERE, "txn_processor.py"), bootstrap, source, target, group, tid]
    checker = Consumer({"bootstrap.servers": bootstrap, "group.id": group})
    partitions = [TopicPartition(source, p) for p in range(4)]

    def progress():
        return sum(max(tp.offset, 0) for tp in checker.committed(partitions, 15))

    killed, done = 0, 0
    while killed < kills:
        processor = subprocess.Popen(command)
        # Kill it mid-run: once it has committed some more, at a random moment after.
        deadline = time.time() + 60
        while progress() < done + records // (2 * kills) and time.time() < deadline:
            assert processor.poll() is None, "the processor died on its own"
            time.sleep(0.1)
        time.sleep(random.uniform(0, 0.3))
        processor.send_signal(signal.SIGKILL)
        processor.wait()
        done = progress()
        assert done < records, "the processor finished before it was killed"
        if killed < len(faults):
            faults[killed]()
        killed += 1
    final = subprocess.Popen([*command, "--until-done", str(records)])
    assert final.wait(240) == 0
    output = read_all(bootstrap, target, "read_committed", 4, timeout=60)
    assert len(output) == records and sorted(map(int, output)) == list(range(records)), (
        f"{len(output)} records, {len(set(output))} distinct, for {records} inputs")
    assert progress() == records
    checker.close()
    return killed
