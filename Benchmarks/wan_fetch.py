"""Fetch across a wide-area link: end-to-end latency, control-plane calls and bucket reads of
consumers served by fetch agents that reach the control plane through delay proxies (default
40 ms each way, an 80 ms round trip), while a produce agent next to the control plane takes
the writes. The shape of issue 14's measurement, on loopback.

Usage: FJORD_BIN=... Benchmarks/wan_fetch.py [--delay-ms 40] [--partitions 16] [--rate 1000]
       [--consumers 1] [--fetch-agents 1] [--zone-cache] [--seconds 20]
Each consumer is its own consumer group reading every partition. Needs PostgreSQL and
SeaweedFS (FJORD_TEST_*, as Infra/dev/services.sh exports). Prints one JSON line: end-to-end
p50/p99 (ms) over every consumer's records after a 5 s warm-up; the fetch agents'
control-plane calls per second, by call; and over the whole run, the fetch agents' GETs per
segment the produce agent PUT, and the bytes they read from the bucket per byte it wrote."""
import argparse
import json
import multiprocessing
import os
import re
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Clients"))
from cluster import Cluster, metric_sum  # noqa: E402
from confluent_kafka import Consumer, Producer, TopicPartition  # noqa: E402
from confluent_kafka.admin import AdminClient, NewTopic  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
POLICY = os.path.join(ROOT, "Policies", "examples", "prod-analytics.yaml")


def calls(cluster, group="analytics-readers"):
    """The replica's fjord_control_plane_calls_total from `group`'s agents, by call name."""
    metrics = urllib.request.urlopen(f"{cluster.replica_urls[0]}/metrics", timeout=5).read().decode()
    result = {}
    for line in metrics.splitlines():
        match = re.match(r'fjord_control_plane_calls_total\{([^}]*)\} ([0-9.e+]+)', line)
        if match and f'agent_group="{group}"' in match.group(1):
            name = re.search(r'call="([^"]+)"', match.group(1))
            if name:
                result[name.group(1)] = result.get(name.group(1), 0) + float(match.group(2))
    return result


def consume(bootstrap, topic, partitions, number, measuring_from, stop, results):
    """One assign-mode consumer (its own consumer group) until `stop`; puts its end-to-end
    latencies (ms) of records sent after `measuring_from` on `results`."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "client.id": f"analytics-bench-{number}",
                         "group.id": f"analytics-bench-{number}", "enable.auto.commit": False, "fetch.wait.max.ms": 500})
    consumer.assign([TopicPartition(topic, partition, 0) for partition in range(partitions)])
    latencies = []
    while not stop.is_set():
        message = consumer.poll(0.2)
        if message is None or message.error():
            continue
        now = time.time()
        sent = float(message.value().split(b" ", 1)[0])
        if measuring_from.value and sent >= measuring_from.value:
            latencies.append((now - sent) * 1000)
    consumer.close()
    results.put(latencies)


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(fraction * len(values)))] if values else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay-ms", type=float, default=40)
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--rate", type=int, default=1000)
    parser.add_argument("--consumers", type=int, default=1)
    parser.add_argument("--fetch-agents", type=int, default=1)
    parser.add_argument("--zone-cache", action="store_true", help="agents share bucket reads (--zone-cache-listen)")
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    proxies = []

    def far(index, urls):
        if index == 0:
            return None
        proxy = subprocess.Popen([sys.executable, os.path.join(ROOT, "Benchmarks", "delay_proxy.py"), urls[0].replace("http://", ""),
                                  "--delay-ms", str(args.delay_ms)], stdout=subprocess.PIPE, text=True)
        proxies.append(proxy)
        return ["http://" + proxy.stdout.readline().split()[1]]

    fetchers = range(1, 1 + args.fetch_agents)
    cluster = Cluster(replicas=1, agents=1 + args.fetch_agents, policy=POLICY,
                      agent_groups=["prod-writers"] + ["analytics-readers"] * args.fetch_agents,
                      agent_roles=["produce"] + ["fetch"] * args.fetch_agents, agent_control_planes=far,
                      zone_cache=args.zone_cache)
    try:
        cluster.wait_for_agents(1 + args.fetch_agents)
        topic = "game.wan"
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap(0), "client.id": "ops-bench"})
        admin.create_topics([NewTopic(topic, args.partitions, 1)])[topic].result(30)
        # Each consumer in its own process: in one process they shared the GIL with each other
        # and the producer, and fell behind on the client side.
        context = multiprocessing.get_context("spawn")
        stop, measuring_from, results = context.Event(), context.Value("d", 0.0), context.Queue()
        consumers = [context.Process(target=consume, args=(cluster.bootstrap(1), topic, args.partitions, n, measuring_from, stop, results))
                     for n in range(args.consumers)]
        for process in consumers:
            process.start()
        producer = Producer({"bootstrap.servers": cluster.bootstrap(0), "client.id": "game-server-bench", "linger.ms": 5})
        padding = b"x" * 1000
        started = time.time()
        end = started + 5 + args.seconds
        sent = 0
        before = None
        while time.time() < end:
            if before is None and time.time() >= started + 5:
                measuring_from.value = time.time()
                before = (time.time(), calls(cluster))
            producer.produce(topic, value=f"{time.time():.6f} ".encode() + padding, partition=sent % args.partitions)
            producer.poll(0)
            sent += 1
            pause = started + sent / args.rate - time.time()
            if pause > 0:
                time.sleep(pause)
        producer.flush(30)
        after = (time.time(), calls(cluster))
        if os.environ.get("WAN_FETCH_DUMP"):  # the fetch agent's own figures, for a closer look
            print("\n".join(line for line in cluster.metrics(1).splitlines() if re.search(os.environ["WAN_FETCH_DUMP"], line)), file=sys.stderr)
        time.sleep(3)  # the last records arrive
        stop.set()
        latencies = [latency for _ in consumers for latency in results.get(timeout=60)]
        for process in consumers:
            process.join(30)
        written = cluster.metrics(0)
        read = [cluster.metrics(index) for index in fetchers]
        segments = metric_sum(written, "fjord_segments_written_total")
        gets = sum(metric_sum(text, "fjord_object_store_requests_total", operation="get") for text in read)
        bytes_read = sum(metric_sum(text, "fjord_object_store_bytes_total", direction="received") for text in read)
        bytes_written = metric_sum(written, "fjord_segment_bytes_written_total")
        elapsed = after[0] - before[0]
        per_second = {name: round((after[1].get(name, 0) - before[1].get(name, 0)) / elapsed, 1)
                      for name in after[1] if after[1].get(name, 0) > before[1].get(name, 0)}
        print(json.dumps({
            "binary": os.environ.get("FJORD_BIN", "debug"), "delay_ms": args.delay_ms, "partitions": args.partitions,
            "rate": args.rate, "consumers": args.consumers, "fetch_agents": args.fetch_agents, "zone_cache": args.zone_cache, "records": len(latencies),
            "e2e_p50_ms": round(percentile(latencies, 0.5) or -1, 1), "e2e_p99_ms": round(percentile(latencies, 0.99) or -1, 1),
            "control_plane_calls_per_s": round(sum(per_second.values()), 1), "by_call": per_second,
            "segments": int(segments), "gets_per_segment": round(gets / max(segments, 1), 2),
            "bytes_read_per_byte_written": round(bytes_read / max(bytes_written, 1), 2)}), flush=True)
    finally:
        cluster.stop()
        for proxy in proxies:
            proxy.kill()
            proxy.wait()


if __name__ == "__main__":
    main()
