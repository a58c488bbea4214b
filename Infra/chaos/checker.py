"""The chaos harness's history checker. `check(events)` returns {anomaly: [examples]}; every
list must be empty. Run alone on a written history: `checker.py HISTORY.jsonl`.

The history's events (see workloads.py): send/ack/fail from idempotent producers, poll and
session from assign-mode readers, group_poll/commit/committed from consumer groups, txn from
transactional writers, and `final` (every record of the idempotent topic, read to the end
after healing) and `final_txn` (the transactional topic, read_committed, to the end).

Anomalies:
- lost: acknowledged, and not in the log;
- duplicate: one value at two offsets;
- offset-disagreement: one offset seen with two values, or a value acknowledged at an offset
  where the log has another;
- acked-without-offset: acknowledged with no offset (librdkafka's -1001);
- reordered: a producer's records in one partition not in the order it sent them;
- poll-nonmonotonic / poll-skipped: an assign-mode session got an offset at or below the last
  one it got in that partition, or jumped past offsets that hold records;
- commit-backwards: a group's committed offset (as OffsetFetch answered) went down;
- group-missed: a record below the group's final committed offset that no member was given;
- aborted-read / torn-transaction / committed-lost: a read_committed read saw an aborted
  transaction's record, part of a transaction, or missed a committed one;
- unknown-value: the log holds a value nobody sent.
"""
import json
import sys
from collections import defaultdict

ANOMALIES = ("lost", "duplicate", "offset-disagreement", "acked-without-offset", "reordered", "poll-nonmonotonic",
             "poll-skipped", "commit-backwards", "group-missed", "aborted-read", "torn-transaction", "committed-lost",
             "unknown-value")


