"""Shared fixtures: one pipeline per session, and the paths of the test data."""

import shutil
from pathlib import Path

import pytest

import pipeline
from pipeline.resources import load_rules

DATA = Path(__file__).parent / "data"
DEV = DATA / "dev"
EXAMPLE = DATA / "example"
PEER = DATA / "peer-suites"
ROOT = Path(__file__).parent.parent


# Too slow for the quick loop (`pytest -m "not slow"`); the kill and crash tests of our own
# files carry @pytest.mark.slow, these are marked here to leave their files alone.
SLOW_MODULES = {"test_peer_suites.py"}
SLOW_TESTS = {"test_export_killed_midway_converges"}


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.name in SLOW_MODULES or getattr(item, "originalname", item.name) in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def raw(tmp_path):
    """A raw folder holding a copy of the dev texts (no gold files, no notes)."""
    folder = tmp_path / "raw"
    shutil.copytree(DEV, folder, ignore=shutil.ignore_patterns("*.json", "*.md"))
    return folder


@pytest.fixture(scope="session")
def nlp():
    return pipeline.load()


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def currencies(rules):
    return rules.currencies


@pytest.fixture(scope="session")
def postgres_server():
    """The URL of a server started for this test session; skipped only off CI when PostgreSQL is not installed."""
    import os

    from .postgres import Server, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed; .ci/run installs Debian's postgresql package")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = Server(bin_dir)
    url = server.start()
    yield url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database of each kind."""
    import uuid

    import sqlalchemy as sa

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite'}"
        return
    admin_url = request.getfixturevalue("postgres_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
