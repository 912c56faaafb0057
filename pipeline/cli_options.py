"""What every `factsheets` command shares: the default folders, the --quiet option, and how a command fails."""

from __future__ import annotations

import sys
from pathlib import Path

import click

RAW_DEFAULT = Path("raw")
OUT_DEFAULT = Path("extracted")


def fail(message: str, code: int) -> None:
    """One line on stderr, and the exit code (1: something failed, 2: refused, nothing done)."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def quiet_option(command):
    """--quiet on every command; --silent, its old name, still works."""
    command = click.option("--silent", "quiet", is_flag=True, hidden=True)(command)
    return click.option("-q", "--quiet", "quiet", is_flag=True, help="No progress on stderr (bar or log lines).")(command)
