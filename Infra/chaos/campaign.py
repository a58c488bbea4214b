"""One chaos campaign: a production-shaped cluster (3 agents, 2 control-plane replicas,
PostgreSQL, SeaweedFS behind a fault proxy), the workloads of workloads.py, and a seeded
schedule of faults, some overlapping. Then it heals everything, checks liveness (every
partition takes and gives a record, every group catches up, within stated times), reads both
topics to the end, and checks the history (checker.py). The same seed and options give the
same schedule. Writes history.jsonl, schedule.txt and summary.md into --out; exits 1 on any
anomaly or liveness failure.

Needs FJORD_TEST_POSTGRES_URL, FJORD_TEST_POSTGRES_CRASH and _START, FJORD_TEST_S3_ENDPOINT and
FJORD_TEST_S3_BUCKET (Infra/dev/services.sh); Infra/chaos/run.sh sets them up."""
import argparse
import os
import random
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "Tests", "Clients"))

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition  # noqa: E402

from checker import check, summary  # noqa: E402
from cluster import Cluster, metric_sum, psql  # noqa: E402
from conftest import create_topic  # noqa: E402
from isolation import Isolation, available as isolation_available  # noqa: E402
from s3_proxy import S3FaultProxy  # noqa: E402
from workloads import (AssignReader, CommittedSampler, GroupMember, History, IdempotentProducer,  # noqa: E402
                       TransactionalWriter)

# Each fault: what it holds while on (at most one fault per holder at a time), and its duration range in seconds.
FAULTS = {
    "agent-kill": ("agent", (0.5, 3.0)),
    "agent-pause": ("agent", (1.0, 6.0)),
    "replica-kill": ("replica", (0.5, 3.0)),
    "replica-pause": ("replica", (1.0, 6.0)),
    "postgres-crash": ("postgres", (0.5, 3.0)),
    "s3-slowdown": ("s3", (2.0, 6.0)),
    "s3-slow": ("s3", (2.0, 6.0)),
    "s3-reset": ("s3", (2.0, 6.0)),
    "s3-lost-response": ("s3", (2.0, 6.0)),
    "s3-truncated-get": ("s3", (2.0, 6.0)),
    # isolation.py: packets dropped both ways; a wall clock moved 5-120 s either way
    "agent-cp-partition": ("agent-net", (1.0, 8.0)),
    "agent-replica-partition": ("agent-net", (1.0, 8.0)),
    "agent-s3-partition": ("agent-net", (1.0, 8.0)),
    "replica-pg-partition": ("replica-net", (1.0, 8.0)),
    "agent-clock-skew": ("agent-clock", (2.0, 10.0)),
    "replica-clock-skew": ("replica-clock", (2.0, 10.0)),
}
ISOLATION_FAULTS = {name for name in FAULTS if name.endswith(("-partition", "-clock-skew"))}
AGENTS, REPLICAS, PARTITIONS = 3, 2, 6
LIVENESS_SECONDS = 90
JOBS_INTERVAL_SECONDS, ORPHAN_GRACE_SECONDS = 5, 20


def schedule(seed, seconds, faults):
    """[(start, fault, target, duration, parameter)], deterministic in its arguments. Faults
    overlap when their holders differ (an agent killed while PostgreSQL restarts)."""
    rng = random.Random(seed)
    busy_until = {}
    steps = []
    t = rng.uniform(1, 3)
    while t < seconds:
        fault = rng.choice(faults)
        holder, (low, high) = FAULTS[fault]
        duration = round(rng.uniform(low, high), 2)
        count = {"agent": AGENTS, "replica": REPLICAS}.get(holder.split("-")[0], 1)
        target = rng.randrange(count)
        # the S3 faults' share of requests struck (drawn for every fault, so that schedules of
        # the faults that came first stay as they were); a skew's size and sign; the replica cut off
        parameter = round(rng.uniform(0.2, 0.6), 2)
        if fault.endswith("-clock-skew"):
            parameter = rng.choice([-1, 1]) * rng.randint(5, 120)
        elif fault == "agent-replica-partition":
            parameter = rng.randrange(REPLICAS)
        if busy_until.get(holder, 0) <= t:
            end = min(t + duration, seconds)
            steps.append((round(t, 2), fault, target, round(end - t, 2), parameter))
            busy_until[holder] = end + 0.5
        t += rng.uniform(0.5, 3.0)
    return steps


