"""Infra/terraform: formatted, parseable, checkov-clean, and the roles' permissions are
render-permissions' output, unchanged."""
import glob
import json
import os

import hcl2

from deploy_support import INFRA, ROOT, binary, checkov, run, tool

TERRAFORM = os.path.join(INFRA, "terraform")
EXAMPLE = os.path.join(TERRAFORM, "examples", "two-accounts")


def test_terraform_fmt_is_clean():
    run(tool("terraform"), "fmt", "-check", "-recursive", "-diff", TERRAFORM, env=dict(os.environ, TF_CLI_CONFIG_FILE="/dev/null"))


def test_every_file_parses():
    files = glob.glob(os.path.join(TERRAFORM, "**", "*.tf"), recursive=True)
    assert len(files) >= 12
    for path in files:
        with open(path) as f:
            hcl2.load(f)


def test_checkov_finds_nothing_unexplained():
    passed, failed, skipped = checkov(TERRAFORM, "terraform")
    assert passed > 100 and not failed, failed
    for path in glob.glob(os.path.join(TERRAFORM, "**", "*.tf"), recursive=True):  # every skip has its reason
        for line in open(path):
            if "checkov:skip=" in line:
                assert len(line.split("checkov:skip=", 1)[1].split(":", 1)[1].strip()) > 20, line


def test_the_roles_permissions_are_render_permissions_output_with_no_drift():
    rendered = run(binary(), "policy", "render-permissions", os.path.join(ROOT, "Policies", "examples", "prod-analytics.yaml"), "--format", "aws-iam")
    with open(os.path.join(EXAMPLE, "permissions.json")) as f:
        committed = f.read()
    assert committed == rendered, "permissions.json drifted: regenerate it with the command in examples/two-accounts/main.tf"
    with open(os.path.join(EXAMPLE, "main.tf")) as f:
        example = hcl2.load(f)
    text = open(os.path.join(EXAMPLE, "main.tf")).read()
    # Every group's role takes its document from permissions.json, and nothing else grants S3.
    assert 'jsondecode(file("${path.module}/permissions.json"))' in text
    groups = set(json.loads(rendered))
    unquote = lambda value: value.strip('"')  # python-hcl2 keeps string literals' quotes
    modules = {unquote(name): body for module in example["module"] for name, body in module.items()}
    roles = [m for m in modules.values() if unquote(m["source"]).endswith("agent-group-role")]
    assert len(roles) == 2 and all(m["permissions"] == "${local.permissions[each.key]}" for m in roles)
    listed = set()
    for local in example["locals"]:
        listed |= {unquote(g) for g in local.get("prod_groups", []) + local.get("analytics_groups", [])}
    assert listed == groups
    for path in glob.glob(os.path.join(TERRAFORM, "**", "*.tf"), recursive=True):
        text = open(path).read()  # (the bucket's TLS-only statement denies "s3:*"; it grants nothing)
        assert not any(f'"s3:{action}' in text for action in ("Get", "Put", "Delete", "List")), f"{path} writes S3 permissions by hand"
