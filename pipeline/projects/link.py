"""Project records: group PROJECT mentions by project and tie facts to them (spec: Project records).

The grouping is here (with link_translations, which joins a title and its translation, an alias, a funder's
code or an infobox abbreviation into one record); what makes a fact a project's is in link_rules (the spec's
rules, one function each, in the spec's order; sections in link_sections; which of a sentence's projects in link_choice) and link_filters (facts never
attached: donors, event and document dates, exchange rates, totals of several
projects, another activity's money). The words they use come from rules/links.json.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..span_lists import spans_of
from ..token_table import token_table
from ..models import AmountFact, CountryFact, DateFact, ProjectRecord
from ..normalize.projects import name_after_head, title_before_colon
from .. import span_values  # (the module, not its function: span_values imports this package in turn)
from .link_context import Group, LinkContext
from .link_filters import is_filtered
from .link_rules import owners_of
from .link_translations import join_translations
from .link_vocabulary import LinkVocabulary

FACT_LABELS = ("DATE", "MONEY", "COUNTRY")
# "$40m (TSh 92.7 billion)", "USD 50 million (about Rs 5.87 billion)": an equivalent in parentheses.
EQUIVALENT_BEFORE = re.compile(r"\s*\(\s*(?:(?:about|approximately|approx\.|around|roughly|some|or|over|nearly|almost|"
                               r"equivalent to|equal to|i\.e\.|c\.|ca\.|~|≈)\s*)*", re.IGNORECASE)


COMMA_ALIAS_RULES = frozenset({"acronym-appositive", "acronym-alias"})
DEFINED_TERM_GAP = re.compile(r"\s*\((?:the\s+)?(?:[\"“][^\"”]{1,24}[\"”]\s+or\s+(?:the\s+)?)?[\"“]")
COMMA_ALIAS_GAP = re.compile(r",\s*(?:or\s+|(?:which|that)\s+(?:we|they|people)\s+call\s+|(?:also\s+)?(?:known\s+as|called)\s+)?")


def group_projects(spans: list[Span], openers: tuple[str, ...] = ()) -> list[Group]:
    """Same acronym, or same title ignoring case, is one project; "(ACR)" joins its long form, and so does an acronym
    given between commas right after it (", or ACR", ", which we call ACR"); a title with runs of its words written as
    initials ("Hill Towns SWR Project") is the full title's. A Romance title (opening with one of openers, "proyecto ")
    is also known by its words after the head: "Raíces del Valle"."""
    heads = {opener.strip() for opener in openers if opener.endswith(" ") and opener.count(" ") == 1}
    groups: list[Group] = []
    by_key: dict[str, Group] = {}
    by_short: dict[str, Group] = {}
    previous = None  # (span, value) of the mention before
    for span in sorted(spans, key=lambda s: s.start_char):
        value = span_values.span_value(span)  # (what span._.value gives, without an Underscore per read)
        keys = []
        if value.acronym:
            keys.append("acronym:" + value.acronym.casefold())
        # "PAVE (Programa de Apoio à Vila ...)": a long form in the parenthesis after an acronym is its title.
        # (The text between them sliced from the doc's source: doc.text joins every token's text again.)
        if previous is not None and value.title and not previous[1].title and previous[1].acronym \
                and token_table(span.doc).source[previous[0].end_char : span.start_char].strip() == "(":
            keys.append("acronym:" + previous[1].acronym.casefold())
        # "program_name: X" over "program_acronym: XP": a record's acronym field names the project named above it.
        if previous is not None and span.id_ == "acronym-field" and previous[1].title and not previous[1].acronym:
            keys.append("title:" + previous[1].title.casefold())
        # "the X Project, which we call XP, ...", "the X Facility Phase Two, or XF Two": an acronym given between
        # commas, right after the title, joins it as "(XP)" would.
        if previous is not None and span.id_ in COMMA_ALIAS_RULES and previous[1].title and not previous[1].acronym \
                and COMMA_ALIAS_GAP.fullmatch(token_table(span.doc).source[previous[0].end_char : span.start_char]):
            keys.append("title:" + previous[1].title.casefold())
        # 'the X Trust Fund (the "Fund" or "XTF")': a quoted acronym that a legal text defines right after the title.
        if previous is not None and span.id_ == "quoted-name" and value.acronym and not value.title and previous[1].title \
                and not previous[1].acronym and DEFINED_TERM_GAP.fullmatch(token_table(span.doc).source[previous[0].end_char : span.start_char]):
            keys.append("title:" + previous[1].title.casefold())
        previous = (span, value)
        if value.title:
            keys.append("title:" + value.title.casefold())
        found = list(dict.fromkeys(by_key[k] for k in keys if k in by_key))
        # "Lantern Rivers" after "Lantern Rivers: Girls' Football in Town Leagues": the project by the part of its
        # title before the colon (two titles that share that part stay two projects).
        if not found and value.title and value.title.casefold() in by_short:
            found = [by_short[value.title.casefold()]]
        # "Hill Towns SWR Project" in a running header after "Hill Towns Solid Waste and Recycling Project".
        if not found and value.title:
            found = [g for g in groups if g.title and abbreviates(value.title, g.title)][:1]
        if not found:
            found = [Group(value.title, value.acronym)]
            groups.append(found[0])
        group = found[0]
        # "Sahel X Programme" ... "SXP" ... "Sahel X Programme (SXP)": a name and its acronym join their groups
        # (two projects of different titles that share an acronym stay two).
        for other in found[1:]:
            if group.title and other.title and group.title.casefold() != other.title.casefold():
                continue
            group.spans = sorted(group.spans + other.spans, key=lambda s: s.start_char)
            group.title, group.acronym = group.title or other.title, group.acronym or other.acronym
            by_key.update({k: group for k, g in by_key.items() if g is other})
            groups.remove(other)
        group.title = group.title or value.title
        group.acronym = group.acronym or value.acronym
        group.spans.append(span)
        for key in keys:
            by_key.setdefault(key, group)
        short = title_before_colon(value.title)
        if short:
            by_short.setdefault(short.casefold(), group)
        alias = name_after_head((value.title or "").split(), heads)
        if alias:
            by_short.setdefault(" ".join(alias).casefold(), group)
    return groups


LINKING_WORDS = frozenset({"and", "of", "&", "for", "the"})


def abbreviates(short: str, title: str) -> bool:
    """Whether short is title with runs of its words written as their initials ("Hill Towns SWR Project" for
    "Hill Towns Solid Waste and Recycling Project"): the other words the same, at least one run abbreviated."""
    words, long_words = short.split(), title.split()
    if len(words) < 3 or len(words) >= len(long_words):
        return False
    at, abbreviated = 0, False
    for word in words:
        if at < len(long_words) and word.casefold() == long_words[at].casefold():
            at += 1
            continue
        if not (word.isupper() and word.isalpha() and len(word) >= 2):
            return False
        for letter in word:  # each letter opens the next word, linking words passed over
            while at < len(long_words) and long_words[at].casefold() in LINKING_WORDS:
                at += 1
            if at >= len(long_words) or long_words[at][:1] != letter:
                return False
            at += 1
        abbreviated = True
    return abbreviated and at == len(long_words)


def equivalents(doc: Doc) -> dict[tuple[int, int], tuple[int, int]]:
    """Each amount that stands in parentheses right after another ("USD 50 million (about Rs 5.9 billion)")
    mapped to the amount it restates: the first amount of the chain."""
    money = sorted(spans_of(doc, "MONEY"), key=lambda s: s.start_char)
    text = doc._.layout.text  # the doc's own text, kept whole (doc.text rebuilds it from every token)
    found: dict[tuple[int, int], tuple[int, int]] = {}
    for before, amount in zip(money, money[1:]):
        if EQUIVALENT_BEFORE.fullmatch(text[before.end_char : amount.start_char]):
            key = (before.start_char, before.end_char)
            found[(amount.start_char, amount.end_char)] = found.get(key, key)
    return found


def add_fact(group: Group, fact: Span) -> None:
    """One fact per distinct value: the first mention of a value is its evidence."""
    # (A model is built only for a value not yet kept: validating one costs more than the lookup.)
    value = span_values.span_value(fact)
    label = fact.label_
    if label == "COUNTRY":
        if value.iso2 not in group.facts["countries"]:
            group.facts["countries"][value.iso2] = CountryFact(iso2=value.iso2, mention=fact.start_char)
    elif label == "MONEY":
        if (value.amount, value.currency) not in group.facts["amounts"]:
            group.facts["amounts"][(value.amount, value.currency)] = AmountFact(
                amount=value.amount, currency=value.currency, mention=fact.start_char)
    else:
        if (value.start, value.end) not in group.facts["dates"]:
            group.facts["dates"][(value.start, value.end)] = DateFact(start=value.start, end=value.end, mention=fact.start_char)


def build_project_records(doc: Doc, vocabulary: LinkVocabulary) -> list[ProjectRecord]:
    """The project records of a processed Doc (its DATE, MONEY, COUNTRY and PROJECT spans), in order of first mention."""
    groups = join_translations(doc, group_projects(spans_of(doc, "PROJECT"), vocabulary.translated_title_openers), vocabulary)
    if groups:
        context = LinkContext(doc, groups, vocabulary)
        facts = sorted((f for label in FACT_LABELS for f in spans_of(doc, label)), key=lambda f: f.start_char)
        principals = equivalents(doc)
        decided: dict[tuple[int, int], list[Group]] = {}
        for fact in facts:
            principal = principals.get((fact.start_char, fact.end_char))
            if principal is not None and principal in decided:
                owners = decided[principal]  # "$300m (TSh 693 billion)": the equivalent goes where its amount goes
            else:
                # (The owners first: a fact no rule gives to a project needs no filter, and most filters read more.)
                owners = owners_of(context, fact)
                if owners and is_filtered(context, fact):
                    owners = []
            decided[(fact.start_char, fact.end_char)] = owners
            for group in owners:
                add_fact(group, fact)
    return [
        ProjectRecord(
            title=group.title,
            acronym=group.acronym,
            mentions=[s.start_char for s in group.spans],
            countries=list(group.facts["countries"].values()),
            amounts=list(group.facts["amounts"].values()),
            dates=list(group.facts["dates"].values()),
        )
        for group in groups
    ]