def again_until_up(start, seconds=60):
    """Runs `start` again until it succeeds, for `seconds` at most, as a service manager restarts
    a process that exits at once (an agent cut off from the control plane, a PostgreSQL whose
    last crash is not yet cleaned up)."""
    deadline = time.time() + seconds
    while True:
        try:
            return start()
        except (RuntimeError, subprocess.CalledProcessError):
            if time.time() > deadline:
                raise
            time.sleep(1)


class Injector:
    def __init__(self, cluster, proxy, isolation, history):
        self.cluster, self.proxy, self.isolation, self.history = cluster, proxy, isolation, history
        self.postgres_stop = os.environ["FJORD_TEST_POSTGRES_CRASH"]
        self.postgres_start = os.environ["FJORD_TEST_POSTGRES_START"]

    def run(self, fault, target, duration, parameter):
        self.history.record("fault", fault=fault, target=target, phase="start", duration=duration)
        c = self.cluster
        if fault in ("agent-kill", "replica-kill"):
            processes = c.agents if fault == "agent-kill" else c.replicas
            c.kill(processes[target])
            time.sleep(duration)
            # (a partition on its uid may outlive the kill: the agent cannot register and exits)
            again_until_up(lambda: (c.start_agent if fault == "agent-kill" else c.start_replica)(target))
        elif fault in ("agent-pause", "replica-pause"):
            process = (c.agents if fault == "agent-pause" else c.replicas)[target]
            process.send_signal(signal.SIGSTOP)
            time.sleep(duration)
            process.send_signal(signal.SIGCONT)
        elif fault == "postgres-crash":
            subprocess.run(self.postgres_stop, shell=True, check=True, capture_output=True, timeout=60)
            time.sleep(duration)
            again_until_up(lambda: subprocess.run(self.postgres_start, shell=True, check=True, capture_output=True, timeout=60))
        elif fault.endswith("-partition"):
            kind = fault.split("-")[0]
            # (chosen, not looked up in a dict of all four: that evaluated replica_ports[parameter]
            # for every partition, and the others' fractional parameter raised a TypeError in the
            # fault's thread, so they never cut anything)
            if fault == "agent-cp-partition":
                ports = c.replica_ports
            elif fault == "agent-replica-partition":
                ports = [c.replica_ports[parameter]]
            elif fault == "agent-s3-partition":
                ports = [self.proxy.port]
            else:
                ports = [postgres_port(c.postgres)]
            # One mark per fault, far side and target: a connection keeps its mark after the heal,
            # so a mark reused for another far side would cut this one's connections again.
            far = parameter if fault == "agent-replica-partition" else 0
            mark = 10_000 * (list(FAULTS).index(fault) + 1) + 100 * far + target
            self.isolation.partition(mark, kind, target, ports)
            time.sleep(duration)
            self.isolation.heal(mark, kind, target, ports)
        elif fault.endswith("-clock-skew"):
            kind = fault.split("-")[0]
            self.isolation.skew(kind, target, int(parameter))
            time.sleep(duration)
            self.isolation.skew(kind, target, 0)
        else:
            kind = fault.removeprefix("s3-")
            self.proxy.start(kind, parameter)
            time.sleep(duration)
            self.proxy.stop(kind)
        self.history.record("fault", fault=fault, target=target, phase="end")


def postgres_port(url):
    host = url.split("@")[-1].split("/")[0]
    return int(host.rsplit(":", 1)[1]) if ":" in host else 5432


