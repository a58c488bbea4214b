"""The agent as the container image and the Kubernetes manifests run it: as an unprivileged
user (65532). Accepting a connection once set SO_DEBUG (a socket option asked for at the
wrong level), which only root may set: as any other user, the first client connection
stopped the listener, and the agent with it."""
import os
import subprocess

import pytest

from conftest import Playground, unique

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to switch to an unprivileged user")


def test_an_unprivileged_agent_serves_kcat():
    playground = Playground(agents=1, run_as=65532)
    try:
        topic = unique("non-root")
        for i in range(3):  # several connections, each accepted by the unprivileged listener
            subprocess.run(["kcat", "-P", "-b", playground.bootstrap, "-t", topic], input=f"record {i}\n", text=True, check=True, timeout=30)
        out = subprocess.run(["kcat", "-C", "-b", playground.bootstrap, "-t", topic, "-o", "beginning", "-c", "3", "-e", "-q"],
                             capture_output=True, text=True, check=True, timeout=30).stdout
        assert sorted(out.split("\n")[:3]) == ["record 0", "record 1", "record 2"]
        assert playground.process.poll() is None, open(playground.log.name).read()[-2000:]
    finally:
        assert playground.stop() == 0
