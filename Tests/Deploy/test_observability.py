"""Infra/observability: the alert rules check and pass their unit tests, and every metric the
dashboard and the rules use is one a running cluster's /metrics serves."""
import json
import os
import re
import time
import urllib.request

from confluent_kafka import Consumer, Producer

from deploy_support import INFRA, run, tool  # first: it puts the cluster harness on the path

from cluster import Cluster, requires_services  # noqa: E402

OBSERVABILITY = os.path.join(INFRA, "observability")
PROMETHEUS_SUFFIXES = ("_bucket", "_sum", "_count")


def test_alert_rules_check_and_pass_their_unit_tests():
    run(tool("promtool"), "check", "rules", os.path.join(OBSERVABILITY, "fjord-alerts.yaml"))
    out = run(tool("promtool"), "test", "rules", "fjord-alerts.test.yaml", cwd=OBSERVABILITY)
    assert "SUCCESS" in out


def used_metric_names():
    """Metric names in the dashboard's queries and the rules' expressions."""
    with open(os.path.join(OBSERVABILITY, "fjord-dashboard.json")) as f:
        dashboard = json.load(f)
    expressions = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    expressions += [v["query"] for v in dashboard["templating"]["list"] if isinstance(v.get("query"), str)]
    rules = open(os.path.join(OBSERVABILITY, "fjord-alerts.yaml")).read()
    expressions += re.findall(r"expr: (.*(?:\n {10,}.*)*)", rules)
    names = set()
    for expression in expressions:
        for name in re.findall(r"\bfjord_[a-z_]+", expression):
            for suffix in PROMETHEUS_SUFFIXES:
                if name.endswith(suffix):
                    name = name[: -len(suffix)]
            names.add(name)
    return names


def served_metric_names(text):
    return set(re.findall(r"^# TYPE (fjord_[a-z_]+) ", text, re.M))


@requires_services
def test_every_metric_the_dashboard_and_rules_use_is_served():
    used = used_metric_names()
    assert len(used) >= 12, used
    policy = os.path.join(os.path.dirname(__file__), "observability-policy.yaml")
    cluster = Cluster(replicas=1, agents=1, policy=policy)
    try:
        # Traffic that makes every metric appear: produce, fetch with a group that commits
        # (consumer lag), and one request the policy refuses.
        topic = "metrics-check"
        producer = Producer({"bootstrap.servers": cluster.bootstrap(0), "client.id": "writer-1"})
        for i in range(20):
            producer.produce(topic, b"m%d" % i)
        assert producer.flush(20) == 0
        consumer = Consumer({"bootstrap.servers": cluster.bootstrap(0), "client.id": "reader-1", "group.id": "dashboards",
                             "auto.offset.reset": "earliest", "enable.auto.commit": False})
        consumer.subscribe([topic])
        seen, deadline = 0, time.time() + 20
        while seen < 10 and time.time() < deadline:
            message = consumer.poll(0.5)
            if message is not None and not message.error():
                seen += 1
        consumer.commit(asynchronous=False)
        consumer.close()
        refused = []
        denied = Producer({"bootstrap.servers": cluster.bootstrap(0), "client.id": "stranger-1", "message.timeout.ms": 3000})
        denied.produce(topic, b"no", on_delivery=lambda err, msg: refused.append(err))
        denied.flush(10)
        assert refused and refused[0] is not None
        deadline = time.time() + 30  # consumer lag is measured every 15 s
        while True:
            served = served_metric_names(cluster.metrics(0))
            served |= served_metric_names(urllib.request.urlopen(f"{cluster.replica_urls[0]}/metrics", timeout=5).read().decode())
            if used <= served or time.time() > deadline:
                break
            time.sleep(1)
        assert used <= served, f"used but not served: {sorted(used - served)}"
    finally:
        cluster.stop()
