"""A text longer than spaCy's max_length is extracted whole, with exact offsets (issue 10, defect 5)."""

import bisect
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.extract import extract_text, paragraph_parts

PARAGRAPH = ("Funding round {i}\n\n"
             "In March {year}, Norway gave US$ {amount} million to the Coastal Water Project (CWP) in Ghana.\n\n")


def long_text(size: int) -> tuple[str, int]:
    """Invented paragraphs up to size characters, and how many there are."""
    pieces, length, count = [], 0, 0
    while length < size:
        piece = PARAGRAPH.format(i=count, year=1990 + count % 30, amount=count % 97 + 1)
        pieces.append(piece)
        length += len(piece)
        count += 1
    return "".join(pieces), count


def test_parts_cover_the_text_exactly_and_respect_the_limit():
    text, _ = long_text(5000)
    parts = paragraph_parts(text, 700)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in zip(parts, parts[1:]))
    assert all(end - start <= 700 for start, end in parts)
    assert all(text[end - 2:end] == "\n\n" for _, end in parts[:-1])


def test_parts_of_one_unbroken_line_still_respect_the_limit():
    text = "x" * 25
    assert paragraph_parts(text, 10) == [(0, 10), (10, 20), (20, 25)]


def test_over_max_length_in_one_call_matches_the_whole_text(nlp, monkeypatch):
    text, count = long_text(4000)
    whole = extract_text(nlp, text, "a.txt")
    monkeypatch.setattr(nlp, "max_length", 600)
    parted = extract_text(nlp, text, "a.txt")
    assert [m.model_dump() for m in parted.mentions] == [m.model_dump() for m in whole.mentions]
    assert len([p for p in parted.projects if p.acronym == "CWP"]) == 1
    for mention in parted.mentions:
        assert text[mention.start:mention.end] == mention.text


@pytest.mark.slow
def test_a_3mb_text_between_two_normal_files_is_extracted_with_exact_offsets(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    small = "Since 2019, Peru has received EUR 3.5 million for the Andean Seed Programme.\n"
    (raw / "a-first.txt").write_text(small, encoding="utf-8")
    text, count = long_text(3_000_000)
    (raw / "b-long.txt").write_text(text, encoding="utf-8")
    (raw / "c-last.txt").write_text(small, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(raw), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert "3 new" in result.stderr and "0 failed" in result.stderr
    for name in ("a-first", "c-last"):
        assert json.loads((out / f"{name}.json").read_text(encoding="utf-8"))["mentions"]
    record = json.loads((out / "b-long.json").read_text(encoding="utf-8"))
    assert len(text) > 3 * 1_000_000 - 200
    money = [m for m in record["mentions"] if m["type"] == "MONEY"]
    assert len(money) == count  # one amount per paragraph, the last ones too
    line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    for mention in record["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]
        line = bisect.bisect_right(line_starts, mention["start"])
        assert (mention["line"], mention["col"]) == (line, mention["start"] - line_starts[line - 1] + 1)
