"""Shared helpers for the deployment-artifact tests (not a conftest.py: Tests/Clients has the
cluster harness's conftest, imported here as a module)."""
import os
import re
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INFRA = os.path.join(ROOT, "Infra")
sys.path.insert(0, os.path.join(ROOT, "Tests", "Clients"))  # the cluster harness


def binary():
    return os.environ.get("FJORD_BIN", os.path.join(ROOT, ".build", "debug", "fjord"))


def tool(name):
    """A tool the deployment checks need: Infra/dev/install-deps.sh installs each (checkov in
    its own virtualenv, since it pins an older boto3)."""
    venv = os.path.join(ROOT, ".build-deploy-tools", "venv", "bin", name)
    path = venv if os.path.exists(venv) else shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: run Infra/dev/install-deps.sh")
    return path


def run(*args, **kwargs):
    result = subprocess.run(list(args), capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def help_text(command):
    """`fjord COMMAND --help`: the flags and environment variables it documents."""
    return run(binary(), command, "--help")


def flags_in(text):
    return set(re.findall(r"--[a-z][a-z0-9-]+", text))


def checkov(path, framework):
    """checkov's findings for `path`, offline; returns (passed, failed, skipped)."""
    out = subprocess.run([tool("checkov"), "-d", path, "--framework", framework, "--compact", "--skip-download", "-o", "json"],
                         capture_output=True, text=True, env=dict(os.environ, BC_SKIP_MAPPING="TRUE"))
    import json
    report = json.loads(out.stdout)
    reports = report if isinstance(report, list) else [report]
    failed = [f"{c['check_id']} {c['resource']} ({c['file_path']})" for r in reports for c in r["results"]["failed_checks"]]
    skipped = [f"{c['check_id']} {c['resource']}" for r in reports for c in r["results"]["skipped_checks"]]
    passed = sum(r["summary"]["passed"] for r in reports)
    return passed, failed, skipped
