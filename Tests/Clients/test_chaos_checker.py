"""The chaos harness's history checker (Infra/chaos/checker.py) on made-up histories: a
healthy one passes, and each kind of anomaly, planted alone, is reported as that kind and
no other. No cluster needed."""
import copy
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "Infra", "chaos"))
from checker import ANOMALIES, check  # noqa: E402


def healthy():
    """Two producers over two partitions, read whole by an assign-mode reader and a group, and
    two transactions (one committed, one aborted)."""
    events = []
    offsets = {0: 0, 1: 0}
    for seq in range(6):
        for producer in ("p0", "p1"):
            value, partition = f"{producer}-{seq:07d}", seq % 2
            offset = offsets[partition]
            offsets[partition] += 1
            events.append({"type": "send", "process": producer, "value": value, "partition": partition, "seq": seq})
            events.append({"type": "ack", "process": producer, "value": value, "partition": partition, "offset": offset})
            events.append({"type": "final", "partition": partition, "offset": offset, "value": value})
            events.append({"type": "poll", "process": "reader0", "session": 1, "partition": partition, "offset": offset, "value": value})
            events.append({"type": "group_poll", "process": "member0", "group": "g", "partition": partition, "offset": offset, "value": value})
    for partition, end in offsets.items():
        events.append({"type": "commit", "process": "member0", "group": "g", "partition": partition, "offset": end})
        events.append({"type": "committed", "process": "sampler", "group": "g", "partition": partition, "offset": end - 2})
        events.append({"type": "committed", "process": "sampler", "group": "g", "partition": partition, "offset": end})
    events.append({"type": "txn", "txn": "t/1", "state": "begun", "values": ["t/1/0", "t/1/1"]})
    events.append({"type": "txn", "txn": "t/1", "state": "committed", "values": ["t/1/0", "t/1/1"]})
    events.append({"type": "txn", "txn": "t/2", "state": "begun", "values": ["t/2/0", "t/2/1"]})
    events.append({"type": "txn", "txn": "t/2", "state": "aborted", "values": ["t/2/0", "t/2/1"]})
    events += [{"type": "final_txn", "partition": 0, "offset": i, "value": v} for i, v in enumerate(["t/1/0", "t/1/1"])]
    return events


def reported(events):
    return {name for name, examples in check(events).items() if examples}


def drop(events, predicate):
    return [e for e in events if not predicate(e)]


def test_a_healthy_history_has_no_anomaly():
    assert reported(healthy()) == set()


def change(events, predicate, **fields):
    events = copy.deepcopy(events)
    for event in events:
        if predicate(event):
            event.update(fields)
    return events


def swap(events, first, second):
    """The two values trade offsets in every event that names both."""
    events = copy.deepcopy(events)
    offsets = {e["value"]: e["offset"] for e in events if e["type"] == "final"}
    for event in events:
        if event["type"] in ("ack", "final", "poll", "group_poll") and event["value"] in (first, second):
            event["offset"] = offsets[second if event["value"] == first else first]
    return sorted(events, key=lambda e: (e["type"] != "poll", e.get("offset", 0)))  # a reader still reads in offset order


PLANTED = {
    # An acknowledged record missing from the log (and so from the reader and the group too:
    # drop those so only the loss is planted).
    "lost": lambda h: drop(h, lambda e: e.get("value") == "p0-0000005" and e["type"] in ("final", "poll", "group_poll")),
    "duplicate": lambda h: h + [{"type": "final", "partition": 1, "offset": 6, "value": "p0-0000005"},
                                {"type": "poll", "process": "reader0", "session": 1, "partition": 1, "offset": 6, "value": "p0-0000005"},
                                {"type": "group_poll", "process": "member0", "group": "g", "partition": 1, "offset": 6, "value": "p0-0000005"}],
    "offset-disagreement": lambda h: change(h, lambda e: e["type"] == "ack" and e["value"] == "p1-0000002", offset=0),
    "acked-without-offset": lambda h: change(h, lambda e: e["type"] == "ack" and e["value"] == "p1-0000002", offset=None),
    # p0's seq 0 and seq 2 (both in partition 0) swap offsets, everywhere they were seen.
    "reordered": lambda h: swap(h, "p0-0000000", "p0-0000002"),
    "poll-nonmonotonic": lambda h: h + [{"type": "poll", "process": "reader0", "session": 1, "partition": 0, "offset": 3, "value": "p1-0000002"}],
    "poll-skipped": lambda h: drop(h, lambda e: e["type"] == "poll" and e["partition"] == 0 and e["offset"] == 3),
    "commit-backwards": lambda h: h + [{"type": "committed", "process": "sampler", "group": "g", "partition": 0, "offset": 1}],
    "group-missed": lambda h: drop(h, lambda e: e["type"] == "group_poll" and e["partition"] == 1 and e["offset"] == 2),
    "aborted-read": lambda h: h + [{"type": "final_txn", "partition": 1, "offset": i, "value": v} for i, v in enumerate(["t/2/0", "t/2/1"])],
    "torn-transaction": lambda h: h + [{"type": "final_txn", "partition": 1, "offset": 0, "value": "t/3/0"},
                                       {"type": "txn", "txn": "t/3", "state": "begun", "values": ["t/3/0", "t/3/1"]}],
    "committed-lost": lambda h: drop(h, lambda e: e["type"] == "final_txn"),
    "unknown-value": lambda h: h + [{"type": "final", "partition": 0, "offset": 6, "value": "nobody-sent-this"},
                                    {"type": "poll", "process": "reader0", "session": 1, "partition": 0, "offset": 6, "value": "nobody-sent-this"},
                                    {"type": "group_poll", "process": "member0", "group": "g", "partition": 0, "offset": 6, "value": "nobody-sent-this"}],
}


def test_every_anomaly_kind_has_a_planted_case():
    assert set(PLANTED) == set(ANOMALIES)


@pytest.mark.parametrize("anomaly", sorted(PLANTED))
def test_a_planted_anomaly_is_reported_as_itself(anomaly):
    found = reported(PLANTED[anomaly](healthy()))
    assert anomaly in found
    # A lost committed transaction is also a torn one only if partly read; here it is wholly missing.
    assert found == {anomaly}, f"planting {anomaly} also reported {found - {anomaly}}"
