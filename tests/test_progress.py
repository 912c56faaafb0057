"""Progress: a bar on a terminal with a sane estimate, a line every few seconds in a log, nothing when quiet."""

import io

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.progress import LOG_EVERY_SECONDS, Progress


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_log_gets_a_line_every_few_seconds():
    clock, stream = Clock(), io.StringIO()
    with Progress(10_000, "documents", stream=stream, clock=clock) as progress:
        for _ in range(180):
            clock.now += 0.25  # 4 documents a second (exact in binary floating point)
            progress.advance()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 45 // LOG_EVERY_SECONDS
    assert lines[0] == "20/10,000 documents, 5 s"
    assert lines[-1] == "180/10,000 documents, 45 s"


def test_the_terminal_estimate_ignores_the_slow_first_document():
    clock, stream = Clock(), Terminal()
    with Progress(100, "documents", stream=stream, clock=clock) as progress:
        clock.now = 30.0  # the first document pays for loading spaCy
        progress.advance()
        for _ in range(9):
            clock.now += 0.5
            progress.advance()
        left = progress.seconds_left(clock.now)
    assert left == 0.5 * 90
    assert "about 45 s left" in stream.getvalue() and "[##" in stream.getvalue()


def test_quiet_prints_nothing():
    for stream in (io.StringIO(), Terminal()):
        clock = Clock()
        with Progress(100, quiet=True, stream=stream, clock=clock) as progress:
            for _ in range(100):
                clock.now += 1
                progress.advance()
        assert stream.getvalue() == ""


def test_every_command_that_works_long_takes_quiet():
    for command in ("extract", "eval", "export"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert "-q, --quiet" in result.output, command
        assert "--silent" not in result.output, command  # the old name works, unlisted
