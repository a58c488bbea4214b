"""`fjord cost` on a running cluster: it scrapes every agent and replica twice, adds the
object-store requests, bytes and control-plane calls up by agent group, and prices a month
beside three-zone Kafka (issue 14, item 4)."""
import re
import subprocess
import threading
import time

import pytest
from confluent_kafka import Consumer, Producer

from cluster import Cluster, requires_services
from conftest import binary, create_topic, unique

pytestmark = requires_services


@pytest.fixture(scope="module")
def cluster():
    c = Cluster(agents=2)
    c.wait_for_agents(2)
    yield c
    c.stop()


def cost(*args):
    return subprocess.run([binary(), "cost", *args], capture_output=True, text=True, timeout=120)


def test_a_measured_run_is_priced_by_agent_group(cluster):
    topic = unique("cost")
    create_topic(cluster.bootstrap(0), topic, partitions=4)
    stop = threading.Event()
    produced = []

    def load():
        producer = Producer({"bootstrap.servers": cluster.all_bootstrap, "linger.ms": 20})
        consumer = Consumer({"bootstrap.servers": cluster.all_bootstrap, "group.id": unique("cost-reader"), "auto.offset.reset": "earliest"})
        consumer.subscribe([topic])
        while not stop.is_set():
            for _ in range(200):
                producer.produce(topic, b"x" * 1024)
            producer.poll(0)
            produced.append(200)
            consumer.poll(0.05)
            time.sleep(0.05)
        producer.flush(30)
        consumer.close()

    loader = threading.Thread(target=load)
    loader.start()
    try:
        time.sleep(2)
        targets = [f"http://127.0.0.1:{port}/metrics" for port in cluster.http_ports] + [f"{url}/metrics" for url in cluster.replica_urls]
        result = cost(*[arg for target in targets for arg in ("--metrics", target)], "--duration", "5s", "--retention-hours", "24")
    finally:
        stop.set()
        loader.join()
    assert result.returncode == 0, result.stderr
    report = result.stdout
    row = next(line for line in report.splitlines() if line.strip().startswith("prod "))
    cells = row.split()
    agents, puts, produced_mib, calls = int(cells[1]), float(cells[2]), float(cells[8].replace(",", "")), float(cells[10].replace(",", ""))
    assert agents == 2, report
    assert puts > 0 and produced_mib > 0 and calls > 0, report
    fjord_total = float(re.search(r"Fjord\n(?:.*\n)*?\s+total\s+([\d,.]+)", report).group(1).replace(",", ""))
    kafka_total = float(re.search(r"Kafka, three zones\n(?:.*\n)*?\s+total\s+([\d,.]+)", report).group(1).replace(",", ""))
    assert fjord_total > 0 and kafka_total > 0, report
    assert "Kafka costs" in report


def test_what_is_not_a_fjord_metrics_endpoint_is_named(cluster):
    unreachable = cost("--metrics", "http://127.0.0.1:1/metrics", "--duration", "1s")
    assert unreachable.returncode != 0 and "could not scrape http://127.0.0.1:1/metrics" in unreachable.stderr
    nothing = cost("--duration", "1s")
    assert nothing.returncode != 0 and "--metrics" in nothing.stderr
