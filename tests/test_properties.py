"""Property tests: any text extracts without crashing, and every mention slices its text exactly."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import pipeline

PIECES = st.sampled_from([
    "US$ 1,000,000", "2018-22", "from 1977 to 1986", "Japan", "Japanese", "(JPO)", " Programme", "\n\n1. ",
    "Project for Roads", " – ", "€", "2020-", "\ufeff", "¥", "=" * 70, "  ", "\t", "ÿ", "é", "\r\n", "|", "....",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
@example(text="Japanese....")  # a one-cell "key ..... value" row holding a demonym (found by this test)
def test_properties_mentions_slice_their_text(nlp, text):
    record = pipeline.extract_text(nlp, text, "fuzz.txt")
    for mention in record.mentions:
        assert text[mention.start : mention.end] == mention.text
    starts = {m.start for m in record.mentions}
    for project in record.projects:
        assert set(project.mentions) <= starts
        for fact in project.countries + project.amounts + project.dates:
            assert fact.mention in starts


def test_properties_bugs_caught_by_the_fuzzer(nlp):
    """Inputs hypothesis found; each once crashed extraction."""
    for text in ["Project for Roads Programme(JPO)US$ 1,000,000"]:
        record = pipeline.extract_text(nlp, text, "fuzz.txt")
        assert all(text[m.start : m.end] == m.text for m in record.mentions)
