"""The factsheet tokenizer splits amounts and ranges the same way everywhere, and stays fast on hostile runs."""

import pytest

SPLITS = [
    ("US$ 228.7M", ["US$", "228.7", "M"]),
    ("USD8.35 million", ["USD", "8.35", "million"]),
    ("AUD30 million", ["AUD", "30", "million"]),
    ("$A17 million", ["$A", "17", "million"]),
    ("A$20m", ["A$", "20", "m"]),
    ("GBP6.25m", ["GBP", "6.25", "m"]),
    ("USD 3.7bn", ["USD", "3.7", "bn"]),
    ("2018-22", ["2018", "-", "22"]),
    ("1977–86", ["1977", "–", "86"]),
    ("2015 –2025", ["2015", "–", "2025"]),
    ("2020-", ["2020", "-"]),
    ("FY2008", ["FY", "2008"]),
    # Two glued code amounts make a range; a code after a dash with no scale before it stays whole.
    ("EUR4m–EUR9m", ["EUR", "4", "m", "–", "EUR", "9", "m"]),
    ("GR-MLI2031", ["GR", "-", "MLI2031"]),
    ("FY2014/15", ["FY", "2014", "/", "15"]),
    ("21-Feb-2024", ["21", "-", "Feb", "-", "2024"]),
    ("Dec/2018", ["Dec", "/", "2018"]),
    ("the 1980's", ["the", "1980", "'s"]),
    ("1990s", ["1990s"]),
    ("ILO/Japan", ["ILO", "/", "Japan"]),
    # Bugs caught on unseen text: spaCy's emoticon and abbreviation exceptions.
    ("(IRDP): phase", ["(", "IRDP", ")", ":", "phase"]),
    ("about $1.2m.", ["about", "$", "1.2", "m", "."]),
    # Issue 9: signs CLDR knows glued to numbers, one-letter signs only before an amount, B and tn scales.
    ("KD4.5 billion", ["KD", "4.5", "billion"]),
    ("GH₵3,482", ["GH₵", "3,482"]),
    ("K236 billion", ["K", "236", "billion"]),
    ("N2.7 billion", ["N", "2.7", "billion"]),
    ("Q4 2020", ["Q4", "2020"]),
    ("G20", ["G20"]),
    ("JPY 1.2B", ["JPY", "1.2", "B"]),
    ("USD 3tn", ["USD", "3", "tn"]),
    ("$3bn–$6bn", ["$", "3", "bn", "–", "$", "6", "bn"]),
    # Lettered dollar signs on both ends of a glued range; the East African closing mark after a glued scale.
    ("C$400k–C$900k", ["C$", "400", "k", "–", "C$", "900", "k"]),
    ("S$2m-S$7m", ["S$", "2", "m", "-", "S$", "7", "m"]),
    ("615m/-", ["615", "m", "/-"]),
    ("$NZ 5 million", ["$NZ", "5", "million"]),
    # Semicolon-separated export rows; a footnote's number glued to a sentence's full stop.
    ("EUR 9,500;2024-03-01;Chad", ["EUR", "9,500", ";", "2024", "-", "03", "-", "01", ";", "Chad"]),
    ("GBP 2 million.3 Next", ["GBP", "2", "million", ".", "3", "Next"]),
    ("No.1 and v.2", ["No.1", "and", "v.2"]),
    ("after Phase I. Then J. Smith", ["after", "Phase", "I", ".", "Then", "J.", "Smith"]),
]


