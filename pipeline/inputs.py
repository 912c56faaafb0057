"""Which documents a command line names, and what each one is called.

A document's identity is its path relative to the input root given on the command line
(the folder named, or the folder of a file named), so it is the same from any current
folder: `extract raw/` and `cd raw && extract .` both call raw/ca/x.txt `ca/x.txt`, and
write it to OUTPUT/ca/x.json. Its `source` is that identity under the root folder's own
name (`raw/ca/x.txt`), which records carry, again independent of the current folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable

from .convert import accepts, corrected_text
from .errors import FactsheetError


class InputConflict(FactsheetError):
    """Two inputs would be written to the same output file."""


@dataclass(frozen=True)
class Input:
    path: Path  # where to read it, as the command line spelled it
    doc: str  # identity: POSIX path relative to the input root ("ca/x.txt")
    source: str  # the root folder's name and the identity ("raw/ca/x.txt")

    @property
    def output(self) -> str:
        """The record's path inside the output folder ("ca/x.json")."""
        return str(PurePosixPath(self.doc).with_suffix(".json"))


def collect_inputs(paths: list[Path], skip: Path | None = None) -> tuple[list[Input], list[str]]:
    """The documents named, or inside the folders named (subfolders too, hidden ones and the
    folder `skip` excepted), and one message per path that does not exist.

    Raises InputConflict, naming both, when two different files would share one output.
    """
    inputs: dict[Path, Input] = {}
    problems = []
    skip = _absolute(skip) if skip is not None else None
    for path in paths:
        if path.is_dir():
            for file in _texts_under(path, skip):
                inputs.setdefault(_absolute(file), _input(file, path))
        elif path.is_file():
            # A hand-corrected NAME.txt beside a NAME.pdf or NAME.html is read instead of it.
            file = corrected_text(path) or path
            inputs.setdefault(_absolute(file), _input(file, path.parent))
        else:
            problems.append(f"{path}: no such file or folder")
    check_conflicts(inputs.values())
    return sorted(inputs.values(), key=lambda item: item.doc), problems


def check_conflicts(inputs: Iterable[Input]) -> None:
    """Raise InputConflict, naming both, when two different files would share one output."""
    by_output: dict[str, Input] = {}
    for item in inputs:
        other = by_output.setdefault(item.output, item)
        if other is not item:
            raise InputConflict(f"{other.path} and {item.path} would both be written to {item.output}; "
                                "rename one, or extract them to different folders with -o")


def _absolute(path: Path) -> Path:
    """Absolute and normalized (`..` folded), without resolving symbolic links."""
    return Path(os.path.abspath(path))


def _input(file: Path, root: Path) -> Input:
    doc = file.relative_to(root).as_posix()
    name = _absolute(root).name
    return Input(path=file, doc=doc, source=f"{name}/{doc}" if name else doc)


def _texts_under(root: Path, skip: Path | None) -> list[Path]:
    found = []
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith(".") and _absolute(here / d) != skip)
        found.extend(here / name for name in sorted(files)
                     if accepts(Path(name)) and not name.startswith(".") and (here / name).is_file()
                     and corrected_text(here / name) is None)
    return found
