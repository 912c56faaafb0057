"""Every command explains itself and appears in the README (as sqlite-utils' test_docs does)."""

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_every_command_is_in_the_readme(name):
    assert f"factsheets {name}" in README


def test_docs_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest" in README and "python -m pytest" in ci