def check(events):
    found = {name: [] for name in ANOMALIES}
    by_type = defaultdict(list)
    for event in events:
        by_type[event["type"]].append(event)

    # The log as the final read saw it.
    at = {}  # (partition, offset) -> value
    where = defaultdict(list)  # value -> [(partition, offset)]
    for event in by_type["final"]:
        position = (event["partition"], event["offset"])
        if position in at and at[position] != event["value"]:
            found["offset-disagreement"].append(f"final read: {position} holds {at[position]!r} and {event['value']!r}")
        at[position] = event["value"]
        if position not in where[event["value"]]:
            where[event["value"]].append(position)
    for value, positions in where.items():
        if len(positions) > 1:
            found["duplicate"].append(f"{value!r} at {sorted(positions)}")

    sent = {event["value"]: event for event in by_type["send"]}
    for value in where:
        if value not in sent:
            found["unknown-value"].append(f"{value!r} at {where[value]}")
    for event in by_type["ack"]:
        value = event["value"]
        if event["offset"] is None:
            found["acked-without-offset"].append(f"{value!r} in partition {event['partition']}")
        if value not in where:
            found["lost"].append(f"{value!r}, acknowledged at {event['partition']}/{event['offset']} at t={event.get('t')}")
        elif event["offset"] is not None and (event["partition"], event["offset"]) not in where[value]:
            found["offset-disagreement"].append(
                f"{value!r} acknowledged at {event['partition']}/{event['offset']}, in the log at {where[value]}")

    # Each producer's order within a partition, over everything of it in the log.
    order = defaultdict(list)  # (producer, partition) -> [(seq, offset)]
    for value, positions in where.items():
        if value in sent:
            for partition, offset in positions:
                order[(sent[value]["process"], partition)].append((sent[value]["seq"], offset, value))
    for (producer, partition), entries in order.items():
        entries.sort()
        for (_, before, first), (_, after, second) in zip(entries, entries[1:]):
            if after <= before:
                found["reordered"].append(f"{producer} partition {partition}: {first!r} at {before}, sent later {second!r} at {after}")

    # Assign-mode readers: what each session got agrees with the log, in offset order, with no gaps.
    last = {}  # (reader, session, partition) -> offset
    for event in by_type["poll"]:
        position = (event["partition"], event["offset"])
        if position in at and at[position] != event["value"]:
            found["offset-disagreement"].append(f"{event['process']} read {event['value']!r} at {position}; the log has {at[position]!r}")
        key = (event["process"], event["session"], event["partition"])
        if key in last:
            if event["offset"] <= last[key]:
                found["poll-nonmonotonic"].append(f"{key}: offset {event['offset']} after {last[key]}")
            elif any((event["partition"], o) in at for o in range(last[key] + 1, event["offset"])):
                found["poll-skipped"].append(f"{key}: from {last[key]} to {event['offset']}, skipping records")
        last[key] = event["offset"]

    # Consumer groups: committed offsets never go down; nothing below them went unread.
    committed = {}
    for event in by_type["committed"]:
        key = (event["group"], event["partition"])
        if key in committed and event["offset"] < committed[key]:
            found["commit-backwards"].append(f"group {key[0]} partition {key[1]}: {committed[key]} then {event['offset']} at t={event.get('t')}")
        committed[key] = event["offset"]
    for event in by_type["commit"]:
        key = (event["group"], event["partition"])
        committed[key] = max(committed.get(key, 0), event["offset"])
    given = {(e["group"], e["partition"], e["offset"]) for e in by_type["group_poll"]}
    for event in by_type["group_poll"]:
        position = (event["partition"], event["offset"])
        if position in at and at[position] != event["value"]:
            found["offset-disagreement"].append(f"{event['process']} was given {event['value']!r} at {position}; the log has {at[position]!r}")
    for (group, partition), offset in committed.items():
        for o in range(offset):
            if (partition, o) in at and (group, partition, o) not in given:
                found["group-missed"].append(f"group {group} committed {offset} in partition {partition}, and nobody was given offset {o}")

    # Transactions, against a read_committed read of their topic.
    read = defaultdict(int)
    for event in by_type["final_txn"]:
        read[event["value"]] += 1
    outcome = {}
    for event in by_type["txn"]:
        if event["state"] == "begun":
            outcome.setdefault(event["txn"], ("unknown", event["values"]))
        else:
            outcome[event["txn"]] = (event["state"], event["values"])
    txn_values = set()
    for txn, (state, values) in outcome.items():
        txn_values.update(values)
        seen = [value for value in values if read[value]]
        if state == "aborted" and seen:
            found["aborted-read"].append(f"{txn}: {seen}")
        if state == "committed" and len(seen) < len(values):
            found["committed-lost"].append(f"{txn}: {sorted(set(values) - set(seen))} missing")
        if 0 < len(seen) < len(values):
            found["torn-transaction"].append(f"{txn} ({state}): read {len(seen)} of {len(values)}")
    for value, count in read.items():
        if count > 1:
            found["duplicate"].append(f"{value!r} read {count} times (read_committed)")
        if value not in txn_values:
            found["unknown-value"].append(f"{value!r} (transactional topic)")
    return found


def summary(events, found):
    counts = defaultdict(int)
    for event in events:
        counts[event["type"]] += 1
    txns = defaultdict(int)
    final_state = {}
    for event in events:
        if event["type"] == "txn":
            final_state[event["txn"]] = event["state"]
    for state in final_state.values():
        txns[state] += 1
    lines = [f"history: {counts['send']} sent, {counts['ack']} acknowledged, {counts['fail']} failed; "
             f"{counts['poll']} assign-mode reads in {counts['session']} sessions; {counts['group_poll']} group deliveries, "
             f"{counts['commit']} commits; transactions: {dict(txns)}; {counts['final']} + {counts['final_txn']} records in the final reads"]
    lines.append("| anomaly | count | example |")
    lines.append("|---|---|---|")
    for name in ANOMALIES:
        lines.append(f"| {name} | {len(found[name])} | {found[name][0] if found[name] else ''} |")
    return "\n".join(lines)


if __name__ == "__main__":
    history = [json.loads(line) for line in open(sys.argv[1])]
    result = check(history)
    print(summary(history, result))
    sys.exit(1 if any(result.values()) else 0)
