"""A release's dateline as the day of what its first sentence says was done that day.

"Port Town, 9 April 2031. The ministry and the bank today signed the loan for the X Programme.": the
dateline names no project, but the sentence after it says the signing was "today"; the annotators tie the
dateline to the project as its signing date (spec: a project's dates include its approval and signing).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .link_clauses import fact_sentence
from .link_context import Group, LinkContext
from .link_lead_ins import DATELINE_PLACE
from .link_sheet import WORD

# "today", "this morning", and the French, Spanish and Portuguese words for them ("hoy", "aujourd'hui", "ce jour",
# "hoje", "ce matin", "esta mañana", "esta manhã").
# ("hoy en día", "today's": nowadays, of today.)
TODAY = re.compile(r"(?i)\b(?:today(?!['’]s)|this\s+morning|hoy(?!\s+en\s+d[ií]a)|hoje|aujourd['’]hui|ce\s+jour|ce\s+matin"
                   r"|esta\s+mañana|esta\s+manhã)\b")


def dateline_of_the_day(context: LinkContext, fact: Span) -> Optional[list[Group]]:
    """The dateline opening a paragraph goes to the project its next sentence names, when that sentence says what
    was done "today" with a word that dates a project (signed, approved, launched)."""
    if fact.label_ != "DATE":
        return None
    found = fact_sentence(context, fact)
    if found is None:
        return None
    block, sentence = found
    text = context.text
    if sentence[0] != block.start or not DATELINE_PLACE.fullmatch(text[sentence[0] : fact.start_char] + text[fact.end_char : sentence[1]]):
        return None
    following = next((s for s in block.sentences if s[0] >= sentence[1]), None)
    if following is None or not TODAY.search(text, *following):
        return None
    # The project must be what was signed: named after the signing word with no comma between ("signed the loan for
    # the X Programme"; not "signed a loan for a utility, drawing on lessons from the X Programme").
    cues = [m for m in WORD.finditer(text, *following) if m.group().lower() in context.vocabulary.project_date_cues]
    named = context.spans_in(*following)
    if not cues or not named or named[0].start_char < cues[0].end() or "," in text[cues[0].end() : named[0].start_char]:
        return None
    return [context.owner(named[0])]
