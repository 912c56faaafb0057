"""Shared fixtures: one pipeline per session, and the paths of the test data."""

from pathlib import Path

import pytest

import pipeline
from pipeline.resources import load_rules

DATA = Path(__file__).parent / "data"
DEV = DATA / "dev"
EXAMPLE = DATA / "example"
PEER = DATA / "peer-suites"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def nlp():
    return pipeline.load()


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def currencies(rules):
    return rules.currencies
