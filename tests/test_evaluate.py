"""Scoring mirrors the spec; the dev set meets the issue's accuracy floor."""

from types import SimpleNamespace as S

import pytest

import pipeline
from pipeline.evaluate import PRF, evaluate, match_spans, values_equal
from pipeline.models import MENTION_ADAPTER, MoneyValue, ProjectValue
from pipeline.store import gold_files, read_gold

from .conftest import DEV, EXAMPLE


def test_evaluate_match_is_one_to_one_largest_overlap_first():
    predicted = [S(start=0, end=10), S(start=8, end=12)]
    gold = [S(start=5, end=12)]
    assert match_spans(predicted, gold) == [(0, 0)]


def test_evaluate_no_overlap_no_match():
    assert match_spans([S(start=0, end=3)], [S(start=3, end=6)]) == []


def test_evaluate_prf_arithmetic():
    score = PRF(tp=3, fp=1, fn=2)
    assert (score.precision, score.recall) == (0.75, 0.6)
    assert score.f == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF().f == 0.0


def test_evaluate_values_compare_amounts_as_decimals_and_titles_ignoring_case():
    assert values_equal("MONEY", MoneyValue(amount="1000000.0", currency="USD", qualifier="exact"),
                        MoneyValue(amount="1000000", currency="USD", qualifier="exact"))
    assert values_equal("PROJECT", ProjectValue(title=" Better Work ", acronym=None), ProjectValue(title="better work", acronym=None))
    assert not values_equal("PROJECT", ProjectValue(title="X", acronym="A"), ProjectValue(title="X", acronym=None))


def test_evaluate_end_to_end_needs_equal_values():
    gold = S(mentions=[MENTION_ADAPTER.validate_python({"type": "DATE", "start": 0, "end": 4, "text": "2019", "value": {"start": "2019", "end": "2019"}})], projects=None)
    wrong = S(mentions=[MENTION_ADAPTER.validate_python({"type": "DATE", "start": 0, "end": 4, "text": "2019", "value": {"start": "2019", "end": None}})], projects=None)
    result = evaluate([(gold, wrong)])
    assert result.types["DATE"].mention.f == 1.0 and result.types["DATE"].end_to_end.f == 0.0


def _dev_scores(nlp):
    pairs = []
    for path in gold_files(DEV) + gold_files(EXAMPLE):
        gold = read_gold(path)
        pairs.append((gold, pipeline.extract_file(nlp, path.parent / gold.doc)))
    return evaluate(pairs)


def test_evaluate_dev_set_meets_the_accuracy_floor(nlp):
    """Issue 2: end-to-end F1 >= 0.90 for DATE, MONEY, COUNTRY and >= 0.80 for PROJECT."""
    scores = _dev_scores(nlp)
    for kind, floor in (("DATE", 0.90), ("MONEY", 0.90), ("COUNTRY", 0.90), ("PROJECT", 0.80)):
        assert scores.types[kind].end_to_end.f >= floor, (kind, scores.types[kind].end_to_end.to_dict())
