"""The soak's judge (Infra/soak/soak.py) on made-up minutes: a steady run passes, and each
kind of growth or drift, planted alone, fails it for that reason. No cluster needed."""
import copy
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "Infra", "soak"))
from soak import judge  # noqa: E402

RATE = 5120


def steady(minutes=20):
    """A warm cluster: flat memory with a little noise, flat latencies, the rate held."""
    return [{"minute": m, "acked_per_s": RATE + (m % 3) * 10, "consumed_per_s": RATE, "failed": 0,
             "produce_p50_ms": 250.0, "produce_p99_ms": 900.0 + (m % 4) * 50, "e2e_p50_ms": 450.0, "e2e_p99_ms": 1300.0 + (m % 3) * 80,
             "lag": 400 + (m % 5) * 100,
             "processes": {"agent0": {"rss_mib": 450.0 + (m % 3) * 6, "fds": 34 + m % 2},
                           "replica0": {"rss_mib": 90.0 + (m % 2) * 2, "fds": 50}}}
            for m in range(1, minutes + 1)]


def planted(change):
    samples = copy.deepcopy(steady())
    for sample in samples:
        change(sample)
    return samples


def test_a_steady_soak_passes():
    assert judge(steady(), warmup=5, target_rate=RATE) == []


def test_warm_up_growth_is_not_judged():
    samples = steady()
    for sample in samples[:5]:  # the batch cache filling
        sample["processes"]["agent0"]["rss_mib"] = 170.0 + 56 * sample["minute"]
    assert judge(samples, warmup=5, target_rate=RATE) == []


@pytest.mark.parametrize("change, reason", [
    (lambda s: s["processes"]["agent0"].update(rss_mib=450.0 + 3 * s["minute"]), "agent0: RSS grows"),
    (lambda s: s["processes"]["replica0"].update(fds=50 + 4 * s["minute"]), "replica0: open descriptors grow"),
    (lambda s: s.update(produce_p99_ms=900.0 * 1.1 ** s["minute"]), "produce p99 drifts"),  # more than doubles
    (lambda s: s.update(e2e_p99_ms=1300.0 * (3 if s["minute"] > 14 else 1)), "e2e p99 drifts"),
    (lambda s: s.update(acked_per_s=RATE // 2 if s["minute"] == 12 else s["acked_per_s"]), "under 90%"),
    (lambda s: s.update(failed=3 if s["minute"] == 9 else 0), "records failed"),
    (lambda s: s.update(lag=RATE * 61 if s["minute"] == 20 else s["lag"]), "records behind"),
    (lambda s: s["processes"]["agent0"].update(rss_mib=None) if s["minute"] > 7 else None, "agent0 died"),
])
def test_each_growth_or_drift_fails_for_its_reason(change, reason):
    failures = judge(planted(change), warmup=5, target_rate=RATE)
    assert len(failures) == 1 and reason in failures[0], failures


def test_too_short_to_judge():
    assert "too short" in judge(steady(6), warmup=5, target_rate=RATE)[0]
