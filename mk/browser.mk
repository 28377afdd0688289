# Headless Chromium, for tests/core/test_report.py: the privacy report (report.html)
# is rendered and screenshotted in a real browser with the network cut off.
#
#   make browser     installs Debian's `chromium` (and a font for its text)
#                    only if no `chromium` is on the PATH yet
#
# Debian or Ubuntu with apt; runs apt-get through sudo unless already root.
# Without Chromium the browser test skips, or fails when CI is set.

CHROMIUM ?= chromium
APT_SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: browser
browser:
	@if command -v $(CHROMIUM) >/dev/null 2>&1; then \
		echo "$(CHROMIUM) already installed: $$(command -v $(CHROMIUM))"; \
	else \
		$(APT_SUDO) apt-get update && \
		$(APT_SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
			chromium fonts-dejavu-core; \
	fi