@pytest.mark.parametrize("text,tokens", SPLITS, ids=[s[0] for s in SPLITS])
def test_tokenizer_splits(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize("unit", ["=", "?", "_", "US$", "ab"])
def test_tokenizer_long_runs_keep_the_text(nlp, unit):
    text = "Funding " + unit * 5000 + " of US$ 5 million in 2019."
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert sum(len(t.text_with_ws) for t in doc) == len(text)


def test_tokenizer_long_runs_do_not_hide_mentions(nlp):
    doc = nlp("=" * 3000 + "\nThe grant of US$ 5 million was signed in 2019.")
    assert [s.text for s in doc.spans["mentions"]] == ["US$ 5 million", "2019"]


def test_tokenizer_patterns_skip_unicode_spaces_with_exact_offsets(nlp):
    for space in ("\u00a0", "\u202f", "\u2009"):
        text = f"Grant: US${space}5{space}million in 2019."
        doc = nlp(text)
        spans = [(text[s.start_char : s.end_char], s.label_) for s in doc.spans["mentions"]]
        assert spans == [(f"US${space}5{space}million", "MONEY"), ("2019", "DATE")]


def test_tokenizer_plain_space_runs_are_not_skipped(nlp):
    doc = nlp("Rate        SDR 1 = US$1.38")
    assert [s.text for s in doc.spans["MONEY"]] == ["SDR 1", "US$1.38"]


@pytest.mark.parametrize("pattern, shape", [
    (r"(?<=[0-9])\+", r"\+(?<=(?:[0-9])\+)"),
    (r"(?<=[a-z])[:<>=/](?=[a-z])", r"[:<>=/](?<=(?:[a-z])[:<>=/])(?=[a-z])"),
    (r"(?<=\d)(?:bn|mn)", r"(?<=\d)(?:bn|mn)"),  # a group after the lookbehind: left as it is
    (r"(?<=\d)x+", r"(?<=\d)x+"),  # a repeated character: left as it is
    (r"x(?<=\dx)", r"x(?<=\dx)"),  # no opening lookbehind
])
def test_consuming_first_moves_an_opening_lookbehind_after_its_one_character(pattern, shape):
    from pipeline.tokenizer import consuming_first

    assert consuming_first(pattern) == shape


def test_consuming_first_patterns_match_what_the_originals_match():
    import itertools
    import re

    from pipeline.tokenizer import consuming_first

    patterns = [r"(?<=[0-9])[+\-*^](?=[0-9-])", r"(?<=°[FfCcKk])\.", r"(?<=[a-z]|[A-Z])\.", r"(?<=\))[:;,.]"]
    for pattern in patterns:
        before, after = re.compile(pattern), re.compile(consuming_first(pattern))
        for chars in itertools.product("1a)°F.+-:", repeat=3):
            text = "".join(chars)
            assert [m.span() for m in before.finditer(text)] == [m.span() for m in after.finditer(text)], (pattern, text)


def test_a_bar_glued_after_a_cell_is_a_token_of_its_own(nlp):
    assert [t.text for t in nlp.tokenizer("| Hill Roads (HR)| Eastland |")] == ["|", "Hill", "Roads", "(", "HR", ")", "|", "Eastland", "|"]


def test_dropped_space_exceptions_tokenize_every_test_text_as_spacy_s_do():
    """The lone space, tab and line break exceptions, dropped so that spaCy keeps caching words after a text's first
    line break, gave the same tokens: every test text tokenizes the same with them put back (cache warm or cold)."""
    from pathlib import Path

    from spacy.attrs import IDX, LOWER, NORM, ORTH, SPACY

    import pipeline
    from pipeline.tokenizer import CACHE_BREAKING_EXCEPTIONS

    texts = [p.read_text(encoding="utf-8-sig") for p in sorted((Path(__file__).parent / "data").glob("**/*.txt"))]
    dropped, kept = pipeline.load(), pipeline.load()
    tokenizer = kept.tokenizer.tokenizer
    assert not CACHE_BREAKING_EXCEPTIONS & set(tokenizer.rules)
    tokenizer.rules = {**tokenizer.rules, **{text: [{ORTH: text}] for text in CACHE_BREAKING_EXCEPTIONS}}
    attrs = [ORTH, NORM, LOWER, SPACY, IDX]
    for _ in range(2):
        for text in texts:
            assert dropped.make_doc(text).to_array(attrs).tolist() == kept.make_doc(text).to_array(attrs).tolist()
