"""The soak: a steady load through a production-shaped cluster (3 agents, 2 control-plane
replicas, PostgreSQL, SeaweedFS) for a bounded time, with a consumer group reading it all.
Every minute it records each process's RSS and open file descriptors, the produce and the
end-to-end latency (p50, p99), the rate acknowledged and the group's lag. It fails on steady
growth or drift after the warm-up (long enough for each agent's batch cache, 256 MiB by
default, to fill): memory or descriptors that keep climbing, p99 latencies
that end far above where they started, a rate it cannot hold, or a group that falls behind.
Writes soak.jsonl (one line a minute) and summary.md into --out; exits 1 on a failure.

Needs FJORD_TEST_POSTGRES_URL, FJORD_TEST_S3_ENDPOINT and FJORD_TEST_S3_BUCKET
(Infra/dev/services.sh); Infra/soak/run.sh sets them up."""
import argparse
import json
import os
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "Tests", "Clients"))

from confluent_kafka import Consumer, Producer  # noqa: E402

from cluster import Cluster  # noqa: E402
from conftest import create_topic  # noqa: E402

PARTITIONS, PRODUCERS, MEMBERS, RECORD_BYTES = 6, 2, 2, 1024


def sent_at(message):
    """The send time a value starts with ("p0 1796590394.123456 ...")."""
    return float(message.value()[:40].split(b" ", 2)[1])


