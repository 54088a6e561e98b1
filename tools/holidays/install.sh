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
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "holidays==$VERSION"
