"""The words that tie facts to projects, read from rules/links.json.

The records component loads this once, when its factory builds it, and keeps it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..errors import RulesError
from ..fingerprint import DEFAULT_RULES_DIR
from ..initials import initial_phrases

LINKS_FILE = "links.json"
PHRASE_LISTS = ("counterpart_phrases", "other_activity_after", "other_money_phrases", "tentative_phrases", "exclusion_phrases", "umbrella_nouns",
                "status_phrases", "destination_phrases", "translated_title_openers", "alias_phrases", "related_headings")
WORD_LISTS = ("donor_countries", "donor_cues", "event_nouns", "document_date_cues",
              "back_reference_pronouns", "back_reference_nouns", "total_cues", "several_nouns",
              "other_activity_after", "separately_cues", "organization_heads", "other_money_phrases", "date_after_cues", "project_date_cues", "plan_nouns", "giving_verbs", "donor_labels",
              "tentative_phrases", "country_modifier_nouns", "exclusion_phrases",
              "back_reference_articles", "donor_neighbours",
              "results_headings", "umbrella_nouns",
              "context_labels", "status_phrases", "status_labels", "document_list_headings",
              "amendment_nouns", "destination_phrases", "translated_title_openers", "alias_phrases", "related_headings",
              "period_verbs", "procurement_words", "counterpart_phrases", "step_labels")


@dataclass(frozen=True)
class LinkVocabulary:
    donor_countries: frozenset[str]
    donor_cues: frozenset[str]
    event_nouns: frozenset[str]
    document_date_cues: frozenset[str]
    back_reference_pronouns: frozenset[str]
    back_reference_nouns: frozenset[str]
    total_cues: frozenset[str]
    several_nouns: frozenset[str]
    other_activity_after: tuple[str, ...]
    separately_cues: frozenset[str]
    organization_heads: frozenset[str]
    other_money_phrases: tuple[str, ...]
    date_after_cues: frozenset[str]
    project_date_cues: frozenset[str]
    plan_nouns: frozenset[str]
    giving_verbs: frozenset[str]
    donor_labels: frozenset[str]
    tentative_phrases: tuple[str, ...]
    country_modifier_nouns: frozenset[str]
    exclusion_phrases: tuple[str, ...]
    back_reference_articles: frozenset[str]
    donor_neighbours: frozenset[str]
    results_headings: frozenset[str]
    umbrella_nouns: tuple[str, ...]
    context_labels: frozenset[str]
    status_phrases: tuple[str, ...]
    status_labels: frozenset[str]
    document_list_headings: frozenset[str]
    amendment_nouns: frozenset[str]
    destination_phrases: tuple[str, ...]
    translated_title_openers: tuple[str, ...]
    alias_phrases: tuple[str, ...]
    related_headings: tuple[str, ...]
    period_verbs: frozenset[str]
    procurement_words: frozenset[str]
    counterpart_phrases: tuple[str, ...]
    step_labels: frozenset[str]

    @classmethod
    def from_table(cls, table: dict) -> "LinkVocabulary":
        return cls(**{name: (tuple if name in PHRASE_LISTS else frozenset)(
            word.lower() if name != "donor_countries" else word for word in table[name]) for name in WORD_LISTS})

    @cached_property
    def related_heading(self) -> re.Pattern:
        """Any of related_headings as a whole word or phrase."""
        return whole_phrases([re.escape(p) for p in self.related_headings])

    @cached_property
    def other_money(self) -> re.Pattern:
        """Any of other_money_phrases as a whole word or phrase."""
        return whole_phrases([re.escape(p) for p in self.other_money_phrases])

    @cached_property
    def tentative(self) -> re.Pattern:
        """Any of tentative_phrases as a whole word or phrase."""
        return whole_phrases([re.escape(p) for p in self.tentative_phrases])

    @cached_property
    def status(self) -> re.Pattern:
        """Any of status_phrases as a whole word or phrase."""
        return whole_phrases([re.escape(p) for p in self.status_phrases])

    @cached_property
    def exclusion(self) -> re.Pattern:
        """Any of exclusion_phrases, or "outside the programme" (any back-reference noun)."""
        nouns = "|".join(re.escape(w) for w in sorted(self.back_reference_nouns))
        return whole_phrases([re.escape(p) for p in self.exclusion_phrases] + [rf"outside\s+(?:the|its)\s+(?:{nouns})"])

    @cached_property
    def destination(self) -> re.Pattern:
        """"migrating to Ruritania", "exports to Eastland and Westland": a phrase that makes the countries after
        it (up to the fact) destinations, markets or partners, not where the project works."""
        # (r"(?i:\b(?:{phrases}))\s+...", written to skip to the phrases' first letters: see pipeline.initials.)
        return initial_phrases([re.escape(p) for p in self.destination_phrases],
                               r"\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|\band\b)\s+)*$", ignore_case=True)

    def back_reference(self) -> re.Pattern:
        """"it", "its", "the programme", "this first phase", "Phase 3", "in counterpart funds": a phrase that refers to
        a project named before."""
        # (Asked once per document; the word lists are frozen, so the pattern is built once and kept.)
        kept = self.__dict__.get("_back_reference")
        if kept is not None:
            return kept
        nouns = "|".join(re.escape(w) for w in sorted(self.back_reference_nouns))
        pronouns = "|".join(re.escape(w) for w in sorted(self.back_reference_pronouns))
        articles = "|".join(re.escape(w) for w in sorted(self.back_reference_articles))
        # r"\b(?:{pronouns}|(?:{articles})\s+(?:(?:first|...)\s+)?(?:AMOUNT)?(?:{nouns})|phase\s+(?:[IVX]+|[1-9]))\b(?!-)", any case:
        # each article takes the words after it, in the articles' order, so the phrases can open on their letters.
        # ("The USD 85 million loan became effective ...", "this €4m grant": the amount between the article and its noun.)
        amount = r"(?:[A-Z]{1,3}\$|[A-Z]{3}|[$€£¥])\s?\d[\d,.’']*(?:\s?(?:million|billion|bn|mn|m)\b)?\s+"
        order = r"(?:first|second|third|fourth|new|current|next|final|opening|initial|inception|pilot)\s+"
        after_article = rf"\s+(?:{order})?(?:{amount})?(?:{nouns})"
        pattern = self.__dict__["_back_reference"] = initial_phrases(
            [*pronouns.split("|"), *(article + after_article for article in articles.split("|")), r"phase\s+(?:[IVX]+|[1-9])",
             *(r"\s+".join(map(re.escape, phrase.split())) for phrase in self.counterpart_phrases)],
            r"\b(?!-)", ignore_case=True)
        return pattern


def whole_phrases(alternatives: list[str]) -> re.Pattern:
    """r"\b(?:a|b|...)\b" over the alternatives (regexes, each opening with a plain letter or digit), written so
    that the engine skips to their first letters: the alternatives are grouped by first letter, in their order,
    and each group reads its letter before looking behind it for the word boundary. Same matches; an
    alternative that opens otherwise leaves the pattern as written."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not re.match(r"\w", alternative[:1]) or alternative[:1] == "_":
            return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return re.compile("(?:" + "|".join(rf"{first}(?<!\w\w)(?:{'|'.join(rests)})" for first, rests in groups.items()) + r")\b")


def load_link_vocabulary(rules_dir: str | Path | None = None) -> LinkVocabulary:
    """rules_dir/links.json as a LinkVocabulary; a problem names the file (and line)."""
    path = Path(rules_dir or DEFAULT_RULES_DIR) / LINKS_FILE
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise RulesError(f"{path}: rules file is missing") from error
    except json.JSONDecodeError as error:
        raise RulesError(f"{path}:{error.lineno}: invalid JSON ({error.msg})") from error
    missing = [name for name in WORD_LISTS if not isinstance(table.get(name), list)]
    if missing:
        raise RulesError(f"{path}: a word list is missing or not a list: {', '.join(missing)}")
    return LinkVocabulary.from_table(table)
