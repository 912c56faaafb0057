"""Scaling: documents/s and peak RSS per process of `factsheets extract` with 1 and N processes, and on Dask.

    python benchmarks/scale.py [--documents 1000] [--jobs N] [--modes one,jobs,dask] [--multiples 1,10]

Each mode runs the real command in a subprocess on a fresh output folder (so the time
includes loading the pipeline in every worker, and starting the cluster for Dask). The
corpus is the dev texts copied under new names up to --documents (times each multiple).
CPU seconds (user + system of the command and every process under it: what it waited
for, or the last reading of each process from /proc when it was not waited for, as
Dask's forked workers are not) give documents per CPU-second, the per-core rate, which
a loaded machine disturbs far less than the wall time. Peak RSS is each process's high-water mark (VmHWM), sampled from /proc while it runs;
"worker" is the largest among the extracting processes (the driver itself for one process).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.parallel import default_jobs  # noqa: E402


def make_corpus(folder: Path, documents: int) -> None:
    texts = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
    folder.mkdir(parents=True)
    for i in range(documents):
        source = texts[i % len(texts)]
        shutil.copy(source, folder / f"{source.stem}-{i:06d}.txt")


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _peak_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(command: list[str]) -> tuple[float, float, int, int, int]:
    """Wall seconds, CPU seconds of the command and every process it waited for, the driver's peak
    RSS, the largest other process's peak RSS (KB), and how many other processes there were."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    used: dict[int, float] = {}
    while process.poll() is None:
        for pid in [process.pid, *_descendants(process.pid)]:
            peak, cpu = _peak_kb(pid), _cpu_seconds(pid)
            if peak:
                peaks[pid] = max(peaks.get(pid, 0), peak)
            if cpu is not None:
                used[pid] = cpu
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = max((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), sum(used.values()))
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read()}")
    driver = peaks.pop(process.pid, 0)
    return seconds, cpu, driver, max(peaks.values(), default=0), len(peaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--modes", default="one,jobs,dask", help="comma-separated: one, jobs, dask")
    parser.add_argument("--multiples", default="1", help="corpus sizes as multiples of --documents, e.g. 1,10")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="factsheets-scale-"))
    base = [sys.executable, "-m", "pipeline", "extract", "--silent"]
    modes = {
        "one": ("--jobs 1", ["--jobs", "1"]),
        "jobs": (f"--jobs {args.jobs}", ["--jobs", str(args.jobs)]),
        "dask": (f"--dask local ({args.jobs} workers)", ["--dask", "local", "--jobs", str(args.jobs)]),
    }
    print(f"{'documents':>9}  {'mode':28} {'seconds':>8} {'docs/s':>8} {'speed-up':>8} {'CPU s':>8} "
          f"{'docs/CPU-s':>10} {'driver MB':>9} {'worker MB':>9}")
    try:
        for multiple in (int(m) for m in args.multiples.split(",")):
            documents = args.documents * multiple
            raw = work / f"raw{documents}"
            make_corpus(raw, documents)
            first_rate = None
            for mode in args.modes.split(","):
                label, options = modes[mode]
                out = work / f"out-{mode}-{documents}"
                seconds, cpu, driver_kb, worker_kb, processes = run(base + [str(raw), "-o", str(out)] + options)
                rate = documents / seconds
                first_rate = first_rate or rate
                worker_mb = (worker_kb if processes else driver_kb) / 1024
                print(f"{documents:9d}  {label:28} {seconds:8.1f} {rate:8.1f} {rate / first_rate:7.2f}x {cpu:8.1f} "
                      f"{documents / cpu:10.1f} {driver_kb / 1024:9.0f} {worker_mb:9.0f}", flush=True)
                shutil.rmtree(out)
            shutil.rmtree(raw)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"cores: {default_jobs()}; load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