def high_watermarks(bootstrap, topic, isolation="read_uncommitted"):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "chaos-watermarks", "isolation.level": isolation})
    try:
        return {p: consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in range(PARTITIONS)}
    finally:
        consumer.close()


def read_all(bootstrap, topic, history, kind, isolation, ends):
    """Every record below `ends` (partition -> offset) into the history as `kind` events."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "chaos-final", "enable.auto.commit": False,
                         "isolation.level": isolation, "enable.partition.eof": True})
    consumer.assign([TopicPartition(topic, p, 0) for p in range(PARTITIONS)])
    done = {p for p, end in ends.items() if end == 0}
    deadline = time.time() + 120
    while len(done) < PARTITIONS and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is None:
            continue
        if message.error():
            if message.error().code() == KafkaError._PARTITION_EOF and message.offset() >= ends[message.partition()]:
                done.add(message.partition())
            continue
        if message.offset() < ends[message.partition()]:
            history.record(kind, partition=message.partition(), offset=message.offset(), value=message.value().decode())
        if message.offset() >= ends[message.partition()] - 1:
            done.add(message.partition())
    consumer.close()
    if len(done) < PARTITIONS:
        raise AssertionError(f"the final read of {topic} did not reach the end of partitions {sorted(set(range(PARTITIONS)) - done)}")


def probe(bootstrap, topic, history):
    """Liveness: one acknowledged record per partition, as the `probe` producer."""
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all", "message.timeout.ms": LIVENESS_SECONDS * 1000})
    failures = []

    def delivered(error, message):
        value = message.value().decode()
        if error is None:
            history.record("ack", process="probe", value=value, partition=message.partition(), offset=message.offset())
        else:
            failures.append(f"partition {message.partition()}: {error}")

    for p in range(PARTITIONS):
        value = f"probe-{p:07d}"
        history.record("send", process="probe", value=value, partition=p, seq=p)
        producer.produce(topic, value=value, partition=p, on_delivery=delivered)
    left = producer.flush(LIVENESS_SECONDS)
    return failures + ([f"{left} probes undelivered after {LIVENESS_SECONDS} s"] if left else [])


def orphans(cluster):
    """Objects under the cluster's prefix that the control plane does not know."""
    import boto3
    s3 = boto3.client("s3", endpoint_url=os.environ["FJORD_TEST_S3_ENDPOINT"])
    keys = set()
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=cluster.bucket, Prefix=cluster.prefix + "/"):
        keys.update(item["Key"] for item in page.get("Contents", []))
    known = set(psql(cluster.postgres, "SELECT key FROM objects").split())
    return {key for key in keys if key not in known and key.removeprefix(cluster.prefix + "/") not in known}


