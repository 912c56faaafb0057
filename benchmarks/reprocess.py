"""Re-run speed over unchanged documents, and diff speed, on 1,000 documents.

    python benchmarks/reprocess.py [--documents 1000]

Prints the first run, the re-run over the unchanged corpus (hashing only, no spaCy),
their ratio, and `diff` of two 1,000-document extractions that differ in 10% of them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(result.stderr)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="factsheets-bench-"))
    raw, out, changed_raw, changed_out = work / "raw", work / "out", work / "raw2", work / "out2"
    raw.mkdir()
    sources = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
    for i in range(args.documents):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        (raw / f"doc{i:05d}.txt").write_text(f"Factsheet {i}\n\n{text}", encoding="utf-8")
    factsheets = [sys.executable, "-m", "pipeline"]
    first = timed(factsheets + ["extract", str(raw), "-o", str(out), "--silent"])
    again = timed(factsheets + ["extract", str(raw), "-o", str(out), "--silent"])
    print(f"first run ({args.documents} documents)   {first:8.2f} s")
    print(f"re-run, nothing changed        {again:8.2f} s")
    print(f"ratio                          {first / again:8.1f}x   (issue: >= 20x, aim 50x)")

    shutil.copytree(raw, changed_raw)
    for i in range(0, args.documents, 10):
        path = changed_raw / f"doc{i:05d}.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("million", "billion", 1), encoding="utf-8")
    shutil.copytree(out, changed_out)
    timed(factsheets + ["extract", str(changed_raw), "-o", str(changed_out), "--silent"])
    diff_seconds = timed(factsheets + ["diff", str(out), str(changed_out), "--json"])
    print(f"diff of two {args.documents}-document extractions (10% changed)  {diff_seconds:6.2f} s")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
