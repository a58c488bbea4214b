"""Infra/kubernetes: every overlay renders, validates against Kubernetes' schemas, passes
checkov, and passes only flags and environment variables that fjord documents."""
import os
import re
import tempfile

import pytest
import yaml

from deploy_support import INFRA, checkov, flags_in, help_text, run, tool

OVERLAYS = sorted(os.listdir(os.path.join(INFRA, "kubernetes", "overlays")))


def render(overlay):
    return run(tool("kubectl"), "kustomize", os.path.join(INFRA, "kubernetes", "overlays", overlay))


def objects(overlay):
    return [o for o in yaml.safe_load_all(render(overlay)) if o]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_validates_against_the_kubernetes_schemas(overlay, tmp_path):
    rendered = tmp_path / f"{overlay}.yaml"
    rendered.write_text(render(overlay))
    out = run(tool("kubernetes-validate"), "--strict", "--quiet", str(rendered))
    # kubernetes-validate has no schema for the Prometheus Operator's CRDs; the test below
    # checks the ServiceMonitors' one field that can go wrong, the port they scrape.
    assert all("ServiceMonitor" in line for line in out.splitlines() if line.strip()), out


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_service_monitors_scrape_a_port_their_service_has(overlay):
    items = objects(overlay)
    services = [o for o in items if o["kind"] == "Service"]
    for monitor in (o for o in items if o["kind"] == "ServiceMonitor"):
        selector = monitor["spec"]["selector"]["matchLabels"]
        matching = [s for s in services if selector.items() <= s["metadata"].get("labels", {}).items()]
        assert matching, f"{monitor['metadata']['name']} selects no Service"
        for endpoint in monitor["spec"]["endpoints"]:
            assert all(endpoint["port"] in {p["name"] for p in s["spec"]["ports"]} for s in matching)
            assert endpoint["path"] == "/metrics"


def test_checkov_finds_nothing_unexplained():
    with tempfile.TemporaryDirectory() as directory:
        for overlay in OVERLAYS:
            with open(os.path.join(directory, f"{overlay}.yaml"), "w") as out:
                out.write(render(overlay))
        passed, failed, skipped = checkov(directory, "kubernetes")
    assert passed > 100 and not failed, failed
    # Each skip is explained in the manifests' checkov.io/skip annotations.
    assert {s.split()[0] for s in skipped} <= {"CKV_K8S_43", "CKV_K8S_35"}, skipped


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_flag_and_variable_passed_is_one_fjord_documents(overlay):
    helps = {command: help_text(command) for command in ("agent", "control-plane")}
    for deployment in (o for o in objects(overlay) if o["kind"] == "Deployment"):
        spec = deployment["spec"]["template"]["spec"]
        assert spec["securityContext"]["runAsNonRoot"] is True
        for container in spec["containers"]:
            command, *args = container["args"]
            text = helps[command]
            passed = {arg.split("=", 1)[0] for arg in args}
            assert passed <= flags_in(text), f"{deployment['metadata']['name']}: {passed - flags_in(text)} not in fjord {command} --help"
            expanded = set(re.findall(r"\$\(([A-Z0-9_]+)\)", " ".join(args)))  # Kubernetes expands these into args
            env = {e["name"] for e in container.get("env", [])}
            for source in container.get("envFrom", []):
                config = next(o for o in objects(overlay) if o["kind"] == "ConfigMap" and o["metadata"]["name"] == source["configMapRef"]["name"])
                env |= set(config["data"])
            for name in env - expanded:
                assert name in text, f"{deployment['metadata']['name']} sets {name}, which fjord {command} --help does not name"
            assert expanded <= env, f"args use {expanded - env}, which the container does not set"
            assert container["readinessProbe"]["httpGet"]["path"] == "/health"
            assert container["livenessProbe"]["httpGet"]["path"] == "/health"
            assert container["securityContext"]["readOnlyRootFilesystem"] is True
        # Graceful shutdown: the flush (one batch timeout) plus the 5 s backstop fit.
        assert spec["terminationGracePeriodSeconds"] >= 10


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_deployment_has_a_disruption_budget_and_agents_autoscale(overlay):
    items = objects(overlay)
    for deployment in (o for o in items if o["kind"] == "Deployment"):
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        budgets = [p for p in items if p["kind"] == "PodDisruptionBudget" and p["spec"]["selector"]["matchLabels"].items() <= labels.items()]
        assert len(budgets) == 1, deployment["metadata"]["name"]
        policies = [p for p in items if p["kind"] == "NetworkPolicy" and p["spec"]["podSelector"]["matchLabels"].items() <= labels.items()]
        assert len(policies) == 1, deployment["metadata"]["name"]
        if labels["app.kubernetes.io/name"] == "fjord-agent":
            assert any(h["kind"] == "HorizontalPodAutoscaler" and h["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"] for h in items)
            account = next(o for o in items if o["kind"] == "ServiceAccount" and o["metadata"]["name"] == deployment["spec"]["template"]["spec"]["serviceAccountName"])
            group = labels["fjord.dev/agent-group"]
            assert account["metadata"]["annotations"]["eks.amazonaws.com/role-arn"].endswith(f":role/fjord-{group}")
