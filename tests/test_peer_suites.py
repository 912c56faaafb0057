"""Recognizers-Text's English currency and datetime specs (MIT), converted to our values: a peer's tests."""

import json

import pytest

from pipeline.evaluate import PRF, match_spans, values_equal
from pipeline.extract import mentions_of
from pipeline.models import MENTION_ADAPTER

from .conftest import PEER

SUITES = [("recognizers_currency_en.jsonl", "MONEY", 0.97), ("recognizers_datetime_en.jsonl", "DATE", 0.80)]


def score_suite(nlp, filename: str, kind: str) -> PRF:
    """End-to-end PRF of one type over a suite (overlap match and equal value)."""
    result = PRF()
    for line in (PEER / filename).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        gold = [MENTION_ADAPTER.validate_python(m) for m in case["expected"]]
        predicted = [m for m in mentions_of(nlp(case["text"])) if m.type == kind]
        equal = sum(values_equal(kind, predicted[i].value, gold[j].value) for i, j in match_spans(predicted, gold))
        result.add(PRF(equal, len(predicted) - equal, len(gold) - equal))
    return result


@pytest.mark.parametrize("filename,kind,floor", SUITES, ids=[s[1] for s in SUITES])
def test_peer_suites_end_to_end_f1(nlp, filename, kind, floor):
    """Issue 2 aimed past 0.90 (currency, now held at 0.97) and 0.80 (datetime); price-parser scores 0.66, dateparser 0.165."""
    score = score_suite(nlp, filename, kind)
    assert score.f >= floor, score.to_dict()
