#!/usr/bin/env bash
# Installs the pinned `holidays` package (PINNED in generate.py) into
# target/holidays-venv, and skips it when that version is already there.
# Used by `make holidays` and tools/setup.sh (so `make test` runs the
# holiday drift test, tools/feed-builder/tests/holidays.rs).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n 's/^PINNED = "\(.*\)"$/\1/p' tools/holidays/generate.py)
VENV=target/holidays-venv
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import holidays, sys; sys.exit(holidays.__version__ != '$VERSION')" 2>/dev/null; then
  printf 'setup: %-28s present\n' "holidays $VERSION (PyPI)"
  exit 0
fi
printf 'setup: %-28s installing…\n' "holidays $VERSION (PyPI)"
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if [ ! -x "$VENV/bin/python" ] && ! python3 -m venv "$VENV"; then
  # Debian's python3 needs python3-venv for `-m venv`.
  rm -rf "$VENV"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check "holidays==$VERSION"
