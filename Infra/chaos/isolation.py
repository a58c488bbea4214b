"""Network partitions and clock skew for the chaos harness, on one machine.

Every agent and control-plane replica runs under a uid of its own (`setpriv`), so iptables
can tell their packets apart on loopback: a partition marks the connections a process opens
to some ports (CONNMARK, by owner uid) and then drops every packet of a marked connection,
both ways. Packets are dropped, never refused: the peers see silence, as across a real
partition, and their connections time out. Everything lives in one chain of the campaign's
own, hooked into OUTPUT (loopback traffic passes only there), and is removed by `close()`.

Each process also runs under libfaketime with a timestamp file of its own, read again every
second: a skew writes an offset into it. Only the wall clock moves
(FAKETIME_DONT_FAKE_MONOTONIC), as when NTP is wrong; timers and timeouts keep the monotonic
clock. The processes run a copy of the binary in a directory every uid can read."""
import os
import shutil
import signal
import subprocess
import tempfile

from conftest import binary

FAKETIME_LIBRARY = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1"
KINDS = ("agent", "replica")
BASE_UID = 47000


def available():
    """Why partitions or skew cannot run here, or None."""
    if os.geteuid() != 0:
        return "network partitions and clock skew need root (iptables, setpriv)"
    for tool in ("iptables", "setpriv", "faketime"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not os.path.exists(FAKETIME_LIBRARY):
        return f"libfaketime is not installed ({FAKETIME_LIBRARY})"
    probe = f"FJ_probe_{os.getpid()}"  # the kernel must take the chain and both matches
    steps = [["-N", probe], ["-A", probe, "-p", "tcp", "-m", "owner", "--uid-owner", str(BASE_UID), "-m", "multiport", "--dports", "1",
                             "-j", "CONNMARK", "--set-mark", "1"], ["-A", probe, "-m", "connmark", "--mark", "1", "-j", "DROP"]]
    try:
        for step in steps:
            done = subprocess.run(["iptables", *step], capture_output=True, text=True)
            if done.returncode != 0:
                return f"iptables {' '.join(step)} failed: {done.stderr.strip()}"
    finally:
        subprocess.run(["iptables", "-F", probe], capture_output=True)
        subprocess.run(["iptables", "-X", probe], capture_output=True)
    return None


class Isolation:
    def __init__(self, name):
        self.chain = ("FJ_" + name)[:28]
        # readable by every process's uid (a campaign's --out may not be)
        self.directory = tempfile.mkdtemp(prefix="fjord-isolation-")
        os.chmod(self.directory, 0o755)
        # and a copy of the binary every uid can reach (a clone under /root cannot be)
        self.binary = shutil.copy(binary(), os.path.join(self.directory, "fjord"))
        self.holders = {}  # uid -> (holder process, FAKETIME_SHARED)
        self._remove_chain()  # a killed campaign's, of the same name
        self._iptables("-N", self.chain)
        self._iptables("-I", "OUTPUT", "-j", self.chain)

    @staticmethod
    def uid(kind, index):
        return BASE_UID + 100 * KINDS.index(kind) + index

    def _clock_file(self, kind, index):
        return os.path.join(self.directory, f"clock-{kind}{index}")

    def launcher(self, kind, index):
        """The Cluster's launcher: its own uid, and libfaketime reading its own offset file."""
        clock = self._clock_file(kind, index)
        if not os.path.exists(clock):
            self.skew(kind, index, 0)
        uid = self.uid(kind, index)
        return self._as(uid) + ["env", f"LD_PRELOAD={FAKETIME_LIBRARY}", f"FAKETIME_SHARED={self._shared(uid)}",
                                f"FAKETIME_TIMESTAMP_FILE={clock}", "FAKETIME_CACHE_DURATION=1", "FAKETIME_DONT_FAKE_MONOTONIC=1"]

    @staticmethod
    def _as(uid):
        return ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--"]

    def _shared(self, uid):
        """libfaketime's semaphore and shared memory for `uid`, made by a holder process that
        runs under that uid for the whole campaign. A process that finds none makes its own and
        sets FAKETIME_SHARED, and fjord then starts as if given no arguments (seen here; the
        setenv seems to move `environ`, next to which Swift's runtime looks for argv). Made as
        root they could not be opened."""
        if uid not in self.holders:
            holder = subprocess.Popen(self._as(uid) + ["faketime", "-f", "+0", "sh", "-c", 'echo "$FAKETIME_SHARED"; exec sleep infinity'],
                                      stdout=subprocess.PIPE, text=True, start_new_session=True)
            self.holders[uid] = (holder, holder.stdout.readline().strip())
            if not self.holders[uid][1]:
                raise RuntimeError(f"faketime gave uid {uid} no shared memory")
        return self.holders[uid][1]

    def skew(self, kind, index, seconds):
        """Moves the process's wall clock `seconds` away from the machine's (0: back in step)."""
        path = self._clock_file(kind, index)
        with open(path + ".new", "w") as out:
            out.write(f"{seconds:+d}\n")
        os.chmod(path + ".new", 0o644)
        os.replace(path + ".new", path)

    def partition(self, mark, kind, index, ports):
        """Drops, both ways, every packet of the connections the process opens to `ports`.
        `mark` names this partition (unique per fault, far side and target) for `heal`."""
        for rule in self._rules(mark, kind, index, ports):
            self._iptables("-A", self.chain, *rule)

    def heal(self, mark, kind, index, ports):
        for rule in reversed(self._rules(mark, kind, index, ports)):
            self._iptables("-D", self.chain, *rule)

    def _rules(self, mark, kind, index, ports):
        """Mark the process's connections to `ports`, then drop every packet of a marked one."""
        return [["-p", "tcp", "-m", "owner", "--uid-owner", str(self.uid(kind, index)), "-m", "multiport",
                 "--dports", ",".join(str(p) for p in ports), "-j", "CONNMARK", "--set-mark", str(mark)],
                ["-m", "connmark", "--mark", str(mark), "-j", "DROP"]]

    def heal_all(self):
        """No partition left (every clock is back in step once its skew's thread ends)."""
        subprocess.run(["iptables", "-F", self.chain], capture_output=True)

    def close(self):
        for holder, _ in self.holders.values():
            os.killpg(holder.pid, signal.SIGTERM)
            holder.wait(10)
        shutil.rmtree(self.directory, ignore_errors=True)
        # libfaketime's semaphores and shared memory, which a killed process leaves behind
        for name in os.listdir("/dev/shm"):
            path = os.path.join("/dev/shm", name)
            if "faketime" in name and BASE_UID <= os.stat(path).st_uid < BASE_UID + 100 * len(KINDS):
                os.remove(path)
        self._remove_chain()

    def _remove_chain(self):
        subprocess.run(["iptables", "-D", "OUTPUT", "-j", self.chain], capture_output=True)
        subprocess.run(["iptables", "-F", self.chain], capture_output=True)
        subprocess.run(["iptables", "-X", self.chain], capture_output=True)

    @staticmethod
    def _iptables(*args):
        done = subprocess.run(["iptables", *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"iptables {' '.join(args)}: {done.stderr.strip()}")
