"""build_nlp: the only place that knows the order of the pipes."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .resources import load_rules
from .span_values import CANDIDATES
from .tokenizer import customize_tokenizer


def build_nlp(rules_dir: str | Path | None = None) -> Language:
    """A blank English pipeline with the factsheet tokenizer, rules and components.

    rules_dir (str | Path | None): the rules folder (default: the project's rules/).
    RETURNS (Language): nlp(text) gives a Doc with doc.spans["mentions"] (and one group
        per type), each span carrying span._.value, and doc._.projects.
    """
    rules = load_rules(rules_dir)
    folder = str(rules.directory)
    nlp = spacy.blank("en")
    customize_tokenizer(nlp, [s for s in [*rules.currencies.signs, *rules.currencies.shared_signs] if not s[:1].isdigit()],
                        rules.currencies.lettered_signs())
    # Country names are phrases (pycountry names, aliases, demonyms): spaCy's own PhraseMatcher via span_ruler.
    # (Added first, while the tokenizer alone turns its thousands of phrases into docs: span_ruler runs every pipe
    # before it on them. The pipes it follows are then put before it, so the order the docs go through is the same.)
    countries = nlp.add_pipe("span_ruler", name="factsheet_country_rules",
                             config={"spans_key": CANDIDATES["COUNTRY"], "validate": True, "overwrite": True})
    countries.add_patterns(rules.country_patterns)
    nlp.add_pipe("factsheet_layout", config={"rules_dir": folder}, before="factsheet_country_rules")
    for label, name in (("DATE", "factsheet_date_rules"), ("MONEY", "factsheet_money_rules")):
        nlp.add_pipe("factsheet_anchored_rules", name=name, config={"label": label, "rules_dir": folder},
                     before="factsheet_country_rules")
    nlp.add_pipe("factsheet_dates")
    nlp.add_pipe("factsheet_money")
    nlp.add_pipe("factsheet_countries")
    nlp.add_pipe("factsheet_projects", config={"rules_dir": folder})
    nlp.add_pipe("factsheet_records", config={"rules_dir": folder})
    nlp.add_pipe("factsheet_mentions")
    return nlp
