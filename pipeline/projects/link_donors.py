"""Countries a fact filter keeps from being a project's recipient: donors and funders ("funded by Japan",
"ILO/Japan", a country the document shows pledging money) and countries inside a body's name ("Kenya Power").

Filters of pipeline.projects.link_filters, split out of it: each is (context, fact) -> bool, True keeps the fact
away from every project.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .. import span_values  # (the module: span_values imports this package in turn)
from .link_context import LinkContext

DONOR_BEFORE = {"by", "from"}
DONOR_AFTER = {"-", "–", "/"}
# "committed Br 730 million of its own budget", "K 35 million in matching money": a recipient's own share, no gift.
COUNTERPART = re.compile(r"\b(?:counterpart|matching|own budget|co-?financ\w*)\b")
NAME_LINKS = {"de", "del", "da", "do", "das", "dos", "des", "du", "la", "le", "of", "for", "and", "y", "e", "et"}


def is_donor(context: LinkContext, fact: Span) -> bool:
    """A donor or funder is not a recipient: a DAC member, "funded by X", the "Japan" of "ILO/Japan"."""
    if fact.label_ != "COUNTRY":
        return False
    cues = context.vocabulary.donor_cues
    iso2 = span_values.span_value(fact).iso2  # (fact._.value, without an Underscore per read)
    if iso2 in context.vocabulary.donor_countries:
        return True
    # (Lower-case forms from the context's array: a Token per read costs more than the test.)
    neighbours = {context.lower[i] for i in (fact.start - 1, fact.end) if 0 <= i < len(context.lower)}
    if neighbours & context.vocabulary.donor_neighbours:
        return True  # "Brazilian cooperation", "la cooperación española": a donor's aid agency
    window = context.lower[max(0, fact.start - 5) : fact.start]
    if window and window[-1] in DONOR_BEFORE or any(w in DONOR_BEFORE for w in window[-3:]) and "," not in window[-3:]:
        if set(window) & cues or any(word in cues for word in context.lower[max(0, fact.start - 8) : fact.start]):
            return True
    texts, spaced = context.tokens.texts, context.tokens.spaced  # (the token table: no Token per read)
    if fact.end < len(texts) and texts[fact.end] in DONOR_AFTER and not spaced[fact.end - 1]:
        return True
    if fact.start > 0 and texts[fact.start - 1].endswith("/"):
        return True
    # "FAO-China Trust Fund": a country glued to an organization's acronym is its partner, the donor.
    if fact.start > 1 and texts[fact.start - 1] in DONOR_AFTER and not spaced[fact.start - 2] \
            and texts[fact.start - 2].isupper() and len(texts[fact.start - 2]) > 1:
        return True
    return iso2 in document_donors(context) or in_donor_field(context, fact)


# "provided by far the most", "contribue par le biais de", "aporta por medio de": "by" that brings in no agent.
NOT_AN_AGENT = (["by", "far"], ["par", "le", "biais"], ["por", "medio"], ["par", "l'intermédiaire"], ["por", "conducto"])


def document_donors(context: LinkContext) -> set[str]:
    """Countries the document shows giving ("Ruritania pledged $5 million", "Ruritania has committed ..."):
    this document's donors, whatever their other mentions say. "The Government of X adds ..." is a
    recipient's counterpart money and does not count."""
    if context.donors is None:
        verbs, lower, starts = context.vocabulary.giving_verbs, context.lower, context.offsets
        context.donors = set()
        money = context.money_tokens
        for country in context.spans["COUNTRY"]:
            before = lower[country.start - 1] if country.start else ""
            if before in {"of", "in", "to", "for", "with", "and", "from"}:
                continue
            after = lower[country.end : country.end + 3]
            if after and after[0] in {"'s", "’s"}:
                after = after[1:]
            verb = next((i for i, word in enumerate(after[:3]) if word in verbs), None)
            # ("... for X and Y, funded by a €2 million EU grant": a passive participle says who gave to
            # what the sentence is about, not what the country gives.)
            if verb is None:
                continue
            agent = lower[country.end + verb + 1 : country.end + verb + 4]
            if agent[:1] in (["by"], ["par"], ["por"]) and not any(agent[: len(words)] == words for words in NOT_AN_AGENT):
                continue
            # The gift must be an amount ("pledged $5 million"), and not the recipient's counterpart share.
            block = context.block_at(country.start_char)
            sentence = context.sentence_at(block, country.start_char) if block is not None else (0, 0)
            gift = {i for i in range(country.end, min(len(lower), country.end + verb + 9)) if starts[i] < sentence[1]}
            if money & gift and not COUNTERPART.search(context.text[slice(*sentence)].lower()):
                context.donors.add(span_values.span_value(country).iso2)
    return context.donors


def in_donor_field(context: LinkContext, fact: Span) -> bool:
    """"Donors, 2031 ....... Ruritania, Freedonia": a field of donors lists no recipients."""
    block = context.block_at(fact.start_char)
    if block is None or block.kind not in ("row", "record"):
        return False
    line = context.layout.line_at(fact.start_char)
    label = re.split(r"\.{3,}|:|\t|\s\|\s", context.text[line.content_start : line.end], maxsplit=1)[0].lower()
    return bool(set(re.findall(r"[a-z]+", label)) & context.vocabulary.donor_labels)


def in_organization_name(context: LinkContext, fact: Span) -> bool:
    """"Kenya Power Corporation", "Development Bank of Kenya": a country inside a body's name is not a recipient."""
    if fact.label_ != "COUNTRY":
        return False
    doc, heads = context.doc, context.vocabulary.organization_heads
    if fact.start in context.project_tokens:
        return False  # a country in a project's own title is rule 1's
    # (Words from the token table; a Token is built only for the stop-word and letters tests the table lacks.)
    texts, lower = context.tokens.texts, context.lower
    lowercase = 0
    for i in range(fact.end, min(fact.end + 3, len(texts))):
        if lower[i] in heads:
            return True
        # "a Ruritanian policy bank": up to two lowercase words between a demonym and its body's head
        lowercase += 0 if texts[i][:1].isupper() else 1 if span_values.span_value(fact).form == "demonym" else 3
        if lowercase > 2 or context.punct[i]:
            break
        token = doc[i]
        if token.is_stop or not token.is_alpha:
            break
    before = lower[max(0, fact.start - 2) : fact.start]
    if len(before) == 2 and before[1] == "of" and before[0] in heads:
        return True
    # "run by BlueWell Kenya and Amani Pumps Tanzania": a capitalized name that ends in a country word, after "by".
    if fact.start > 0 and texts[fact.start - 1][:1].isupper() and doc[fact.start - 1].is_alpha \
            and fact.start - 1 not in context.project_tokens:
        for i in reversed(range(max(0, fact.start - 8), fact.start - 1)):
            if lower[i] == "by":
                return True
            if not (texts[i][:1].isupper() or lower[i] in NAME_LINKS):
                break
    # "la Agencia Chilena de Puertos", "Agência Nacional de Estradas angolana": a head before, in a capitalized name.
    for i in reversed(range(max(0, fact.start - 5), fact.start)):
        if lower[i] in heads and texts[i][:1].isupper():
            return True
        if not (texts[i][:1].isupper() or lower[i] in NAME_LINKS):
            break
    return False
