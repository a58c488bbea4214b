"""Infra/systemd: the units verify, are hardened, and pass only flags fjord has."""
import os
import re

import pytest

from deploy_support import INFRA, binary, flags_in, help_text, run, tool

UNITS = {"fjord-agent.service": "agent", "fjord-control-plane.service": "control-plane"}


@pytest.mark.parametrize("unit,command", UNITS.items())
def test_unit_verifies_and_is_hardened(unit, command, tmp_path):
    text = open(os.path.join(INFRA, "systemd", unit)).read()
    (tmp_path / unit).write_text(text.replace("/usr/local/bin/fjord", os.path.abspath(binary())))
    run(tool("systemd-analyze"), "verify", str(tmp_path / unit))
    exposure = run(tool("systemd-analyze"), "security", "--offline=yes", str(tmp_path / unit))
    level = float(re.search(r"Overall exposure level for \S+: ([0-9.]+)", exposure).group(1))
    assert level < 2.0, exposure[-400:]
    for setting in ("DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes", "Restart=on-failure", "TimeoutStopSec=30"):
        assert setting in text


@pytest.mark.parametrize("unit,command", UNITS.items())
def test_unit_flags_exist_and_the_example_environment_sets_every_variable(unit, command):
    text = open(os.path.join(INFRA, "systemd", unit)).read()
    start = re.search(r"ExecStart=(.*?)\n(?!\s)", text, re.S).group(1)
    assert flags_in(start) <= flags_in(help_text(command)), flags_in(start) - flags_in(help_text(command))
    example = open(os.path.join(INFRA, "systemd", unit.replace("fjord-", "").replace(".service", ".env.example"))).read()
    defined = set(re.findall(r"^([A-Z0-9_]+)=", example, re.M))
    assert set(re.findall(r"\$\{([A-Z0-9_]+)\}", start)) <= defined
    read_by_fjord = defined - set(re.findall(r"\$\{([A-Z0-9_]+)\}", start))
    assert all(name in help_text(command) for name in read_by_fjord), read_by_fjord
