"""PostgreSQL failover, shown alone (issue 15): under a steady idempotent produce load, the
primary is killed with SIGKILL and its synchronous standby promoted. The control plane finds
the new primary through its multi-host URL (target_session_attrs=read-write), every record is
acknowledged with an offset, and each is in the log exactly once, where it was acknowledged,
in its producer's order. The outage as clients saw it is printed: the longest stretch without
an acknowledgement, and the slowest record. Bounded: about 30 s of load."""
import threading
import time

from confluent_kafka import Producer

from cluster import Cluster, assert_in_log_as_acknowledged, produce_paced, requires_services
from conftest import create_topic, unique
from postgres_pair import PostgresPair

pytestmark = requires_services

PRODUCERS = 2
RATE = 200  # records per second per producer
SECONDS = 30
KILL_AT = 8  # seconds into the load
PROMOTE_AFTER = 1.0  # seconds after the kill, as an operator's or Patroni's detection would


def produce(bootstrap, topic, name, reports, errors):
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5, "enable.idempotence": True, "acks": "all",
                         "message.timeout.ms": 120000})
    sent = {}

    def delivered(error, message):
        key = message.key().decode()
        if error is None:
            reports.append((key, message.partition(), message.offset(), sent[key], time.time()))
        else:
            errors.append(f"{key}: {error}")

    produce_paced(producer, topic, name, RATE * SECONDS, RATE, delivered, sent)


def test_a_promoted_standby_takes_over_with_no_acknowledged_record_lost():
    pair = PostgresPair()
    cluster = None
    try:
        cluster = Cluster(replicas=2, agents=2, postgres_admin=pair.url)
        topic = unique("failover")
        create_topic(cluster.bootstrap(0), topic, partitions=4)
        reports = {f"p{n}": [] for n in range(PRODUCERS)}
        errors = []
        threads = [threading.Thread(target=produce, args=(cluster.all_bootstrap, topic, name, reports[name], errors)) for name in reports]
        for thread in threads:
            thread.start()
        time.sleep(KILL_AT)
        killed = time.time()
        pair.kill_primary()
        time.sleep(PROMOTE_AFTER)
        pair.promote()
        promoted = time.time()
        for thread in threads:
            thread.join(240)
        assert not any(thread.is_alive() for thread in threads), "producers did not finish"
        assert not errors, f"{len(errors)} records failed: {errors[:5]}"

        acked = [report for name in reports for report in reports[name]]
        assert len(acked) == PRODUCERS * RATE * SECONDS
        without = [report for report in acked if report[2] is None or report[2] < 0]
        assert not without, f"{len(without)} acknowledged records have no offset: {without[:5]}"
        times = sorted(report[4] for report in acked)
        gap = max(later - earlier for earlier, later in zip(times, times[1:]))
        slowest = max(report[4] - report[3] for report in acked)
        print(f"failover: primary killed, standby promoted {PROMOTE_AFTER:.1f} s later; longest stretch without an "
              f"acknowledgement {gap:.2f} s, slowest record {slowest:.2f} s; first acknowledgement after the promotion "
              f"{min((t for t in times if t > promoted), default=float('nan')) - promoted:.2f} s")
        assert gap < 30, f"clients saw no acknowledgement for {gap:.1f} s"
        assert any(t > promoted for t in times) and any(t < killed for t in times)

        where = {key: (partition, offset) for key, partition, offset, _, _ in acked}
        assert_in_log_as_acknowledged(cluster.bootstrap(1), topic, 4, where, reports, RATE * SECONDS)
    finally:
        if cluster is not None:
            cluster.stop()
        pair.stop()
