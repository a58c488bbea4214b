"""SIGTERM under produce load (issue 10, item 1): the agent stops accepting, answers every
produce request it has in flight, flushes, and exits within the flush time. Proof: after a
restart on the same storage, the log holds exactly the acknowledged records: none lost, and
none written without its producer being told (which a dropped answer would leave)."""
import os
import signal
import time

from confluent_kafka import Consumer, Producer, TopicPartition

from cluster import Cluster, requires_services
from conftest import Playground, unique

BATCH_TIMEOUT_S = 0.25
EXIT_WITHIN_S = BATCH_TIMEOUT_S + 2.0  # one flush, with room for a slow machine


def produce_then_signal(bootstrap, topic, process):
    """Produces as fast as the client takes records for 1.5 s, sends SIGTERM, keeps producing
    for 0.5 s more, and returns (acknowledged keys, seconds from SIGTERM to exit, exit code)."""
    acked = []
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "linger.ms": 5,
                         "message.timeout.ms": 5000})

    def delivered(error, message):
        if error is None:
            acked.append(message.key().decode())

    started, signalled, index = time.time(), None, 0
    while time.time() < started + 2.0:
        if signalled is None and time.time() > started + 1.5:
            signalled = time.time()
            process.send_signal(signal.SIGTERM)
        try:
            producer.produce(topic, key=f"k{index:07d}", value=b"x" * 100, on_delivery=delivered)
            index += 1
        except BufferError:
            pass
        producer.poll(0)
        time.sleep(0.0005)
    code = process.wait(30)
    took = time.time() - signalled
    producer.flush(10)
    return acked, took, code


def read_keys(bootstrap, topic, partitions, at_least):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("audit"), "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, partition, 0) for partition in range(partitions)])
    seen, quiet_since = set(), time.time()
    while time.time() - quiet_since < 3 or len(seen) < at_least:
        message = consumer.poll(0.5)
        if message is None or message.error():
            if time.time() - quiet_since > 30:
                break
            continue
        seen.add(message.key().decode())
        quiet_since = time.time()
    consumer.close()
    return seen


def check(acked, seen, took, code):
    assert code == 0, f"exit code {code}"
    assert took < EXIT_WITHIN_S, f"took {took:.2f} s to exit after SIGTERM"
    assert len(acked) > 500, f"only {len(acked)} records acknowledged before the signal: the load did not run"
    assert not set(acked) - seen, f"{len(set(acked) - seen)} acknowledged records are not in the log"
    assert not seen - set(acked), f"{len(seen - set(acked))} records are in the log but their producer was never answered"


def test_sigterm_on_a_playground_under_produce_load_answers_every_produce_in_flight():
    topic = unique("sigterm")
    playground = Playground(agents=1, batch_timeout="250ms", partitions=4)
    acked, took, code = produce_then_signal(playground.bootstrap, topic, playground.process)
    playground.log.close()
    restarted = Playground(agents=1, batch_timeout="250ms", partitions=4, data=playground.data)
    try:
        seen = read_keys(restarted.bootstrap, topic, 4, len(acked))
    finally:
        assert restarted.stop() == 0
    check(acked, seen, took, code)


@requires_services
def test_sigterm_on_a_standalone_agent_under_produce_load_answers_every_produce_in_flight():
    cluster = Cluster(replicas=1, agents=1, agent_args=["--batch-timeout", "250ms"])
    try:
        topic = unique("sigterm")
        acked, took, code = produce_then_signal(cluster.bootstrap(0), topic, cluster.agents[0])
        log = open(os.path.join(cluster.dir, "agent0.log")).read()
        assert "still in flight" not in log, "answers were dropped at shutdown"
        cluster.start_agent(0)
        seen = read_keys(cluster.bootstrap(0), topic, 4, len(acked))
    finally:
        codes = cluster.stop()
    check(acked, seen, took, code)
    assert all(code == 0 for code in codes), f"processes did not exit cleanly on SIGTERM: {codes}"
