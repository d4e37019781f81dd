# Oficina de Partes digital — the two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOME_DIR ?= ./partes-data
SAMPLES := $(HOME_DIR)/muestras
INBOX := $(HOME_DIR)/inbox/oficina-partes/entrada
# Debian packages the code calls: Tesseract (Spanish; osd for page orientation), Ghostscript (OCRmyPDF's fallback),
# poppler-utils (pdftoppm in tests), qpdf (OCRmyPDF helper), DejaVu fonts, chromium (browser tests).
APT_PACKAGES := tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd ghostscript poppler-utils qpdf fonts-dejavu-core softhsm2 chromium
export OMP_THREAD_LIMIT := 1
HOST ?= 127.0.0.1
PORT ?= 8000
# Demo people, one of each role (login:role:unit); a real office creates its own.
DEMO_PASSWORD ?= demo-oficina-2026
DEMO_USERS := partes:oficina_partes: obras:unidad:dom secretario:secretario: alcaldia:alcaldia: auditoria:auditor:

.PHONY: run test system venv lint clean

run: venv
	PARTES_PASSWORD=$(DEMO_PASSWORD) $(BIN)/partes --home $(HOME_DIR) init
	@for spec in $(DEMO_USERS); do \
	  login=$${spec%%:*}; rest=$${spec#*:}; role=$${rest%%:*}; unit=$${rest#*:}; \
	  $(BIN)/partes --home $(HOME_DIR) user list --json | grep -q "\"login\": \"$$login\"" || \
	  PARTES_PASSWORD=$(DEMO_PASSWORD) $(BIN)/partes --home $(HOME_DIR) user add $$login \
	    --role $$role $${unit:+--unit $$unit} >/dev/null; \
	done
	$(BIN)/python -m tests.docgen --out $(SAMPLES) --count 14 --seed 2026
	cp $(SAMPLES)/*.pdf $(SAMPLES)/*.jpg $(SAMPLES)/*.tif $(INBOX)/
	$(BIN)/partes --home $(HOME_DIR) separator --out $(HOME_DIR)/hoja-separadora.pdf
	@echo ""
	@echo "Oficina de Partes: http://$(HOST):$(PORT)/  (Ctrl-C para detener)"
	@echo "Ingrese con la contraseña de demostración «$(DEMO_PASSWORD)» como:"
	@echo "  admin (administrador; si este directorio lo creó make run)"
	@for spec in $(DEMO_USERS); do echo "  $${spec%%:*} ($$(echo $${spec#*:} | tr ':' ' '))"; done
	@echo "Los documentos de ejemplo se registran a medida que el vigilante los procesa."
	$(BIN)/partes --home $(HOME_DIR) serve --host $(HOST) --port $(PORT)

test: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .
	$(BIN)/lint-imports
	$(BIN)/pytest -q -n 2

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
	$(BIN)/ruff check . && $(BIN)/mypy . && $(BIN)/lint-imports

clean:
	rm -rf $(VENV) $(HOME_DIR) build *.egg-info
