"""Faults in combination, with every acknowledged record accounted for (issue 10, item 0b).

3 agents and 2 control-plane replicas; idempotent confluent-kafka producers (acks=all,
linger 5 ms, about 1,000 records/s in all). While they run: a replica is killed with -9 every
few seconds and restarted, PostgreSQL restarts, and one agent's S3 is slowed, answers 503 and
has its connections reset. Every record must be acknowledged with a real offset (librdkafka
reports -1001 when a broker's answer implied the batch was written without saying where), be
in the log exactly once at that offset, and keep its producer's order. Bounded: about 40 s of
load."""
import os
import random
import subprocess
import threading
import time

from confluent_kafka import Producer

from cluster import Cluster, assert_in_log_as_acknowledged, produce_paced, requires_services
from conftest import create_topic, unique
from faulty_s3 import FaultyS3

pytestmark = requires_services

PRODUCERS = 4
RATE = 250  # records per second per producer
SECONDS = 40


def produce(bootstrap, topic, name, count, reports, errors):
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5, "enable.idempotence": True, "acks": "all",
                         "message.timeout.ms": 120000})

    def delivered(error, message):
        if error is None:
            reports.append((message.key().decode(), message.partition(), message.offset()))
        else:
            errors.append(f"{message.key().decode()}: {error}")

    produce_paced(producer, topic, name, count, RATE, delivered)


def faults(cluster, proxy, stop, log):
    """Kills a replica (-9, then restarts it) every 5-8 s; in between, PostgreSQL restarts once
    and agent 2's S3 goes slow, then 503, then has its connections reset."""
    rng = random.Random(20261201)
    steps = ["slow", "kill", "503", "kill", "postgres", "kill", "reset", "kill", "slow", "kill"]
    victim = 0
    for step in steps:
        if stop.wait(rng.uniform(2.5, 4.0)):
            return
        log.append((round(time.time(), 1), step))
        if step == "kill":
            cluster.kill(cluster.replicas[victim])
            time.sleep(0.5)
            cluster.start_replica(victim)
            victim = 1 - victim
        elif step == "postgres":
            subprocess.run(os.environ["FJORD_TEST_POSTGRES_RESTART"], shell=True, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        elif step == "slow":
            proxy.delay = 1.5
            proxy.set_mode("slow")
            time.sleep(3)
            proxy.set_mode("pass")
        elif step == "503":
            proxy.set_mode("fail")
            time.sleep(2)
            proxy.set_mode("pass")
        elif step == "reset":
            for _ in range(5):  # pass mode again closes every open connection
                proxy.set_mode("pass")
                time.sleep(0.4)


def test_every_acknowledged_record_has_its_offset_under_combined_faults():
    proxy = FaultyS3(os.environ["FJORD_TEST_S3_ENDPOINT"])
    cluster = Cluster(replicas=2, agents=3, agent_s3_endpoints=[None, None, proxy.endpoint])
    try:
        topic = unique("faults")
        create_topic(cluster.bootstrap(0), topic, partitions=6)
        reports = {f"p{n}": [] for n in range(PRODUCERS)}
        errors = []
        threads = [threading.Thread(target=produce, args=(cluster.all_bootstrap, topic, name, RATE * SECONDS, reports[name], errors))
                   for name in reports]
        stop, log = threading.Event(), []
        injector = threading.Thread(target=faults, args=(cluster, proxy, stop, log))
        for thread in threads + [injector]:
            thread.start()
        for thread in threads:
            thread.join(240)
        stop.set()
        injector.join(60)
        assert not any(thread.is_alive() for thread in threads), "producers did not finish"
        print(f"faults injected: {log}")
        assert not errors, f"{len(errors)} records failed: {errors[:5]}"

        acked = [report for name in reports for report in reports[name]]
        assert len(acked) == PRODUCERS * RATE * SECONDS
        # confluent-kafka gives None for librdkafka's "no offset" (-1001).
        without = [report for report in acked if report[2] is None or report[2] < 0]
        assert not without, f"{len(without)} acknowledged records have no offset: {without[:5]}"

        # In the log exactly once, at the acknowledged offset, in each producer's order.
        where = {key: (partition, offset) for key, partition, offset in acked}
        assert_in_log_as_acknowledged(cluster.bootstrap(1), topic, 6, where, reports, RATE * SECONDS)
    finally:
        codes = cluster.stop()
        proxy.close()
    assert all(code == 0 for code in codes), f"processes did not exit cleanly on SIGTERM: {codes}"