def percentile(values, fraction):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Window:
    """What happened since the last minute's sample, under one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.produce_ms, self.e2e_ms = [], []
        self.acked = self.failed = self.consumed = 0
        self.total_acked = self.total_consumed = 0

    def take(self):
        with self.lock:
            taken = (self.produce_ms, self.e2e_ms, self.acked, self.failed, self.consumed)
            self.produce_ms, self.e2e_ms = [], []
            self.acked = self.failed = self.consumed = 0
            return taken


def produce(name, bootstrap, topic, rate, stop, window):
    """`rate` records/s of RECORD_BYTES each; the value starts with the send time."""
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all", "linger.ms": 5,
                         "compression.type": "none", "queue.buffering.max.messages": 1_000_000})
    padding = os.urandom(RECORD_BYTES)

    def delivered(error, message):
        now = time.time()
        with window.lock:
            if error is None:
                window.acked += 1
                window.total_acked += 1
                window.produce_ms.append((now - sent_at(message)) * 1000)
            else:
                window.failed += 1

    started, count = time.time(), 0
    while not stop.is_set():
        due = int((time.time() - started) * rate)
        while count < due:
            head = b"%s %.6f " % (name.encode(), time.time())
            producer.produce(topic, value=head + padding[len(head):], partition=count % PARTITIONS, on_delivery=delivered)
            count += 1
        producer.poll(0)
        time.sleep(0.005)
    producer.flush(60)


def consume(bootstrap, topic, group, stop, window):
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "auto.offset.reset": "earliest",
                         "enable.auto.commit": True, "auto.commit.interval.ms": 1000})
    consumer.subscribe([topic])
    while not stop.is_set():
        for message in consumer.consume(500, 0.5):
            if message.error():
                continue
            now = time.time()
            with window.lock:
                window.consumed += 1
                window.total_consumed += 1
                window.e2e_ms.append((now - sent_at(message)) * 1000)
    consumer.close()


def process_sample(process):
    try:
        with open(f"/proc/{process.pid}/status") as status:
            rss_kib = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
        return {"rss_mib": round(rss_kib / 1024, 1), "fds": len(os.listdir(f"/proc/{process.pid}/fd"))}
    except (FileNotFoundError, StopIteration):
        return {"rss_mib": None, "fds": None}


def slope(points):
    """Least-squares slope of [(x, y)]."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def judge(samples, warmup, target_rate):
    """The failures: growth or drift after the warm-up."""
    steady = [s for s in samples if s["minute"] > warmup]
    if len(steady) < 3:
        return [f"only {len(steady)} minutes after the {warmup}-minute warm-up: too short to judge"]
    failures = []
    for name in steady[0]["processes"]:
        rss = [(s["minute"], s["processes"][name]["rss_mib"]) for s in steady if s["processes"][name]["rss_mib"] is not None]
        fds = [(s["minute"], s["processes"][name]["fds"]) for s in steady if s["processes"][name]["fds"] is not None]
        if len(rss) < 3:
            failures.append(f"{name} died during the soak")
            continue
        # Steady growth: a trend that would add more than a quarter of the warm RSS (at least
        # 64 MiB) an hour, and a last minute above the first.
        per_hour = slope(rss) * 60
        if per_hour > max(64, 0.25 * rss[0][1]) and rss[-1][1] > rss[0][1]:
            failures.append(f"{name}: RSS grows {per_hour:.0f} MiB an hour ({rss[0][1]} → {rss[-1][1]} MiB)")
        if fds[-1][1] - fds[0][1] > 32 and slope(fds) > 0:
            failures.append(f"{name}: open descriptors grow ({fds[0][1]} → {fds[-1][1]})")
    third = max(1, len(steady) // 3)
    for key in ("produce_p99_ms", "e2e_p99_ms"):
        first = percentile([s[key] for s in steady[:third] if s[key] is not None], 0.5)
        last = percentile([s[key] for s in steady[-third:] if s[key] is not None], 0.5)
        if first is not None and last is not None and last > max(2 * first, first + 100):
            failures.append(f"{key.removesuffix('_ms').replace('_', ' ')} drifts: {first:.0f} ms in the first third, {last:.0f} ms in the last")
    short = [s["minute"] for s in steady if s["acked_per_s"] < 0.9 * target_rate]
    if short:
        failures.append(f"acknowledged under 90% of {target_rate} records/s in minutes {short}")
    if any(s["failed"] for s in steady):
        failures.append(f"{sum(s['failed'] for s in steady)} records failed")
    if steady[-1]["lag"] > target_rate * 60:
        failures.append(f"the group ends {steady[-1]['lag']} records behind (over a minute's worth)")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=int, default=60)
    parser.add_argument("--mib-per-second", type=float, default=5.0)
    parser.add_argument("--warmup", type=int, default=None, help="minutes not judged (default: a sixth, at most 5)")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    warmup = args.warmup if args.warmup is not None else min(5, args.minutes // 6)
    os.makedirs(args.out, exist_ok=True)
    target_rate = int(args.mib_per_second * 1024 * 1024 / RECORD_BYTES)
    print(f"soak: {args.minutes} min at {args.mib_per_second} MiB/s ({target_rate} records/s of {RECORD_BYTES} B), "
          f"warm-up {warmup} min", flush=True)

    cluster = Cluster(replicas=2, agents=3)
    stop, window, samples, threads = threading.Event(), Window(), [], []
    try:
        cluster.wait_for_agents(3)
        topic = f"{cluster.name}_soak"
        create_topic(cluster.bootstrap(0), topic, partitions=PARTITIONS)
        bootstrap = cluster.all_bootstrap
        threads = [threading.Thread(target=produce, args=(f"p{i}", bootstrap, topic, target_rate // PRODUCERS, stop, window))
                   for i in range(PRODUCERS)]
        threads += [threading.Thread(target=consume, args=(bootstrap, topic, f"{cluster.name}_group", stop, window))
                    for _ in range(MEMBERS)]
        for thread in threads:
            thread.start()
        started = time.time()
        with open(os.path.join(args.out, "soak.jsonl"), "w") as log:
            for minute in range(1, args.minutes + 1):
                time.sleep(max(0, started + 60 * minute - time.time()))
                produce_ms, e2e_ms, acked, failed, consumed = window.take()
                processes = {f"agent{i}": process_sample(p) for i, p in enumerate(cluster.agents)}
                processes.update({f"replica{i}": process_sample(p) for i, p in enumerate(cluster.replicas)})
                sample = {"minute": minute, "acked_per_s": round(acked / 60), "consumed_per_s": round(consumed / 60), "failed": failed,
                          "produce_p50_ms": percentile(produce_ms, 0.5), "produce_p99_ms": percentile(produce_ms, 0.99),
                          "e2e_p50_ms": percentile(e2e_ms, 0.5), "e2e_p99_ms": percentile(e2e_ms, 0.99),
                          # a record can be read before its acknowledgement arrives
                          "lag": max(0, window.total_acked - window.total_consumed), "processes": processes}
                for key in ("produce_p50_ms", "produce_p99_ms", "e2e_p50_ms", "e2e_p99_ms"):
                    sample[key] = None if sample[key] is None else round(sample[key], 1)
                samples.append(sample)
                log.write(json.dumps(sample) + "\n")
                log.flush()
                print(f"soak: minute {minute}: {sample['acked_per_s']} acked/s, produce p99 {sample['produce_p99_ms']} ms, "
                      f"e2e p99 {sample['e2e_p99_ms']} ms, lag {sample['lag']}, RSS "
                      + " ".join(f"{n} {p['rss_mib']}" for n, p in processes.items()), flush=True)
    finally:
        stop.set()
        for thread in threads:
            thread.join(90)
        codes = cluster.stop()
    failures = judge(samples, warmup, target_rate)
    if any(code != 0 for code in codes):
        failures.append(f"processes did not exit cleanly on SIGTERM: {codes}")
    names = list(samples[0]["processes"]) if samples else []
    rows = ["| minute | acked/s | produce p50 / p99 ms | e2e p50 / p99 ms | lag | " + " | ".join(f"{n} RSS MiB, fds" for n in names) + " |",
            "|---" * (5 + len(names)) + "|"]
    for s in samples:
        rows.append(f"| {s['minute']} | {s['acked_per_s']} | {s['produce_p50_ms']} / {s['produce_p99_ms']} | {s['e2e_p50_ms']} / {s['e2e_p99_ms']} "
                    f"| {s['lag']} | " + " | ".join(f"{s['processes'][n]['rss_mib']}, {s['processes'][n]['fds']}" for n in names) + " |")
    report = "\n".join([f"soak: {args.minutes} min at {args.mib_per_second} MiB/s, warm-up {warmup} min", *rows, ""]
                       + [f"- {f}" for f in failures] + [f"soak: {len(failures)} failures"])
    with open(os.path.join(args.out, "summary.md"), "w") as out:
        out.write(report + "\n")
    print(report)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
