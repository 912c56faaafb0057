"""Progress on stderr: a live bar on a terminal, a line every few seconds in a log, nothing when quiet.

The estimate of the time left is made from the pace since the first document finished,
so the one-off cost of loading spaCy (paid by the first document extracted) does not
inflate it.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

LOG_EVERY_SECONDS = 5.0
REDRAW_EVERY_SECONDS = 0.2
BAR_WIDTH = 24


class Progress:
    """`with Progress(total, "documents") as progress: ... progress.advance()`."""

    def __init__(self, total: int, unit: str = "documents", quiet: bool = False, stream: TextIO | None = None,
                 clock=time.monotonic):
        self.total, self.unit, self.done = total, unit, 0
        self.stream = stream or sys.stderr
        self.quiet = quiet or total == 0
        self.live = not self.quiet and self.stream.isatty()
        self.clock = clock
        self.started = clock()
        self.first_done: float | None = None
        self.last_shown = self.started

    def __enter__(self) -> "Progress":
        if self.live:  # at once, so a slow first document (spaCy loading) shows as 0/N, not silence
            self.stream.write(self.bar_line(self.started))
            self.stream.flush()
        return self

    def __exit__(self, *exc) -> None:
        if self.live:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = self.clock()
        if self.first_done is None:
            self.first_done = now
        if self.quiet:
            return
        if self.live and (now - self.last_shown >= REDRAW_EVERY_SECONDS or self.done == self.total):
            self.stream.write("\r\033[K" + self.bar_line(now))
        elif not self.live and now - self.last_shown >= LOG_EVERY_SECONDS and self.done < self.total:
            self.stream.write(self.log_line(now) + "\n")
        else:
            return
        self.stream.flush()
        self.last_shown = now

    def log_line(self, now: float) -> str:
        """`1,200/10,000 documents, 45 s`"""
        return f"{self.done:,}/{self.total:,} {self.unit}, {now - self.started:.0f} s"

    def bar_line(self, now: float) -> str:
        filled = BAR_WIDTH * self.done // max(self.total, 1)
        left = self.seconds_left(now)
        estimate = f", about {_duration(left)} left" if left is not None else ""
        return f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {self.log_line(now)}{estimate}"

    def seconds_left(self, now: float) -> float | None:
        """From the pace after the first document; None until there is a pace to speak of."""
        if self.first_done is None or self.done < 2 or now - self.first_done < 1.0:
            return None
        pace = (now - self.first_done) / (self.done - 1)
        return pace * (self.total - self.done)


def _duration(seconds: float) -> str:
    """
    >>> _duration(42), _duration(150), _duration(7300)
    ('42 s', '2 min', '2 h 2 min')
    """
    if seconds < 90:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 120 else f"{minutes // 60} h {minutes % 60} min"
