"""Extraction throughput against spaCy's bare tokenizer on the same text, in the same run.

Absolute times on shared machines are noise; the ratio is the figure to compare.

    python benchmarks/throughput.py [--repeat 20] [--rounds 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

import pipeline
from pipeline.projects import build_project_records  # noqa: F401  (imported for the same start-up as a run)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def corpus() -> list[str]:
    paths = sorted((DATA / "dev").glob("*.txt")) + [DATA / "example" / "ilo-japan-cooperation.txt"]
    return [p.read_text(encoding="utf-8-sig") for p in paths]


def best_of(rounds: int, work) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the 13 factsheets per round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds; the fastest is reported")
    args = parser.parse_args()

    texts = corpus() * args.repeat
    bare = spacy.blank("en")
    nlp = pipeline.load()
    words = sum(len(bare.make_doc(t)) for t in texts)

    tokenizer_seconds = best_of(args.rounds, lambda: [bare.make_doc(t) for t in texts])
    pipeline_seconds = best_of(args.rounds, lambda: [pipeline.extract_text(nlp, t, "bench.txt") for t in texts])

    hostile = {unit: (unit * (100_000 // len(unit))) for unit in ("=", "?", "_", "US$")}
    hostile_seconds = {unit: best_of(1, lambda text=text: pipeline.extract_text(nlp, text, "hostile.txt"))
                       for unit, text in hostile.items()}

    print(f"documents per round      {len(texts)}")
    print(f"words per round          {words}")
    print(f"bare tokenizer           {words / tokenizer_seconds:12,.0f} words/s")
    print(f"full pipeline (records)  {words / pipeline_seconds:12,.0f} words/s")
    print(f"ratio pipeline/tokenizer {tokenizer_seconds / pipeline_seconds:12.3f}   (aim: >= 0.333)")
    for unit, seconds in hostile_seconds.items():
        print(f"100 KB of {unit!r:6}          {seconds:12.2f} s")


if __name__ == "__main__":
    main()
