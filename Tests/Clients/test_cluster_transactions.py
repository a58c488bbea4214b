"""Transactions on the production shape: 3 agents and 2 control-plane replicas on PostgreSQL
and SeaweedFS. The exactly-once processor is kill -9ed three times while a replica is kill
-9ed and PostgreSQL restarts, and still copies every record exactly once."""
import os
import subprocess

import pytest

from cluster import Cluster, requires_services
from exactly_once import run_exactly_once

pytestmark = requires_services


@pytest.fixture(scope="module")
def cluster():
    c = Cluster()
    c.wait_for_agents(3)
    yield c
    codes = c.stop()
    assert all(code == 0 for code in codes), f"processes did not exit cleanly on SIGTERM: {codes}"


@pytest.mark.skipif("FJORD_TEST_POSTGRES_RESTART" not in os.environ, reason="needs Infra/dev/services.sh")
def test_exactly_once_across_processor_replica_and_postgresql_failures(cluster):
    def kill_a_replica():
        cluster.kill(cluster.replicas[0])

    def restart_postgresql():
        subprocess.run(os.environ["FJORD_TEST_POSTGRES_RESTART"], shell=True, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)

    def restart_the_replica():
        cluster.start_replica(0)

    assert run_exactly_once(cluster.all_bootstrap, faults=(kill_a_replica, restart_postgresql, restart_the_replica)) == 3
    assert all(process.poll() is None for process in cluster.agents), "an agent died"
