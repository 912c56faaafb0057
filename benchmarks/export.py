"""Export throughput: rows per second writing 1,000 documents to SQLite and to PostgreSQL.

    python benchmarks/export.py [--documents 1000] [--postgres URL]

Without --postgres it starts a throwaway server the way the tests do (Debian's postgresql).
The CPU seconds are this process's (SQLite works inside it; a PostgreSQL server's own
work is not counted): on a machine shared with other jobs they move far less than the time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.export import connect, export_records  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--postgres", default=None, help="an empty PostgreSQL database URL")
    args = parser.parse_args()

    nlp = pipeline.load()
    texts = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
    base = [pipeline.extract_file(nlp, path) for path in texts]
    records = [(base[i % len(base)].model_copy(update={"doc": f"doc{i:05d}.txt"}), "2026-01-01T00:00:00+00:00")
               for i in range(args.documents)]

    server = None
    targets = {"sqlite": f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite'}"}
    if args.postgres:
        targets["postgresql"] = args.postgres
    else:
        from tests.postgres import Server, find_bin_dir

        if find_bin_dir():
            server = Server(find_bin_dir())
            targets["postgresql"] = server.start()
    try:
        for name, url in targets.items():
            engine = connect(url)
            start, cpu = time.perf_counter(), time.process_time()
            report = export_records(records, engine)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            again = time.perf_counter()
            second = export_records(records, engine)
            print(f"{name:10} {report.rows:8d} rows in {seconds:6.2f} s = {report.rows / seconds:10,.0f} rows/s "
                  f"({cpu:.2f} CPU s in this process); "
                  f"second export: {second.rows} rows changed in {time.perf_counter() - again:.2f} s")
            engine.dispose()
    finally:
        if server:
            server.stop()


if __name__ == "__main__":
    main()
