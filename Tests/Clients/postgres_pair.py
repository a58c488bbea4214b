"""A throwaway PostgreSQL primary with a synchronous streaming standby, on loopback, for
failover tests: `url` lists both servers with target_session_attrs=read-write, as RDS and
Patroni users deploy it. `kill_primary()` kills the primary's postmaster and backends with
SIGKILL, `promote()` promotes the standby. `stop()` stops whatever still runs, by process id."""
import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time

from conftest import free_port_block


def _pg_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if not found:
        raise RuntimeError("PostgreSQL server binaries not found (apt-get install postgresql)")
    return found[-1]


class PostgresPair:
    def __init__(self):
        self.bin = _pg_bin()
        self.dead = set()  # data directories whose postmaster was killed: their pid files are stale
        self.dir = tempfile.mkdtemp(prefix="fjord-pg-pair-")
        self.as_pg = []
        if os.getuid() == 0:  # initdb and postgres refuse to run as root
            self.as_pg = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.dir, 0o755)
            shutil.chown(self.dir, "postgres")
        base = free_port_block(2)
        self.ports = [base, base + 1]
        self.primary_dir, self.standby_dir = os.path.join(self.dir, "primary"), os.path.join(self.dir, "standby")
        self._run("initdb", "-A", "trust", "-N", "--no-locale", "-U", "postgres", "-D", self.primary_dir)
        # Synchronous: a commit returns once the standby has flushed it, so a promotion loses
        # no acknowledged commit. Async replication would (docs/operations.md).
        self._start(self.primary_dir, self.ports[0], "-c", "synchronous_standby_names=*", "-c", "synchronous_commit=on")
        self._run("pg_basebackup", "-h", "127.0.0.1", "-p", str(self.ports[0]), "-U", "postgres", "-D", self.standby_dir, "-R", "-X", "stream")
        # Once promoted it has no standby of its own, so it must not wait for one.
        self._start(self.standby_dir, self.ports[1], "-c", "synchronous_standby_names=")
        self._wait_for_sync()
        self.url = (f"postgres://postgres@127.0.0.1:{self.ports[0]},127.0.0.1:{self.ports[1]}/postgres"
                    "?target_session_attrs=read-write")

    def _run(self, tool, *args):
        subprocess.run([*self.as_pg, os.path.join(self.bin, tool), *args], check=True, capture_output=True, text=True)

    def _start(self, data, port, *options):
        opts = " ".join(["-p", str(port), "-k", self.dir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", *options])
        self._run("pg_ctl", "-w", "-D", data, "-l", data + ".log", "-o", opts, "start")

    def _wait_for_sync(self, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            state = subprocess.run(["psql", f"postgres://postgres@127.0.0.1:{self.ports[0]}/postgres", "-qAtc",
                                    "SELECT sync_state FROM pg_stat_replication"], capture_output=True, text=True).stdout.strip()
            if state == "sync":
                return
            time.sleep(0.2)
        raise RuntimeError(f"the standby never became synchronous (state {state!r})")

    @staticmethod
    def _postmaster(data):
        try:
            return int(open(os.path.join(data, "postmaster.pid")).readline())
        except (OSError, ValueError):
            return None

    def kill_primary(self):
        """SIGKILL to the primary's postmaster and every backend: no shutdown, no last WAL sent."""
        pid = self._postmaster(self.primary_dir)
        self.dead.add(self.primary_dir)
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        for victim in [pid, *map(int, children)]:
            try:
                os.kill(victim, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def promote(self):
        self._run("pg_ctl", "-w", "-D", self.standby_dir, "promote")

    def stop(self):
        for data in (self.primary_dir, self.standby_dir):
            pid = None if data in self.dead else self._postmaster(data)
            if pid is None:
                continue
            try:
                os.kill(pid, signal.SIGQUIT)  # immediate shutdown
                for _ in range(100):
                    os.kill(pid, 0)
                    time.sleep(0.1)
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.dir, ignore_errors=True)
