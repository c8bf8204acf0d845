# Every target sets itself up: a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Debian packages the app needs to run: libpq (a team workspace on PostgreSQL), and what Qt needs
# for a real X window (xcb) and for a virtual screen, and a font with Chinese characters.
X_DEBS := libpq5 xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
          libxcb-shape0 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libfontconfig1 fonts-dejavu-core \
          fonts-wqy-microhei

# Debian packages some tests use: librsvg (draws exported SVGs as other programs do), poppler
# (reads exported briefings back: pdftotext, pdfinfo, pdftoppm), PostgreSQL (the team workspace's
# tests start a server of their own; openssl makes its certificate), a Chinese font (the window in
# Chinese is laid out with real glyph widths).
TEST_DEBS := librsvg2-bin poppler-utils postgresql openssl libpq5 fonts-wqy-microhei

.PHONY: run test bench data dist venv x-deps test-deps lint clean translations ts

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test,build]"
	@touch $(STAMP)

# Install what a real X window needs, when we can (root with apt-get); say so otherwise.
x-deps:
	@missing=""; for p in $(X_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian packages for Qt's X window:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "Missing Debian packages:$$missing"; \
	  echo "Install them with: sudo apt-get install$$missing"; \
	fi

# What the tests need beyond Python, when we can install it; the tests that need it say so
# and are skipped otherwise.
test-deps:
	@missing=""; for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian packages for the tests:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "Missing Debian packages (some tests will be skipped):$$missing"; \
	fi

# The interface's translations (.qm) from resources/i18n/*.ts; `make ts` brings the .ts files
# up to date with the source (new texts appear there as unfinished).
translations: venv
	$(PY) packaging/translations.py build

ts: venv
	$(PY) packaging/translations.py update

run: venv x-deps translations
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" != Linux ]; then \
	  $(PY) -m bri_desktop; \
	else \
	  echo "No display found: starting BRI Desktop on a virtual screen (Xvfb). Set DISPLAY to see it."; \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) -m bri_desktop; \
	fi

test: venv test-deps lint translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Style, the layers (import-linter contracts in pyproject.toml), types, and dead code.
lint: venv
	$(PY) -m ruff check bri_desktop tests bench packaging
	$(VENV)/bin/lint-imports
	$(PY) -m mypy
	$(PY) -m vulture bri_desktop tests/vulture_whitelist.py --min-confidence 60 \
	  --exclude bri_desktop/db/models.py

data: venv
	$(PY) -m bri_desktop data build

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# The one-folder bundle (smoke-tested), dist/bri-desktop_VERSION_ARCH.deb and a portable .tar.gz.
dist: venv x-deps translations
	@command -v dpkg-deb >/dev/null || echo "dpkg-deb not found: the .deb will be skipped"
	$(PY) packaging/build_linux.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