def wait_until(condition, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


def zone_cache_reads(cluster):
    """The live agents' whole-segment loads by source (since each last started)."""
    totals = {}
    for index in range(len(cluster.agents)):
        try:
            text = cluster.metrics(index)
        except OSError:
            continue
        for source in ("bucket", "peer", "bucket_after_peer"):
            totals[source] = totals.get(source, 0) + metric_sum(text, "fjord_zone_cache_reads_total", source=source)
    return "zone cache loads (live agents, since their last start): " + ", ".join(f"{int(n)} {source}" for source, n in totals.items())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=60, help="how long faults are injected")
    parser.add_argument("--faults", default=",".join(FAULTS), help=f"comma-separated, of: {', '.join(FAULTS)}")
    parser.add_argument("--rate", type=int, default=100, help="records per second per idempotent producer")
    parser.add_argument("--no-transactions", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    faults = args.faults.split(",")
    unknown = [f for f in faults if f not in FAULTS]
    if unknown:
        parser.error(f"unknown faults {unknown}; known: {', '.join(FAULTS)}")
    os.makedirs(args.out, exist_ok=True)
    steps = schedule(args.seed, args.seconds, faults)
    with open(os.path.join(args.out, "schedule.txt"), "w") as out:
        for step in steps:
            at, fault, target, duration, parameter = step
            detail = (f"skew {parameter:+d} s" if fault.endswith("-clock-skew") else f"p={parameter:.2f}" if fault.startswith("s3-")
                      else f"from replica {parameter}" if fault == "agent-replica-partition" else "")
            out.write(("at %6.2f s  %-20s target %d  for %5.2f s  %s" % (at, fault, target, duration, detail)).rstrip() + "\n")
    print(f"chaos: seed {args.seed}, {args.seconds:.0f} s, {len(steps)} faults of {sorted(set(s[1] for s in steps))}", flush=True)

    history = History()
    proxy = S3FaultProxy(os.environ["FJORD_TEST_S3_ENDPOINT"], seed=args.seed)
    isolation = None
    if ISOLATION_FAULTS & set(faults):
        missing = isolation_available()
        if missing:
            sys.exit(f"chaos: {missing}; leave out {', '.join(sorted(ISOLATION_FAULTS & set(faults)))}")
        isolation = Isolation(f"chaos{args.seed}")
        os.environ["FJORD_BIN"] = isolation.binary
    try:
        # The production shape: agents share bucket reads through the zone cache, as the
        # Kubernetes base deploys them, so agent faults also strike their peers' reads.
        cluster = Cluster(replicas=REPLICAS, agents=AGENTS, s3_endpoint=proxy.endpoint, zone_cache=True,
                          launcher=isolation.launcher if isolation else None,
                          agent_args=["--jobs-interval", f"{JOBS_INTERVAL_SECONDS}s", "--orphan-grace", f"{ORPHAN_GRACE_SECONDS}s",
                                      # for a post-mortem, e.g. debug: each refused idempotent batch is logged
                                      "--log-level", os.environ.get("FJORD_CHAOS_AGENT_LOG_LEVEL", "info")])
    except BaseException:
        if isolation:
            isolation.close()
        raise
    problems = []
    try:
        cluster.wait_for_agents(AGENTS)
        bootstrap = cluster.all_bootstrap
        topic, txn_topic = f"{cluster.name}_log", f"{cluster.name}_txn"
        create_topic(cluster.bootstrap(0), topic, partitions=PARTITIONS)
        create_topic(cluster.bootstrap(0), txn_topic, partitions=PARTITIONS)
        group = f"{cluster.name}_group"
        producers = [IdempotentProducer(f"p{i}", history, bootstrap, topic, PARTITIONS, args.rate) for i in range(3)]
        members = [GroupMember(f"member{i}", history, bootstrap, topic, group) for i in range(2)]
        readers = [AssignReader("reader0", history, bootstrap, topic, PARTITIONS)]
        sampler = CommittedSampler("sampler", history, bootstrap, topic, PARTITIONS, group)
        writers = [] if args.no_transactions else [TransactionalWriter(f"{cluster.name}_tx0", history, bootstrap, txn_topic, PARTITIONS, args.seed)]
        workloads = producers + members + readers + [sampler] + writers
        for workload in workloads:
            workload.start()

        injector = Injector(cluster, proxy, isolation, history)
        started = time.time()
        running = []

        def inject(fault, target, duration, parameter):
            # A fault that fails to start or heal is the harness's failure, and fails the run: it
            # must not pass as a campaign in which that fault struck.
            try:
                injector.run(fault, target, duration, parameter)
            except Exception as error:
                problems.append(f"fault {fault} on target {target} failed: {error!r}")

        for at, fault, target, duration, parameter in steps:
            time.sleep(max(0, started + at - time.time()))
            thread = threading.Thread(target=inject, args=(fault, target, duration, parameter), daemon=True)
            thread.start()
            running.append(thread)
        time.sleep(max(0, started + args.seconds - time.time()))
        for thread in running:
            thread.join(90)
        proxy.stop()
        if isolation:
            isolation.heal_all()
        if any(thread.is_alive() for thread in running):
            problems.append("a fault did not heal within 90 s")
        history.record("healed")
        print(f"chaos: healed after {time.time() - started:.0f} s; S3 faults struck {proxy.counts} of {proxy.requests} requests", flush=True)

        healed = time.time()
        for workload in producers + writers:
            workload.stop()
        for workload in producers + writers:
            workload.join(120)
        try:
            cluster.wait_for_agents(AGENTS, timeout=LIVENESS_SECONDS)
        except AssertionError as failure:
            problems.append(f"liveness: {failure}")
        problems += [f"liveness: {p}" for p in probe(bootstrap, topic, history)]
        ends = high_watermarks(cluster.bootstrap(0), topic)

        def group_caught_up():
            samples = {e["partition"]: e["offset"] for e in history.events if e["type"] == "committed"}
            return all(samples.get(p, 0) >= end for p, end in ends.items())

        def reader_caught_up():
            return all(readers[0].next[p] >= end for p, end in ends.items())

        if not wait_until(group_caught_up, LIVENESS_SECONDS):
            problems.append(f"liveness: the group did not commit up to the end of every partition within {LIVENESS_SECONDS} s")
        if not wait_until(reader_caught_up, LIVENESS_SECONDS):
            problems.append(f"liveness: the assign-mode reader did not reach the end within {LIVENESS_SECONDS} s")
        recovered = time.time() - healed
        for workload in members + readers + [sampler]:
            workload.stop()
        for workload in members + readers + [sampler]:
            workload.join(60)

        read_all(cluster.bootstrap(1), topic, history, "final", "read_uncommitted", ends)
        if writers:
            # Transactions a killed writer left open end by their timeout (20 s); wait for the
            # last stable offsets to reach the end before the read_committed read.
            def stable():
                return high_watermarks(cluster.bootstrap(0), txn_topic) == high_watermarks(cluster.bootstrap(0), txn_topic, "read_committed")

            if not wait_until(stable, LIVENESS_SECONDS):
                problems.append("liveness: the transactional topic's last stable offsets did not reach its end")
            read_all(cluster.bootstrap(2), txn_topic, history, "final_txn", "read_committed",
                     high_watermarks(cluster.bootstrap(0), txn_topic, "read_committed"))
        # Lost PUT responses leave objects the control plane never heard of; the jobs role
        # deletes them once they have been unknown for the orphan grace (20 s here).
        if not wait_until(lambda: not orphans(cluster), ORPHAN_GRACE_SECONDS + 4 * JOBS_INTERVAL_SECONDS):
            problems.append(f"orphans: {len(orphans(cluster))} objects the control plane does not know are still in the bucket "
                            f"{ORPHAN_GRACE_SECONDS + 4 * JOBS_INTERVAL_SECONDS} s after the run")
        print(f"chaos: recovered (every partition producible, group and reader caught up) {recovered:.1f} s after healing", flush=True)
        print(f"chaos: {zone_cache_reads(cluster)}", flush=True)
    except Exception as failure:  # reported with the history so far
        problems.append(f"the campaign failed: {failure!r}")
    finally:
        history.write(os.path.join(args.out, "history.jsonl"))
        codes = cluster.stop()
        proxy.close()
        if isolation:
            isolation.close()
    if any(code != 0 for code in codes):
        problems.append(f"processes did not exit cleanly on SIGTERM: {codes}")
    found = check(history.events)
    table = summary(history.events, found)
    faults_line = "faults: " + ", ".join(f"{name} {sum(1 for s in steps if s[1] == name)}" for name in faults)
    report = "\n".join([f"seed {args.seed}, {args.seconds:.0f} s", faults_line, table] + [f"- {p}" for p in problems])
    with open(os.path.join(args.out, "summary.md"), "w") as out:
        out.write(report + "\n")
    print(report)
    anomalies = sum(len(v) for v in found.values())
    print(f"chaos: seed {args.seed}: {anomalies} anomalies, {len(problems)} other problems")
    sys.exit(1 if anomalies or problems else 0)


if __name__ == "__main__":
    main()
