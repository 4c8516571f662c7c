#!/usr/bin/env bash
# Installs what chattui needs to build and test, skipping what is already there.
# Run as root or with sudo on Debian; a second run takes well under a second.
set -euo pipefail

apt_packages=(libncursesw5-dev libsqlite3-dev libcurl4-openssl-dev tmux)
# The official MCP client is the peer of `chattui mcp` in the end-to-end tests; pinned,
# since its handshake modes are what those tests exercise.
pip_packages=(jsonschema mcp==2.3.0)

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_apt=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing_apt+=("$package")
done
if [ ${#missing_apt[@]} -gt 0 ]; then
    echo "setup: installing ${missing_apt[*]}"
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_apt[@]}" >/dev/null
fi

# True when every package is installed, at its pinned version if it has one.
pip_satisfied() {
    python3 - "$@" <<'PYTHON' 2>/dev/null
import sys
from importlib import metadata
for requirement in sys.argv[1:]:
    name, _, pinned = requirement.partition("==")
    installed = metadata.version(name)  # raises when it is missing
    if pinned and installed != pinned:
        sys.exit(1)
PYTHON
}

if ! pip_satisfied "${pip_packages[@]}"; then
    echo "setup: installing Python packages ${pip_packages[*]}"
    python3 -m pip install --quiet --disable-pip-version-check "${pip_packages[@]}"
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: the Swift 6 toolchain is required (swift not found on PATH)" >&2
    exit 1
fi
