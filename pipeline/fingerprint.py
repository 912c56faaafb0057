"""Where the rules live and a short hash of them: all a re-run needs to know whether rules changed.

Kept apart from pipeline.resources so that checking an unchanged corpus imports
neither spaCy nor the models.
"""

from __future__ import annotations

import hashlib
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PATTERN_FILES = ("dates.jsonl", "money.jsonl")
# Packages whose data decides values as the rules do: the countries (pycountry), the Hijri calendar (hijridate),
# the Ethiopian calendar (convertdate).
DATA_PACKAGES = ("pycountry", "hijridate", "convertdate")
TABLE_FILES = ("currencies.json", "countries.json", "projects.json", "links.json", "date_words.json")


def _packaged_rules() -> Path:
    """An installed wheel carries the rules inside the package (pipeline/rules); a checkout
    or an editable install uses the repository's top-level rules/, the one to edit."""
    package = Path(__file__).resolve().parent
    inside = package / "rules"
    return inside if (inside / PATTERN_FILES[0]).is_file() else package.parent / "rules"


DEFAULT_RULES_DIR = Path(os.environ.get("FACTSHEETS_RULES") or _packaged_rules())


def rules_fingerprint(directory: str | Path | None = None) -> str:
    """A short hash of the rules folder's files and of the data packages they build on."""
    directory = Path(directory or DEFAULT_RULES_DIR)
    digest = hashlib.sha256()
    for name in sorted(PATTERN_FILES + TABLE_FILES):
        path = directory / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    for package in DATA_PACKAGES:
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            pass
    return digest.hexdigest()[:16]
