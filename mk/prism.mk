# Prism, Beam's portable local runner, for `--runner=PrismRunner` and
# tests/pipelines/test_prism.py. Beam's Python SDK would download Prism from GitHub when
# a pipeline starts; nothing may download at run time here, so it is built once
# from Beam's Go source through the Go module proxy instead.
#
#   make prism    builds .cache/prism/vVERSION/prism for the apache-beam version
#                 installed in .venv (so SDK and Prism agree); does nothing when
#                 that binary exists. The first build fetches Beam's Go module
#                 and compiles it (about 6 minutes on 2 busy cores, see docs/deploy.md).
#
# Needs Go 1.26 (Beam 2.77's go.mod; an older Go fetches that toolchain through
# the proxy) and leaves about 1.5 GB in Go's module and build caches. Without Go
# the Prism test skips, or fails when CI is set.
# meeting_privacy/pipelines/options.py looks for the binary at the same path.

BEAM_VERSION = $(shell $(BIN)/python -c 'from importlib.metadata import version; print(version("apache-beam"))')
PRISM_TAG = v$(subst rc,-RC,$(BEAM_VERSION))
PRISM_DIR = .cache/prism/$(PRISM_TAG)
PRISM_MODULE := github.com/apache/beam/sdks/v2

.PHONY: prism
prism: $(STAMP)
	@if [ -x $(PRISM_DIR)/prism ]; then \
		echo "prism already built: $(PRISM_DIR)/prism"; \
	else \
		command -v go >/dev/null 2>&1 || { echo "make prism needs Go (https://go.dev/doc/install)" >&2; exit 1; }; \
		echo "building prism $(PRISM_TAG) from $(PRISM_MODULE) (first time: minutes)"; \
		GOBIN=$(CURDIR)/$(PRISM_DIR) go install $(PRISM_MODULE)/go/cmd/prism@$(PRISM_TAG); \
	fi
