"""The playground's operator-facing behaviour: one-line errors with exit code 1 for a port in
use or an unwritable data directory, and exit code 0 after a graceful SIGTERM."""
import os
import socket
import subprocess
import tempfile

from conftest import Playground, binary



def run(*args):
    return subprocess.run([binary(), "playground", *args], capture_output=True, text=True, timeout=60)


def test_port_in_use_is_a_one_line_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run("--listen", f"127.0.0.1:{port}", "--data-dir", tempfile.mkdtemp())
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "address already in use" in lines[0], result.stderr


def test_unwritable_data_directory_is_a_one_line_error():
    directory = tempfile.mkdtemp()
    os.chmod(directory, 0o500)
    target = os.path.join(directory, "sub")
    try:
        # root ignores permission bits, so also try a path under a file.
        blocker = os.path.join(tempfile.mkdtemp(), "file")
        open(blocker, "w").close()
        result = run("--listen", "127.0.0.1:0", "--data-dir", os.path.join(blocker, "data"))
    finally:
        os.chmod(directory, 0o700)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "data directory" in lines[0], result.stderr
    assert not os.path.exists(target)


def test_sigterm_exits_zero():
    cluster = Playground(agents=1)
    assert cluster.stop() == 0
