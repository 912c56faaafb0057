"""Rules lint: every pattern in rules/ validates, and bad rules files fail with file and line."""

import json
import shutil
import subprocess
import sys

import pytest

from pipeline.errors import RulesError
from pipeline.resources import load_rules, read_pattern_file

BAD_PATTERNS = [
    ({"label": "DATE", "pattern": [{"LOWR": "x"}]}, "Extra inputs are not permitted"),
    ({"label": "DATE", "pattern": [{"TEXT": {"REGEX": 5}}]}, "invalid spaCy token pattern"),
    ({"label": "DATE", "pattern": [{"OP": "!!"}]}, "invalid spaCy token pattern"),
    ({"pattern": [{"LOWER": "x"}]}, "expected an object with 'label' and 'pattern'"),
    ({"label": "DATE", "pattern": [{"LOWER": "x"}], "idd": "typo"}, "unknown key"),
    ({"label": "DATE", "pattern": 5}, "must be a token pattern"),
]
GOOD_PATTERNS = [
    {"label": "DATE", "pattern": [{"LOWER": "fiscal"}, {"SHAPE": "dddd"}], "id": "fiscal"},
    {"label": "MONEY", "pattern": [{"_": {"fs_currency_sign": True}}, {"LIKE_NUM": True}]},
    {"label": "COUNTRY", "pattern": "Viet Nam", "id": "VN"},
]


def test_resources_shipped_rules_validate():
    rules = load_rules()
    assert rules.date_patterns and rules.money_patterns and rules.country_patterns


@pytest.mark.parametrize("pattern,message", BAD_PATTERNS, ids=[m for _, m in BAD_PATTERNS])
def test_resources_bad_pattern_names_file_and_line(tmp_path, pattern, message):
    path = tmp_path / "dates.jsonl"
    good = json.dumps(GOOD_PATTERNS[0])
    path.write_text(f"{good}\n\n{json.dumps(pattern)}\n", encoding="utf-8")
    with pytest.raises(RulesError) as error:
        read_pattern_file(path)
    assert f"{path}:3:" in str(error.value) and message in str(error.value)


@pytest.mark.parametrize("pattern", GOOD_PATTERNS, ids=[p["label"] for p in GOOD_PATTERNS])
def test_resources_good_patterns_pass(tmp_path, pattern):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(pattern) + "\n", encoding="utf-8")
    assert read_pattern_file(path)[0].pattern == pattern


def test_resources_invalid_json_names_line(tmp_path):
    path = tmp_path / "money.jsonl"
    path.write_text('{"label": "MONEY", "pattern": [{"LOWER": "x"}]}\n{"label": "MONEY", "pattern": [\n', encoding="utf-8")
    with pytest.raises(RulesError, match=r"money.jsonl:2: invalid JSON"):
        read_pattern_file(path)


def test_resources_missing_folder_and_file(tmp_path):
    with pytest.raises(RulesError, match="rules folder not found"):
        load_rules(tmp_path / "nope")
    with pytest.raises(RulesError, match="dates.jsonl: rules file is missing"):
        load_rules(tmp_path)


def test_resources_fingerprint_follows_the_rules(tmp_path):
    from pipeline.resources import DEFAULT_RULES_DIR

    copy = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, copy)
    before = load_rules(copy).fingerprint
    with open(copy / "dates.jsonl", "a", encoding="utf-8") as stream:
        stream.write(json.dumps({"label": "DATE", "pattern": [{"LOWER": "yesteryear"}]}) + "\n")
    load_rules.cache_clear()
    assert load_rules(copy).fingerprint != before
    assert load_rules().fingerprint == load_rules(DEFAULT_RULES_DIR).fingerprint


@pytest.mark.parametrize("first", ["pipeline.resources", "pipeline.normalize"])
def test_rules_load_in_a_fresh_interpreter_whatever_is_imported_first(first):
    """The currency forms read locales' own CLDR files; the month names read merged ones. Babel keeps one cache entry
    per locale, so reading an unmerged file through it would lose the other reader its data, in whichever order."""
    code = f"import {first}; from pipeline.resources import load_rules; load_rules(); print('loaded')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "loaded", result.stderr[-2000:]
