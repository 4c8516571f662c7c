# The two front-door commands: `make run` and `make test` (see README.md).
SWIFT ?= swift
RELEASE_FLAGS = -c release --static-swift-stdlib

.PHONY: run test setup build release bench clean install uninstall

run: setup release
	./.build/release/chattui $(ARGS)

# The tests that need PostgreSQL find a throw-away cluster's URL in the environment
# (scripts/postgres/): it is started before and stopped after, also when a test fails.
test: setup
	$(SWIFT) build --build-tests
	./scripts/postgres/with_cluster.sh sh -c 'SWIFT=$(SWIFT) ./scripts/run_tests.sh && ./scripts/install_test.sh'

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build $(RELEASE_FLAGS)

# The comparison quoted in docs/performance.md; a part or --quick: make bench ARGS="--quick startup".
bench: setup
	./scripts/bench.sh $(ARGS)

# chattui on PATH with completions and a man page: PREFIX (default /usr/local for root,
# ~/.local for anyone else) and DESTDIR as usual.
install: setup release
	./scripts/install.sh install

uninstall:
	./scripts/install.sh uninstall

clean:
	rm -rf .build

# Evidence beyond `make test` (docs/reliability.md): crash, concurrency, fault, edge and
# fuzz runs against the release binary; the fuzz targets alone; coverage per module.
.PHONY: reliability fuzz coverage

reliability: setup release
	./scripts/reliability/run.sh

fuzz:
	./scripts/reliability/fuzz.sh

coverage: setup
	./scripts/reliability/coverage.sh
