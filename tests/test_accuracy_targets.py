"""The accuracy each family must keep (issues 8 and 9): a change that loses it fails here.

These are the development families, read while writing the rules, so the floors guard
against regressions; how the rules generalize is measured on held-out sets (README).
"""

import pytest

import pipeline
from pipeline.evaluate import evaluate
from pipeline.store import gold_files, read_gold

from .conftest import DATA

# family: (DATE, MONEY, COUNTRY, PROJECT end-to-end F1 floors, link F1 floor)
FLOORS = {
    "dev": (0.99, 0.99, 0.99, 0.92, 0.85),
    "dev2/africa-latam": (0.98, 0.95, 0.98, 0.92, 0.80),
    "dev2/asia-pacific": (0.98, 0.95, 0.98, 0.92, 0.80),
    "dev2/donors-funds": (0.98, 0.95, 0.98, 0.92, 0.80),
    # The probe sets, development data once read (tests/data/probes/README.md): floors a little
    # under what they score, so a change that loses their web pages, cards and tables fails here.
    "probes/probes3": (0.95, 0.95, 0.97, 0.90, 0.85),
    "probes/probes4": (0.93, 0.95, 0.97, 0.95, 0.90),
    "probes/probes5": (0.95, 0.95, 0.97, 0.95, 0.85),
    "probes/probes6": (0.97, 0.97, 0.97, 0.93, 0.80),
    "probes/probes7": (0.97, 0.97, 0.97, 0.94, 0.84),
    "probes/probes8": (0.95, 0.97, 0.97, 0.96, 0.86),
    "probes/probes9": (0.97, 0.98, 0.97, 0.93, 0.85),
    "probes/probes10": (0.98, 0.98, 0.97, 0.95, 0.86),
    "probes/probes11": (0.98, 0.98, 0.98, 0.96, 0.82),
    "probes/probes12": (0.97, 0.98, 0.98, 0.94, 0.84),
    # Final held-out checks of 2026-12-02 (third), read after their scoring (a floor under their end figures).
    "probes/probes13": (0.98, 0.98, 0.97, 0.95, 0.80),
    "probes/probes14": (0.97, 0.97, 0.97, 0.91, 0.79),
    # Sets of 2026-12-02 (fourth), read after a held-out score with the session's start rules.
    "probes/probes15": (0.97, 0.98, 0.95, 0.86, 0.69),
    "probes/probes17": (0.95, 0.95, 0.98, 0.87, 0.72),
    "probes/probes18": (0.97, 0.98, 0.98, 0.90, 0.82),
    "probes/probes20": (0.97, 0.98, 0.98, 0.85, 0.69),
    # That session's final held-out checks, copied here after their scoring, read in the fifth session.
    "probes/probes16": (0.97, 0.99, 0.97, 0.86, 0.76),
    "probes/probes19": (0.96, 0.98, 0.98, 0.96, 0.81),
    "probes/probes21": (0.97, 0.96, 0.99, 0.82, 0.77),
    "probes/probes22": (0.95, 0.95, 0.97, 0.79, 0.81),
    "probes/probes23": (0.96, 0.95, 0.98, 0.84, 0.71),
    # The fifth session's final held-out checks, copied here unread after their scoring, read in the sixth session.
    "probes/probes24": (0.97, 0.96, 0.95, 0.93, 0.84),
    "probes/probes25": (0.96, 0.96, 0.94, 0.93, 0.84),
    # The sixth session's final held-out checks, copied here unread after their scoring, read in the seventh session.
    "probes/probes26": (0.95, 0.98, 0.94, 0.92, 0.82),
    "probes/probes27": (0.95, 0.92, 0.96, 0.94, 0.79),
    # The seventh session's held-out checks, copied here unread after their scoring, read in the eighth session.
    "probes/probes28": (0.96, 0.95, 0.94, 0.88, 0.77),
    "probes/probes29": (0.96, 0.98, 0.97, 0.90, 0.85),
    # The eighth session's held-out checks, copied here unread after their scoring, read in the ninth session.
    "probes/probes30": (0.97, 0.87, 0.97, 0.93, 0.83),
    "probes/probes31": (0.98, 0.90, 0.94, 0.91, 0.76),
    # The ninth session's held-out checks, copied here unread after their scoring, read in the tenth session,
    # and the set written and read in the ninth.
    "probes/probes32": (0.94, 0.96, 0.93, 0.91, 0.79),
    "probes/probes33": (0.97, 0.96, 0.95, 0.91, 0.81),
    "probes/probes34": (0.94, 0.90, 0.95, 0.86, 0.74),
    # The tenth session's held-out checks, copied here unread after their scoring, read in the eleventh session.
    "probes/probes35": (0.96, 0.92, 0.94, 0.90, 0.78),
    "probes/probes36": (0.96, 0.95, 0.94, 0.90, 0.84),
    # The eleventh session's held-out checks, copied here unread after their scoring, read in the twelfth session.
    "probes/probes37": (0.97, 0.98, 0.94, 0.91, 0.73),
    "probes/probes38": (0.96, 0.98, 0.91, 0.94, 0.81),
    # The twelfth session's held-out checks, copied here unread after their scoring, read in the thirteenth session.
    "probes/probes39": (0.97, 0.97, 0.96, 0.96, 0.81),
    "probes/probes40": (0.97, 0.96, 0.98, 0.94, 0.77),
    # The thirteenth session's held-out checks, copied here unread after their scoring, read in the fourteenth session.
    "probes/probes41": (0.99, 0.99, 0.93, 0.89, 0.75),
    "probes/probes42": (0.97, 0.99, 0.97, 0.92, 0.83),
    # The fourteenth session's held-out checks, copied here unread after their scoring, read in the fifteenth session.
    "probes/probes43": (0.98, 0.99, 0.98, 0.97, 0.82),
    "probes/probes44": (0.95, 0.98, 0.99, 0.93, 0.86),
    # The fifteenth session's held-out checks, copied here unread after their scoring, read in the seventeenth.
    "probes/probes45": (0.98, 0.94, 0.96, 0.93, 0.88),
    "probes/probes46": (0.99, 0.97, 0.97, 0.96, 0.79),
    # The sixteenth session's held-out checks, copied here unread after their scoring, read in the eighteenth.
    "probes/probes47": (0.98, 0.94, 0.96, 0.92, 0.76),
    "probes/probes48": (0.98, 0.93, 0.98, 0.87, 0.75),
    # The eighteenth session's held-out checks, copied here unread after their scoring, read in the nineteenth.
    "probes/probes49": (0.96, 0.99, 0.98, 0.90, 0.86),
    "probes/probes50": (0.99, 0.99, 0.98, 0.99, 0.91),
    # The nineteenth session's held-out checks, copied here unread after their scoring, read in the twentieth.
    "probes/probes51": (0.99, 0.98, 0.97, 0.95, 0.82),
    "probes/probes52": (0.99, 0.98, 0.99, 0.99, 0.94),
    # The twentieth session's held-out checks, copied here unread after their scoring, read in the twenty-first.
    "probes/probes53": (0.98, 0.99, 0.99, 0.96, 0.85),
    "probes/probes54": (0.99, 0.97, 0.98, 0.93, 0.89),
    # The twenty-first session's held-out checks, copied here unread after their scoring, read in the twenty-second.
    "probes/probes55": (0.99, 0.99, 0.98, 0.92, 0.88),
    "probes/probes56": (0.96, 0.97, 0.99, 0.90, 0.83),
    # The twenty-second session's held-out checks, copied here unread after their scoring, read in the twenty-third.
    "probes/probes57": (0.98, 0.97, 0.99, 0.98, 0.85),
    "probes/probes58": (0.99, 0.97, 0.98, 0.93, 0.86),
    # The twenty-third session's held-out checks, copied here unread after their scoring, read in the twenty-fourth.
    "probes/probes59": (0.98, 0.95, 0.98, 0.98, 0.83),
    "probes/probes60": (0.98, 0.99, 0.99, 0.94, 0.85),
    # The twenty-fourth session's held-out checks, copied here unread after their scoring, read in the twenty-fifth.
    "probes/probes61": (0.99, 0.97, 0.96, 0.92, 0.79),
    "probes/probes62": (0.99, 0.98, 0.97, 0.95, 0.88),
    # The twenty-fifth session's held-out checks, copied here unread after their scoring, read in the twenty-sixth.
    "probes/probes63": (0.99, 0.99, 0.99, 0.95, 0.86),
    "probes/probes64": (0.98, 0.99, 0.99, 0.97, 0.86),
    # The twenty-sixth session's held-out checks, copied here unread after their scoring (a floor under their end figures).
    "probes/probes65": (0.96, 0.95, 0.98, 0.92, 0.84),
    "probes/probes66": (0.98, 0.99, 0.93, 0.92, 0.87),
}


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_family_keeps_its_end_to_end_and_link_floors(nlp, family):
    folder = DATA / family
    pairs = [(gold, pipeline.extract_file(nlp, folder / gold.doc)) for gold in map(read_gold, gold_files(folder))]
    scores = evaluate(pairs)
    *type_floors, link_floor = FLOORS[family]
    for kind, floor in zip(("DATE", "MONEY", "COUNTRY", "PROJECT"), type_floors):
        assert scores.types[kind].end_to_end.f >= floor, (family, kind, scores.types[kind].end_to_end.to_dict())
    assert scores.link_overall.f >= link_floor, (family, scores.link_overall.to_dict())


