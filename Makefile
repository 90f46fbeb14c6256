# Gloss: `make demo` sets up and runs the default pipeline over Samples/, `make test` runs the tests.
SWIFT ?= swift
GLOSS := .build/release/gloss
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo test validate clean

## deps: install the C library Gloss needs (libyaml, from Debian's libyaml-dev) when missing
deps:
	@pkg-config --exists yaml-0.1 2>/dev/null || { \
		echo "installing libyaml-dev (apt-get)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libyaml-dev pkg-config; }

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

## validate: check pipelines.yaml
validate: release
	$(GLOSS) validate

clean:
	rm -rf .build
