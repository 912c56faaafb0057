"""Score each annotated family and print one Markdown row per family.

Usage: python scripts/score_families.py [FOLDER ...]
(default: tests/data/dev, each tests/data/dev2 family and each probe set in tests/data/probes). A figure to put beside a
change: end-to-end F1 per type, link F1, and link F1 of records built from the gold
mentions (the linker alone), when the scorer reports it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TYPES = ("DATE", "MONEY", "COUNTRY", "PROJECT")


def default_folders() -> list[Path]:
    data = Path(__file__).resolve().parent.parent / "tests" / "data"
    families = [data / "dev"] + sorted(p for p in (data / "dev2").iterdir() if p.is_dir())
    return families + sorted(p for p in (data / "probes").iterdir() if p.is_dir())


def scores(folder: Path) -> dict:
    command = [sys.executable, "-m", "pipeline", "eval", str(folder), "--json"]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or default_folders()
    print("| family | docs | " + " | ".join(TYPES) + " | links | links (gold mentions) |")
    print("|---" * (len(TYPES) + 4) + "|")
    for folder in folders:
        data = scores(folder)
        cells = [f"{data['types'][t]['end_to_end']['f']:.3f}" for t in TYPES]
        links = data.get("links", {}).get("overall", {}).get("f")
        alone = data.get("links_gold_mentions", {}).get("overall", {}).get("f")
        cells += ["—" if v is None else f"{v:.3f}" for v in (links, alone)]
        print(f"| {folder.name} | {data['documents']} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
