#!/usr/bin/env bash
# Installs what chattui needs to build and test, skipping what is already there.
# Run as root or with sudo on Debian; a second run takes well under a second.
set -euo pipefail

apt_packages=(libncursesw5-dev libsqlite3-dev libcurl4-openssl-dev tmux)
python_modules=(jsonschema)
pip_packages=(jsonschema)

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

if ! python3 -c "import $(IFS=,; echo "${python_modules[*]}")" 2>/dev/null; then
    echo "setup: installing Python packages ${pip_packages[*]}"
    python3 -m pip install --quiet --disable-pip-version-check "${pip_packages[@]}"
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: the Swift 6 toolchain is required (swift not found on PATH)" >&2
    exit 1
fi
