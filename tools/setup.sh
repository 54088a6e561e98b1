#!/usr/bin/env bash
# Installs what building and testing Peta MPP needs, and skips what is
# already there (safe to run again and again). Called by `make serve` and
# `make test`; a second run takes ~2 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
# wasm-bindgen-cli must be exactly the version the app links (Cargo.lock).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
have() { printf 'setup: %-28s present\n' "$1"; }
get() { printf 'setup: %-28s installing…\n' "$1"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then have "rust target wasm32"; else
  get "rust target wasm32"; rustup target add wasm32-unknown-unknown
fi

if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then have "trunk $TRUNK_VERSION"; else
  # With its default features: built without them (no TLS, no update check,
  # 16 crates fewer) it took longer here, 375-401 s against 300 s (2 Dec 2026).
  get "trunk $TRUNK_VERSION"; cargo install --locked "trunk@$TRUNK_VERSION"
fi

if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then have "wasm-bindgen $WASM_BINDGEN_VERSION"; else
  # Not --locked: one of its locked dependencies is yanked on crates.io.
  get "wasm-bindgen $WASM_BINDGEN_VERSION"; cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (the version in Cargo.lock)" >&2
  exit 1
fi

# Splits the wasm at #[lazy_route] points (tools/wasm-split/).
WASM_SPLIT_VERSION=0.2.4
# (wasm-split-cli has no --version: cargo's list of installed crates tells.)
if command -v wasm-split-cli >/dev/null && cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then have "wasm-split-cli $WASM_SPLIT_VERSION"; else
  get "wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then have "chromium + chromedriver"; else
  get "chromium + chromedriver"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# Real nginx, to test the shipped deploy/nginx.conf (tests/nginx/serve.mjs).
if [ -x /usr/sbin/nginx ]; then have "nginx"; else
  get "nginx"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx
fi

# nginx's brotli module, as Debian ships it: the e2e suite serves the build's
# .br files with it (deploy/nginx-brotli.conf) and checks the config without it.
if [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then have "nginx brotli module"; else
  get "nginx brotli module"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnginx-mod-http-brotli-static
fi

# A real WordPress for the WordPress end-to-end tests (tests/wordpress/start.sh).
if [ -f /usr/share/wordpress/wp-settings.php ] && [ -x /usr/sbin/apache2 ] && command -v mariadbd >/dev/null \
  && command -v php >/dev/null && ls /usr/lib/apache2/modules/libphp*.so >/dev/null 2>&1; then have "wordpress + mariadb + apache2"; else
  get "wordpress + mariadb + apache2"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordpress mariadb-server apache2 libapache2-mod-php php-cli
fi

# npm dev dependencies from the lock file: binaryen (wasm-opt) and Playwright.
# Playwright drives Debian's Chromium; it must never download a browser.
if [ -f node_modules/.setup-lock ] && cmp -s package-lock.json node_modules/.setup-lock; then have "npm packages"; else
  get "npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.setup-lock
fi
if ! wasm-opt --version | grep -q "version $BINARYEN_VERSION"; then
  echo "setup: wasm-opt on PATH is not binaryen $BINARYEN_VERSION: $(command -v wasm-opt)" >&2
  exit 1
fi

# The pinned `holidays` package (PyPI) in target/holidays-venv: the drift
# test of data/holidays.json (tools/feed-builder/tests/holidays.rs) runs.
tools/holidays/install.sh

# Trunk builds offline: every crate must be in the local registry first.
cargo fetch --locked -q
echo "setup: done"