def test_dev2_money_overall_meets_issue_9(nlp):
    """Issue 9: dev2 MONEY end-to-end F1 >= 0.97 over the three families together."""
    pairs = []
    for folder in sorted((DATA / "dev2").iterdir()):
        if folder.is_dir():
            pairs += [(gold, pipeline.extract_file(nlp, folder / gold.doc)) for gold in map(read_gold, gold_files(folder))]
    assert evaluate(pairs).types["MONEY"].end_to_end.f >= 0.97


def test_money_probe_pages_keep_their_money_floor(nlp):
    """tests/data/money-probes: twelve invented pages annotated for MONEY only (local signs, scales in four
    languages, tables, ranges, line breaks), development data since this session; a floor under its score."""
    folder = DATA / "money-probes"
    pairs = [(gold, pipeline.extract_file(nlp, folder / gold.doc)) for gold in map(read_gold, gold_files(folder))]
    assert evaluate(pairs).types["MONEY"].end_to_end.f >= 0.98


def test_second_money_probe_pages_keep_their_money_floor(nlp):
    """tests/data/money-probes2: twelve invented MONEY-only pages (a currency declared once, amounts in words and
    fractions, closing marks, Spanish/Portuguese/French scales, ranges, stacked Indian scales); a floor under its score."""
    folder = DATA / "money-probes2"
    pairs = [(gold, pipeline.extract_file(nlp, folder / gold.doc)) for gold in map(read_gold, gold_files(folder))]
    assert evaluate(pairs).types["MONEY"].end_to_end.f >= 0.99
