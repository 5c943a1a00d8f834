# Two commands on a fresh machine (Python 3.11+ and make): `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell $(PYTHON) -c 'import hashlib,sys;print(hashlib.sha1(open("pyproject.toml","rb").read()).hexdigest()[:12])')

.PHONY: run test lint bench fuzz train phrases eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

## run: create the environment and start the local stack (HTTP API on 127.0.0.1:3000, embedded moto);
## PARAMS="AllowedLanguages=en HoldNewAuthors=true" sets the template's parameters
run: $(STAMP)
	$(BIN)/commentguard serve --port $(or $(PORT),3000) $(if $(PARAMS),--parameter-overrides $(PARAMS))

## test: create the environment, lint the template and the code, run every test
test: $(STAMP) lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/cfn-lint template.yaml
	$(BIN)/ruff check .

## bench: print requests per comment, latency, cold start and model figures
bench: $(STAMP)
	$(BIN)/python bench/run_all.py

## fuzz: the HTTP API fuzzed with schemathesis against a local stack of its own: fails on any 5xx or
## undeclared status code (EXAMPLES=40 per operation and phase)
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,fuzz]'
	$(BIN)/python -m commentguard_dev.fuzz_api --examples $(or $(EXAMPLES),40)

train: $(STAMP)
	$(BIN)/commentguard train

## phrases: store the vectors of shared/commentguard/models/abuse-phrases.txt after editing it
phrases: $(STAMP)
	$(BIN)/commentguard phrases

eval: $(STAMP)
	$(BIN)/commentguard eval

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .aws-sam
