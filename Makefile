# Oficina de Partes digital — the two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOME_DIR ?= ./partes-data
SAMPLES := $(HOME_DIR)/muestras
# Debian packages the code calls: Tesseract (Spanish; osd for page orientation), Ghostscript (OCRmyPDF's fallback),
# poppler-utils (pdftoppm in tests), qpdf (OCRmyPDF helper), DejaVu fonts.
APT_PACKAGES := tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd ghostscript poppler-utils qpdf fonts-dejavu-core
export OMP_THREAD_LIMIT := 1

.PHONY: run test system venv lint clean

run: venv
	$(BIN)/partes --home $(HOME_DIR) init
	$(BIN)/python -m tests.docgen --out $(SAMPLES) --count 14 --seed 2026
	$(BIN)/partes --home $(HOME_DIR) ingest $(SAMPLES)
	$(BIN)/partes --home $(HOME_DIR) registry
	$(BIN)/partes --home $(HOME_DIR) review
	$(BIN)/partes --home $(HOME_DIR) receipt 1 --out $(HOME_DIR)/certificado-ejemplo.pdf
	$(BIN)/partes --home $(HOME_DIR) search "municipalidad"

test: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .
	$(BIN)/pytest -q

system:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Instalando paquetes del sistema:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

venv: system $(VENV)/.installed

lint: venv
	$(BIN)/ruff check . && $(BIN)/mypy .

clean:
	rm -rf $(VENV) $(HOME_DIR) build *.egg-info
