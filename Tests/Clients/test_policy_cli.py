"""`fjord policy validate` and `explain` as an operator runs them."""
import os
import subprocess

from conftest import ROOT, binary


def fjord(*args):
    return subprocess.run([binary(), *args], capture_output=True, text=True, timeout=30)


def test_the_examples_validate():
    result = fjord("policy", "validate", os.path.join(ROOT, "Policies/examples/prod-analytics.yaml"))
    assert result.returncode == 0, result.stderr
    assert "ok (3 groups" in result.stdout


def test_every_error_is_reported_with_its_line_and_column_and_the_exit_code_is_1():
    broken = os.path.join(ROOT, "Tests/PolicyTests/Fixtures/broken.yaml")
    result = fjord("policy", "validate", broken)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 10 and all(line.startswith(f"{broken}:") for line in lines)
    assert f"{broken}:17:21: invalid CIDR '10.0.0.0/33'" in result.stderr


def test_explain_names_the_rule_the_group_and_the_deciding_statement():
    example = os.path.join(ROOT, "Policies/examples/prod-analytics.yaml")
    allowed = fjord("policy", "explain", example, "--client-id", "game-server-3", "--operation", "produce", "--topic", "game.scores")
    assert allowed.returncode == 0
    assert "'game-servers'" in allowed.stdout and "prod-writers" in allowed.stdout and "ALLOWED" in allowed.stdout
    denied = fjord("policy", "explain", example, "--client-id", "analytics-etl", "--operation", "produce", "--topic", "game.scores")
    assert "analytics-readers" in denied.stdout and "DENIED" in denied.stdout and "denied by default" in denied.stdout
