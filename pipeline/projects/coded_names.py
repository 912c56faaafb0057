"""Names after a project code: agency sites open a record line with the operation's identifier,
then its title ("AB-1234-X: Hill Water Works", "• XY042 Hill Water Works – USD 2 million",
"ZZ-GOV-1-1234-101  Hill Water Works  |  £2,000,000", "Loan 1234-EL: Hill Water Works", "P123456 - Hill Water
Works"). The code is outside the name (spec: a project code is not part of the title); the title runs to the line's
next field (a spaced dash, a pipe, a wide gap) or its sentence's end.
"""

from __future__ import annotations

import re

from .context import DetectionContext
from .filters import ITEM_REJECTIONS, rejection
from .item_names import whole_item

# An identifier: capitals and digits joined by hyphens, slashes or dots, holding a digit and two capitals
# ("FP087", "AB-L1234", "ZZ-GOV-1-1234-101"), a capital and five digits or more ("P123456"), or an instrument
# word and a number ("Loan 1234-EL", "TA 987").
CODE = (r"(?:(?:Loan|Grant|Credit|TA|Project|Prêt|Préstamo)\s+\d{3,}(?:[-/][A-Z0-9]+)*|[A-Z]\d{5,}"
        r"|(?=[A-Z0-9./-]*\d)(?=(?:[0-9./-]*[A-Z]){2})[A-Z][A-Z0-9]*(?:[-/.][A-Z0-9]+)*)")
# The code, then a colon (" : " in French and Spanish pages), a spaced dash or a wide gap; a single space only in
# a bulleted item.
CODED_LINE = re.compile(rf"^[ \t•*\-–]*{CODE}(?P<sep>[ \t]*:[ \t]+|[ \t]+[-–—][ \t]+|[ \t]{{2,}}|[ \t])(?P<title>[A-Z][^|]*?)"
                        r"(?=[ \t]{2,}|[ \t]*\||\.\s|\.?$)")
# A record's number before a spaced dash: a capital and five digits or more, capitals, a hyphen and three digits, or
# two to four capitals glued to three digits or more ("SAP038"; not a year, "FY2031", "EU2020", nor a standard, "ISO9001").
DASHED_CODE = re.compile(r"[A-Z]\d{5,}|[A-Z]{2,}-[A-Z]?\d{3,}(?:-[A-Z0-9]+)*|(?!ISO)[A-Z]{2,4}(?!(?:19|20)\d\d\b)\d{3,}")
# A phase or an additional financing after a spaced dash is the title's own, not the line's next field.
PHASE_AFTER_DASH = re.compile(r"\s[–—-]\s(?=(?:Phase|Fase|Tranche|Stage|Etapa|Additional\s+Financing"
                              r"|Financement\s+additionnel|Financiamiento\s+adicional)\b)", re.IGNORECASE)


def _title_case(ctx: DetectionContext, start_char: int, end_char: int) -> bool:
    """"Evaluation and learning" is a budget line, not a title: a title capitalizes its content words."""
    tokens = ctx.token_range(start_char, end_char)
    if tokens is None:
        return False
    words = [i for i in range(*tokens) if ctx.texts[i].isalpha() and ctx.texts[i].lower() not in ctx.vocab.function_words
             and ctx.texts[i].lower() not in ctx.vocab.foreign_function_words]
    return len(words) >= 2 and all(ctx.is_capitalized(i) for i in words)


# "HWS-2: LOAN PROCEEDS": an acronym with a phase or a piece hyphened on, alone before the line's funding source.
LONE_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)+(?=:\s)")
# After an acronym's parenthesis, a comma, unless a phase follows ("(HWS), PHASE II").
COMMA_AFTER_ACRONYM = re.compile(r"(?<=\)),\s(?!(?:PHASE|TRANCHE|STAGE|ADDITIONAL\s+FINANCING)\b)")


def _budget_line_stops(ctx: DetectionContext, title: str) -> list[int]:
    """In a budget's capitals, a spaced hyphen parts a title that has its head from its financier ("HILL DAMS PROJECT
    - WORLD BANK"; "LAKE ROADS - NORTH CORRIDOR PROJECT" is one title), and a comma after its acronym parts it from its
    place ("HILL WELLS SCHEME (HWS), LAKE BASIN")."""
    heads = {head.upper() for head in ctx.vocab.project_heads}
    stops = [m.start() for m in re.finditer(r"\s-\s(?=[A-Z]{2})", title)
             if (set(re.findall(r"[A-Z]+", title[: m.start()])) & heads or title[: m.start()].endswith(")"))
             and not PHASE_AFTER_DASH.match(title, m.start())]
    return stops + [m.start() for m in COMMA_AFTER_ACRONYM.finditer(title)]


def coded_names(ctx: DetectionContext) -> None:
    """The title after a project code opening a line."""
    for line in ctx.layout.lines:
        if line.kind == "blank":
            continue
        match = CODED_LINE.match(ctx.layout.text[line.start : line.end])
        if not match or (match["sep"] in (" ", "\t") and line.kind != "item"):
            continue
        # "P123456 - Hill Farms Project": before a spaced dash, only a record's number ("ABC-2 – Hill Farms Programme" in
        # a glossary spells an acronym out; "FY2031 - Annual Work Plan" dates a plan).
        if match["sep"].strip() in ("-", "–", "—") and not DASHED_CODE.fullmatch(match.group(0)[: match.start("sep")].strip(" \t•*-–")):
            continue
        start_char, end_char = line.start + match.start("title"), line.start + match.end("title")
        # The code is no part of any name a later finder reads on this line.
        code = ctx.token_range(line.start, line.start + match.start("sep"))
        for i in range(*code) if code else ():
            ctx.taken[i] = True
        title = match["title"]
        # The title's own fields end it ("Hill Water Works – USD 2 million"), a phase does not ("– Phase II").
        # So do its number in parentheses and a figure after a comma ("X (00991234), 2031-2033", "X, US$ 1,200,000").
        stops = [m.start() for m in re.finditer(r"\s[–—]\s|;|\s\(\d[\d\s./-]*\)|,\s(?=[\d$€£¥]|[A-Z]{2,3}\$?\s?\d)(?!\d+(?:st|nd|rd|th)\b)",
                                                title) if not PHASE_AFTER_DASH.match(title, m.start())]
        if title.isupper():
            financier = _budget_line_stops(ctx, title)
            stops += financier
            # (The financier is no name a later finder may read: "WORLD BANK CREDIT".)
            rest = ctx.token_range(start_char + min(financier), line.end) if financier else None
            for i in range(*rest) if rest else ():
                ctx.taken[i] = True
        lone_acronym = LONE_ACRONYM.match(title)
        if lone_acronym and all(sum(c.isupper() for c in word) >= 2 for word in title[lone_acronym.end() + 1 :].split()):
            acronym = ctx.token_range(start_char, start_char + lone_acronym.end())
            if acronym is not None and rejection(ctx, *acronym, ITEM_REJECTIONS) is None:
                ctx.add(*acronym, "acronym-item")
            continue
        if stops:
            end_char = start_char + min(stops)
        if _title_case(ctx, start_char, end_char):
            whole_item(ctx, start_char, end_char, "coded-name", cut_after_acronym=False)
