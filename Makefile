# Gloss: `make demo` sets up and runs the default pipeline over Samples/, `make test` runs the tests.
SWIFT ?= swift
GLOSS := .build/release/gloss
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo test tsan asan fuzz check validate clean

## deps: install the C libraries Gloss needs (Debian's libyaml-dev and zlib1g-dev) when missing
deps:
	@pkg-config --exists yaml-0.1 zlib 2>/dev/null || { \
		echo "installing libyaml-dev and zlib1g-dev (apt-get)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libyaml-dev zlib1g-dev pkg-config; }

## build: debug build
build: deps
	$(SWIFT) build

## release: optimised build of bin/gloss
release: deps
	$(SWIFT) build -c release

## demo: run the default pipeline of pipelines.yaml over Samples/ and print the records
demo: release
	$(GLOSS) validate
	$(GLOSS) run Samples/

## test: the whole test suite (unit tests and end-to-end tests of the binary)
test: deps
	$(SWIFT) test

# The sanitizer passes build in their own folders. A sanitizer's runtime is linked into the
# executable that loads the plugin libraries; --export-dynamic lets those libraries, built with the
# same sanitizer, find its symbols (without it: "undefined symbol: __tsan_external_write").
SANITIZER_LINK := -Xlinker --export-dynamic

## tsan: the whole test suite, with the gloss binary it runs, under ThreadSanitizer (.build-tsan/)
tsan: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan $(SANITIZER_LINK)

## asan: the same under AddressSanitizer (.build-asan/); leaks are the fuzzers' job (see README)
asan: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan $(SANITIZER_LINK)

## fuzz: every libFuzzer target of Fuzz/ for FUZZ_SECONDS each (.build-fuzz/); fails on any crash, leak or timeout
FUZZ_SECONDS ?= 60
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)

## check: what CI runs: the tests, the ThreadSanitizer pass, then the fuzzers
check: test tsan fuzz

## validate: check pipelines.yaml
validate: release
	$(GLOSS) validate

clean:
	rm -rf .build .build-tsan .build-asan
