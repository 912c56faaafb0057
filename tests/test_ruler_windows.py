"""The rulers' windows cut to where a match can start and end give the Matcher's candidates of the whole windows."""

from __future__ import annotations

from pathlib import Path

from pipeline.ruler import AnchoredRuler
from pipeline.span_values import CANDIDATES

DATA = Path(__file__).parent / "data"
TEXTS = [
    "In 2019 the programme spent US$250 million –\n15.8 billion meticais, and from 3 to 6 May 2031 EUR 1.2 bn.",
    "Between 01/01/2031 and 31/12/2033, 250,000 and 150,000 U.S. dollars; FY2020/21, the 1980s, Q3 2024.",
    "| 03.2031 – 02.2034 | 21.12.2012 | three hundred and twenty million Japanese Yen | 2020–present |",
]


def _candidates(nlp, text: str) -> dict[str, list[tuple]]:
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        doc = pipe(doc)
        if name == "factsheet_money_rules":
            break
    return {key: [(s.start, s.end, s.label_, s.id_) for s in doc.spans[key]] for key in (CANDIDATES["DATE"], CANDIDATES["MONEY"])}


def test_cut_windows_find_the_whole_windows_matches_in_their_order(nlp, monkeypatch):
    texts = TEXTS + [p.read_text(encoding="utf-8-sig") for p in sorted(DATA.glob("**/*.txt"))]
    cut = [_candidates(nlp, text) for text in texts]
    monkeypatch.setattr(AnchoredRuler, "first_start", lambda self, orths, spaced, start, end, present: start)
    monkeypatch.setattr(AnchoredRuler, "last_end", lambda self, orths, spaced, start, end, present: end)
    assert [_candidates(nlp, text) for text in texts] == cut
    assert sum(len(found) for candidates in cut for found in candidates.values()) > 10_000


def test_windows_without_space_tokens_match_the_same_without_the_space_slots(nlp, monkeypatch):
    texts = TEXTS + [p.read_text(encoding="utf-8-sig") for p in sorted(DATA.glob("**/*.txt"))]
    found = [_candidates(nlp, text) for text in texts]
    with_slots = AnchoredRuler.matcher_for
    monkeypatch.setattr(AnchoredRuler, "matcher_for", lambda self, present, spaceless=False: with_slots(self, present))
    assert [_candidates(nlp, text) for text in texts] == found

