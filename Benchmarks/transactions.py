"""The cost of transactions against idempotent produce, in one run (issue 11):
  - throughput: idempotent produce, then transactions of 100 records over 8 partitions;
  - EndTxn latency (commit_transaction after the records are flushed, so it times EndTxn alone)
    against the produce acknowledgement latency of the same records;
  - end to end: a read_committed and a read_uncommitted consumer read what a transactional
    producer writes, each record's latency from its send to its delivery.
Usage: python3 Benchmarks/transactions.py [playground|cluster] [seconds]   (cluster: needs the
services of Infra/dev/services.sh, as Benchmarks/cluster.sh). FJORD_BIN: the fjord binary (use
a release build). docs/benchmarks.md records a run."""
import os
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Tests", "Clients"))
from confluent_kafka import Consumer, Producer  # noqa: E402

from conftest import Playground, create_topic, unique  # noqa: E402

PARTITIONS, PER_TRANSACTION, VALUE = 8, 100, b"x" * 100


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def idempotent(bootstrap, topic, seconds):
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "linger.ms": 5})
    acked, latencies = [0], []

    def delivered(error, message, sent=None):
        if error is None:
            acked[0] += 1

    started = time.time()
    sent = 0
    while time.time() - started < seconds:
        # Bursts of 100 records over 8 partitions, each burst flushed, as a transaction is.
        burst = time.time()
        for i in range(PER_TRANSACTION):
            producer.produce(topic, value=VALUE, partition=i % PARTITIONS, on_delivery=delivered)
        producer.flush(30)
        latencies.append(time.time() - burst)
        sent += PER_TRANSACTION
    elapsed = time.time() - started
    return acked[0] / elapsed, latencies


def transactional(bootstrap, topic, seconds, stamp=False):
    producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": unique("bench-tid"), "linger.ms": 5})
    producer.init_transactions(30)
    flushes, commits, records = [], [], 0
    started = time.time()
    while time.time() - started < seconds:
        producer.begin_transaction()
        begun = time.time()
        for i in range(PER_TRANSACTION):
            producer.produce(topic, value=repr(time.time()).encode() if stamp else VALUE, partition=i % PARTITIONS)
        producer.flush(30)
        flushed = time.time()
        producer.commit_transaction(30)
        commits.append(time.time() - flushed)
        flushes.append(flushed - begun)
        records += PER_TRANSACTION
    return records / (time.time() - started), flushes, commits


def end_to_end(bootstrap, topic, seconds):
    """Latencies seen by a read_committed and a read_uncommitted consumer of one transactional producer."""
    results = {}

    def consume(isolation):
        consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique(isolation), "isolation.level": isolation,
                             "auto.offset.reset": "latest", "fetch.wait.max.ms": 500})
        consumer.subscribe([topic])
        latencies = []
        deadline = time.time() + seconds + 10
        ready.wait()
        while time.time() < deadline:
            message = consumer.poll(0.2)
            if message is not None and not message.error():
                latencies.append(time.time() - float(message.value()))
        consumer.close()
        results[isolation] = latencies

    ready = threading.Event()
    threads = [threading.Thread(target=consume, args=(isolation,)) for isolation in ("read_committed", "read_uncommitted")]
    for thread in threads:
        thread.start()
    time.sleep(6)  # both consumers assigned
    ready.set()
    transactional(bootstrap, topic, seconds, stamp=True)
    for thread in threads:
        thread.join()
    return results


def run(bootstrap, seconds):
    topics = [unique(name) for name in ("bench-idem", "bench-txn", "bench-e2e")]
    for topic in topics:
        create_topic(bootstrap, topic, partitions=PARTITIONS)
    rate_idempotent, bursts = idempotent(bootstrap, topics[0], seconds)
    rate_transactional, flushes, commits = transactional(bootstrap, topics[1], seconds)
    print(f"idempotent:    {rate_idempotent:8.0f} records/s; 100-record burst acknowledged p50 {percentile(bursts, .5):.1f} ms, p99 {percentile(bursts, .99):.1f} ms")
    print(f"transactional: {rate_transactional:8.0f} records/s ({100 * rate_transactional / rate_idempotent:.0f}% of idempotent), "
          f"{len(commits)} transactions of {PER_TRANSACTION} records over {PARTITIONS} partitions")
    print(f"  records flushed p50 {percentile(flushes, .5):.1f} ms, p99 {percentile(flushes, .99):.1f} ms; "
          f"EndTxn p50 {percentile(commits, .5):.1f} ms, p99 {percentile(commits, .99):.1f} ms")
    latencies = end_to_end(bootstrap, topics[2], seconds)
    for isolation in ("read_uncommitted", "read_committed"):
        values = latencies[isolation]
        print(f"end to end, {isolation:16}: {len(values)} records, p50 {percentile(values, .5):.1f} ms, p99 {percentile(values, .99):.1f} ms")


def main():
    shape = sys.argv[1] if len(sys.argv) > 1 else "playground"
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10
    if shape == "cluster":
        from cluster import Cluster
        cluster = Cluster()
        cluster.wait_for_agents(3)
        try:
            print(f"# cluster: 3 agents, 2 control-plane replicas, PostgreSQL, SeaweedFS; {seconds:.0f} s per phase")
            run(cluster.all_bootstrap, seconds)
        finally:
            cluster.stop()
    else:
        playground = Playground(agents=3, batch_timeout="20ms")
        try:
            print(f"# playground: 3 agents, 20 ms batch timeout; {seconds:.0f} s per phase")
            run(playground.bootstrap, seconds)
        finally:
            playground.stop()


if __name__ == "__main__":
    main()
