"""Print every linker-alone miss: records built from the gold mentions against the gold records.

Usage: python scripts/link_misses.py FOLDER [FOLDER ...]
Per document, each false (FP) and missing (FN) link: the fact's text and offset, the project, and
the text around it ("FP-unmatched"/"FN-unmatched" when the record matches no record on the other side).
"""
import sys
from decimal import Decimal
from pathlib import Path
from pipeline.cli import _build
from pipeline.store import read_gold, gold_files
from pipeline.convert import read_source
from pipeline.extract import records_from_mentions
from pipeline.evaluate import _overlap

def facts(project):
    out = {}
    for c in project.countries:
        out.setdefault(("C", c.iso2), c.mention)
    for a in project.amounts:
        out.setdefault(("M", Decimal(a.amount), a.currency), a.mention)
    for d in project.dates:
        out.setdefault(("D", d.start, d.end), d.mention)
    return out

def name(p):
    return f"{p.title or ''}{' ('+p.acronym+')' if p.acronym else ''}"

def around(text, off):
    s = max(0, off - 170)
    return " ".join((text[s:off] + "<<" + text[off:off+1] + ">>" + text[off+1:off+130]).split())

nlp = _build(None)
folders = [Path(a) for a in sys.argv[1:]]
for folder in folders:
    for path in gold_files(folder):
        gold = read_gold(path)
        if gold.projects is None:
            continue
        text = read_source(folder / gold.doc)[1]
        pred = records_from_mentions(nlp, text, gold.mentions)
        by_start = {m.start: m for m in gold.mentions}
        def spans(ps):
            return [[by_start[s] for s in p.mentions if s in by_start] for p in ps]
        ps, gs = spans(pred), spans(gold.projects)
        cands = sorted((-max((_overlap(a, b) for a in x for b in y), default=0), i, j) for i, x in enumerate(ps) for j, y in enumerate(gs))
        pairs, up, ug = [], set(), set()
        for neg, i, j in cands:
            if neg < 0 and i not in up and j not in ug:
                up.add(i); ug.add(j); pairs.append((i, j))
        rows = []
        for i, j in pairs:
            pf, gf = facts(pred[i]), facts(gold.projects[j])
            for k in pf.keys() - gf.keys():
                rows.append(("FP", name(gold.projects[j]), k, pf[k]))
            for k in gf.keys() - pf.keys():
                rows.append(("FN", name(gold.projects[j]), k, gf[k]))
        for i, p in enumerate(pred):
            if i not in up:
                for k, off in facts(p).items():
                    rows.append(("FP-unmatched", name(p), k, off))
        for j, p in enumerate(gold.projects):
            if j not in ug:
                for k, off in facts(p).items():
                    rows.append(("FN-unmatched", name(p), k, off))
        if rows:
            print(f"\n##### {folder.name}/{gold.doc}")
            for kind, proj, k, off in sorted(rows, key=lambda r: r[3]):
                m = by_start.get(off)
                print(f"  {kind:3} @{off} [{m.text if m else '?'}] -> {proj[:70]}\n        | {around(text, off)}")
