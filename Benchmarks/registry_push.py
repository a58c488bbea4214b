"""How fast agents learn of a registry change (issue 6 follow-up): a 3-agent cluster on
PostgreSQL and SeaweedFS (Infra/dev/services.sh); agent 1 leaves (SIGTERM) and comes back,
five times, and the time until agents 0 and 2 both (stop) listing it in Metadata is printed.
Run: (source Infra/dev/services.sh && fjord_services_start /tmp/svc) then python3 Benchmarks/registry_push.py
with the FJORD_TEST_* variables it exports."""
import os
import sys, time, signal
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Clients"))
from cluster import Cluster
from test_cluster import brokers_seen_through
c = Cluster()
try:
    results = []
    for trial in range(5):
        address = c.bootstrap(1)
        c.kill(c.agents[1], signal.SIGTERM)
        t0 = time.time()
        while any(address in brokers_seen_through(c, i).values() for i in (0, 2)):
            assert time.time() - t0 < 10, "the leave never reached the other agents"
        leave = time.time() - t0
        c.start_agent(1)
        t0 = time.time()
        while not all(address in brokers_seen_through(c, i).values() for i in (0, 2)):
            assert time.time() - t0 < 10, "the join never reached the other agents"
        join = time.time() - t0
        one_poll = time.time(); brokers_seen_through(c, 0); poll = time.time() - one_poll
        results.append((leave, join, poll))
        print(f"trial {trial}: leave seen after {leave*1000:.0f} ms, join after {join*1000:.0f} ms (one poll: {poll*1000:.0f} ms)", flush=True)
finally:
    c.stop()
