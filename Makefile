# infoscore — the one entry point (README 中有说明)
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
INBOX   ?= samples/inbox
OUT     ?= out
DB      ?= $(OUT)/../.infoscore/state.db
SYSTEM_PACKAGES := libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei chromium poppler-utils

.PHONY: setup system run serve test lint typecheck eval bench samples screenshots clean

setup: system $(BIN)/.installed

# System needs (LibreOffice for .doc/.wps and rendering, a CJK font, Chromium for the
# browser test). Installed only when missing and only as root; otherwise say what is missing.
system:
	@missing=""; \
	for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "安装系统组件:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "缺少系统组件:$$missing（请用 root 运行 make setup，或手动安装）"; \
	  fi; \
	fi

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

run: setup
	$(BIN)/infoscore run --inbox $(INBOX) --out $(OUT) --db .infoscore/state.db

serve: setup
	$(BIN)/infoscore serve --inbox $(INBOX) --out $(OUT) --db .infoscore/state.db

# the types are checked with the tests (issue 17): a wrong type fails CI like a wrong total
test: setup
	$(BIN)/mypy pipeline extractors matchers --ignore-missing-imports
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check pipeline extractors matchers

typecheck: setup
	$(BIN)/mypy pipeline extractors matchers --ignore-missing-imports

eval: setup
	$(BIN)/python -m pipeline.match_eval
	$(BIN)/python -m pipeline.notice_eval
	$(BIN)/python -m pipeline.ocr_eval

bench: setup
	$(BIN)/python -m bench.bench

# every page state at 1366×768 and both tables rendered, into a temporary folder it names (issue 16)
screenshots: setup
	$(BIN)/python -m bench.screenshots

samples: setup
	$(BIN)/python samples/make_samples.py

clean:
	rm -rf $(OUT) .infoscore .pytest_cache
