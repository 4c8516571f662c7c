# The two front-door commands: `make run` and `make test` (see README.md).
SWIFT ?= swift
RELEASE_FLAGS = -c release --static-swift-stdlib

.PHONY: run test setup build release bench clean

run: setup release
	./.build/release/chattui $(ARGS)

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build $(RELEASE_FLAGS)

# The comparison quoted in docs/performance.md; a part or --quick: make bench ARGS="--quick startup".
bench: setup
	./scripts/bench.sh $(ARGS)

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
