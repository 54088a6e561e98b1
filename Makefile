# Peta MPP. Two commands do everything on a fresh machine:
#   make serve   build the release and serve it at http://127.0.0.1:8080
#   make test    run every test layer (native, browser components, end-to-end)
# Both install what is missing first (tools/setup.sh) and skip what is there.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080
# A deployment under a sub-path, e.g. make build PUBLIC_URL=/peta-mpp/
PUBLIC_URL ?= /
# Where the build will be served from (absolute links in link previews and
# the sitemap), e.g. make build SITE_URL=https://peta-mpp.example.go.id
SITE_URL ?= http://127.0.0.1:$(PORT)
# Trunk with code splitting: tools/wasm-split/ stands in for wasm-bindgen
# (Trunk cannot split: trunk-rs/trunk#1022), for Trunk only.
trunk = PATH="$(CURDIR)/tools/wasm-split:$$PATH" trunk
# Deploying over a live build: make build PREVIOUS=/srv/peta-mpp/dist keeps
# that build's own hashed files in the new dist/ (tools/keep-previous.mjs), so
# a tab left open across the deploy still finds its chunks. Not dist/ itself:
# Trunk empties it first.
PREVIOUS ?=
# The release steps after Trunk: pre-rendered pages, CSP, service worker, the
# list of the build's own hashed files (read by the next deploy's merge), and
# last, once every file is final, the .br/.gz beside each text and wasm file.
finish = cargo run --locked --quiet -p prerender -- --dist $(1) --base $(2) --site-url $(SITE_URL) && \
	node tools/csp.mjs $(1) && \
	node tools/build-sw.mjs $(1) && \
	node tools/keep-previous.mjs record $(1) && \
	node tools/compress.mjs $(1)

.PHONY: setup serve build feed test test-native test-wasm test-e2e e2e-builds screenshots bench-search lighthouse bench wordpress-plugin clean

setup:
	@tools/setup.sh

## The feed: public/data/mpp.json and mpp-details.json from data/.
feed:
	cargo run --locked --quiet -p feed-builder --bin feed-builder -- data public/data

## Fetch each registered publisher's feed (data/publishers.json) into
## data/publishers/<code>.json and print what became of each
## (docs/publishers.en.md). The only step that uses the network: not part of
## `make test` or `make feed`, which read the stored copies.
.PHONY: publishers
publishers:
	cargo run --locked --quiet -p feed-builder --bin publishers -- data

## data/holidays.json (this year and the next) from the pinned `holidays`
## package on PyPI (tools/holidays/), then the feed.
.PHONY: holidays
holidays:
	tools/holidays/install.sh
	target/holidays-venv/bin/python tools/holidays/generate.py
	$(MAKE) feed

build: setup
	$(if $(PREVIOUS),node tools/keep-previous.mjs check dist $(PREVIOUS))
	$(trunk) build --release --public-url $(PUBLIC_URL)
	$(call finish,dist,$(PUBLIC_URL))
	$(if $(PREVIOUS),node tools/keep-previous.mjs merge dist $(PREVIOUS))

serve: build
	node tools/serve.mjs --dir dist --port $(PORT) --base $(PUBLIC_URL)

test: setup test-native test-wasm test-e2e

## Search + filter latency per keystroke, natively and in Chromium (a benchmark, not a test).
bench-search: build
	cargo bench --locked -p peta-mpp-domain --bench search | tee bench/results/search-latency-native.md
	node bench/search-latency.mjs

## Sizes, Lighthouse, time to first MPP and search latency beside a hand-written baseline -> BENCHMARKS.md.
bench: build
	CHROME_PATH=/usr/bin/chromium node bench/bench.mjs

## Lighthouse mobile scores and Chromium's installability verdict (bench/results/lighthouse.md).
lighthouse: build
	CHROME_PATH=/usr/bin/chromium node bench/lighthouse.mjs

## Domain, feed builder, committed-feed drift and JSON Schema; the build's node tools.
test-native:
	cargo test --locked --workspace
	node --test tests/tools/

## Components in headless Chromium (wasm-bindgen-test, see webdriver.json).
test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --features csr --test components

## The release build at the root and under /peta-mpp/, as a host serves them.
## One Trunk build: the sub-path's differs only in index.html's addresses
## (tools/sub-path.mjs moves them, byte for byte as Trunk would), so it is a
## copy made before either is finished.
e2e-builds:
	$(trunk) build --release --dist dist
	node tools/sub-path.mjs dist dist-subpath /peta-mpp/
	$(call finish,dist,/)
	$(call finish,dist-subpath,/peta-mpp/)

## Playwright against both release builds, served on 127.0.0.1: the specs
## that only read the shared servers two at a time, then the others alone
## (playwright.config.mjs); both always run, and either failing fails.
test-e2e: e2e-builds
	playwright test --project read-only --workers 2; first=$$?; \
	playwright test --project own-state; exit $$(( first || $$? ))

## The README's screenshots (docs/), at 1280×800 and 360×740.
screenshots: setup e2e-builds
	mkdir -p docs
	SCREENSHOTS=1 playwright test -g "screenshots for the README|works from 300 px"

## The WordPress plugin (integrations/wordpress/peta-mpp) as a zip for Plugins → Add New → Upload Plugin.
wordpress-plugin:
	rm -rf dist-wordpress
	mkdir -p dist-wordpress
	cd integrations/wordpress && python3 -m zipfile -c ../../dist-wordpress/peta-mpp.zip peta-mpp
	python3 -m zipfile -l dist-wordpress/peta-mpp.zip

clean:
	cargo clean
	rm -rf dist dist-subpath test-results playwright-report
