"""Per-core work as instruction counts: the pipeline against spaCy's bare tokenizer on the same texts.

Wall-clock on a shared machine is noise; instructions executed are not. Run under callgrind,
which this script switches on for PASSES warm passes only (loading and the first pass are not counted):

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \
        python benchmarks/instructions.py {pipeline|tokenizer}
    callgrind_annotate OUT | head        # "PROGRAM TOTALS" is the pass's instruction count

The ratio tokenizer/pipeline of the two totals is the per-core throughput ratio (both count PASSES passes).
Without valgrind the script just runs the passes (a smoke check).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import pipeline  # noqa: E402
from pipeline.projects import build_project_records  # noqa: E402,F401  (the same start-up as a run)

DATA = ROOT / "tests" / "data"
PASSES = 2  # counted passes: a full garbage collection falls in one or another, two average it out


def corpus() -> list[str]:
    """The texts of benchmarks/throughput.py: the dev folder and the example."""
    paths = sorted((DATA / "dev").glob("*.txt")) + [DATA / "example" / "ilo-japan-cooperation.txt"]
    return [p.read_text(encoding="utf-8-sig") for p in paths]


def instrument(state: str) -> None:
    """Switch callgrind's counting on or off for this process (nothing when not under valgrind)."""
    if "valgrind" in os.environ.get("LD_PRELOAD", "") or os.environ.get("UNDER_CALLGRIND"):
        subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True, capture_output=True)


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "pipeline"
    texts = corpus()
    if which == "tokenizer":
        nlp = spacy.blank("en")
        work = lambda: [nlp.make_doc(t) for t in texts]  # noqa: E731
    else:
        nlp = pipeline.load()
        work = lambda: [pipeline.extract_text(nlp, t, "bench.txt") for t in texts]  # noqa: E731
    work()  # warm: caches, lazy imports
    # A full collection walks every object the loaded pipeline holds; start each run from the same state.
    gc.collect()
    instrument("on")
    for _ in range(PASSES):
        work()
    instrument("off")


if __name__ == "__main__":
    main()
