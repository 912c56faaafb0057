"""build_nlp: the only place that knows the order of the pipes."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import spacy
from spacy.errors import MatchPatternError
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .components import CANDIDATES
from .errors import RulesError
from .resources import PatternLine, load_rules
from .tokenizer import customize_tokenizer


def _add_ruler(nlp: Language, name: str, spans_key: str, patterns: list, lines: Optional[list[PatternLine]] = None):
    ruler = nlp.add_pipe("span_ruler", name=name, config={"spans_key": spans_key, "validate": True, "overwrite": True})
    try:
        ruler.add_patterns(patterns)
    except (MatchPatternError, ValueError) as error:
        where = f"{lines[0].file}" if lines else name
        raise RulesError(f"{where}: spaCy rejected a pattern: {error}") from error


def build_nlp(rules_dir: str | Path | None = None) -> Language:
    """A blank English pipeline with the factsheet tokenizer, rules and components.

    rules_dir (str | Path | None): the rules folder (default: the project's rules/).
    RETURNS (Language): nlp(text) gives a Doc with doc.spans["mentions"] (and one group
        per type), each span carrying span._.value, and doc._.projects.
    """
    rules = load_rules(rules_dir)
    nlp = spacy.blank("en")
    customize_tokenizer(nlp, [s for s in rules.currencies.signs if not s[:1].isdigit()])
    nlp.add_pipe("factsheet_layout", config={"rules_dir": str(rules.directory)})
    _add_ruler(nlp, "factsheet_date_rules", CANDIDATES["DATE"], [p.pattern for p in rules.date_patterns], rules.date_patterns)
    _add_ruler(nlp, "factsheet_money_rules", CANDIDATES["MONEY"], [p.pattern for p in rules.money_patterns], rules.money_patterns)
    _add_ruler(nlp, "factsheet_country_rules", CANDIDATES["COUNTRY"], rules.country_patterns)
    nlp.add_pipe("factsheet_dates")
    nlp.add_pipe("factsheet_money")
    nlp.add_pipe("factsheet_countries")
    nlp.add_pipe("factsheet_projects")
    nlp.add_pipe("factsheet_records")
    nlp.add_pipe("factsheet_mentions")
    return nlp
