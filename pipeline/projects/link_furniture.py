"""Page furniture: the lines of a page that belong to no block (spec: a paragraph runs on across a page break).

Page numbers, rules of dashes, copyright footers, and running headers and footers (a
non-sentence line repeated on several pages). The linking context skips them.
"""

from __future__ import annotations

import re
from collections import Counter

from ..layout import Layout
from .link_line_shapes import FIELD

PAGE_AT_END = re.compile(r"\s+(?:page|p\.)\s*\d+\s*$", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"^(?:page\s+\d+(?:\s+(?:of|/)\s+\d+)?|-?\s*\d{1,3}\s*-?|\d+\s*/\s*\d+)$", re.IGNORECASE)
# "Mid-Term Review | March 2025     Page 1 of 3": a running header or footer that carries the page number.
PAGE_OF = re.compile(r"\bpage\s+\d+\s+(?:of|/)\s+\d+\s*$", re.IGNORECASE)
# "© 2026 The Bank. Headquarters: ...": a web page's or report's copyright footer.
COPYRIGHT = re.compile(r"^(?:©|copyright\b)", re.IGNORECASE)  # not "(c)", a list marker
# "View project →", "Read more >": the link closing each entry of a listing, repeated but no running header;
# the blank line after it ends the entry.
LINK_LABEL = re.compile(r"[→›»>]\s*$")
# "( ) under EUR 50,000   ( ) over EUR 250,000", "Email*  [        ]" (spaces already single): radio buttons, boxes.
FORM_CONTROL = re.compile(r"\( \)|\[ \]")
RULE_LINE = re.compile(r"^[\s\-–—=_*~.|:─━═]{3,}$")  # also a pipe table's "|---|:---|" separator and box-drawing rules
# (What a rule line opens with, and a page number or copyright line ends or opens with, are tested before their
# regexes: the lines, joined by single spaces, open and end on no blank.)
RULE_MARKS = frozenset("-–—=_*~.|:─━═")


def noise_lines(layout: Layout) -> set[int]:
    """Page furniture: page numbers, rules of dashes, and non-sentence lines repeated on several pages."""
    text = layout.text
    # "... Portfolio annex    page 3": a running header is the same line but for its page number.
    # (Both page patterns end in a number: a line that does not is not searched for them.)
    content = {line.index: _without_page(" ".join(text[line.start : line.end].split()))
               for line in layout.lines if line.kind != "blank"}
    repeated = Counter(content.values())
    noise = {index for index, words in content.items()
             if (words[-1:].isdecimal() or words.endswith("-")) and PAGE_NUMBER.match(words)
             or words[:1] in RULE_MARKS and RULE_LINE.match(words) or words[-1:].isdecimal() and PAGE_OF.search(words)
             or words[:1] in ("©", "c", "C") and COPYRIGHT.match(words)}
    near_page_break = {i + step for i in noise for step in range(-3, 4)}
    for index, words in content.items():
        # A line repeated on every page: three times or more, or twice beside a page number or rule.
        # (A table-of-contents entry repeated once as its section's heading is no furniture; nor is a
        # "Status: Ongoing" field repeated in card after card, set under another field of its card.)
        if repeated[words] >= 2 and len(words.split()) >= 3 and not words.endswith((".", ":", ";", ",")) \
                and not LINK_LABEL.search(words) and not (FIELD.match(words) and FIELD.match(content.get(index - 1, ""))) \
                and (repeated[words] >= 3 or any(i in near_page_break for i, w in content.items() if w == words)):
            noise.add(index)
    # A web form's controls: the amounts and dates on their lines are choices offered, no project's facts.
    noise.update(index for index, words in content.items() if ("( )" in words or "[ ]" in words) and FORM_CONTROL.search(words))
    return noise


def _without_page(words: str) -> str:
    return PAGE_AT_END.sub("", words) if words[-1:].isdecimal() else words


def fences(layout: Layout, noise: set[int]) -> list[int]:
    """Rule lines that set parts of a page apart ("-----" between the entries of a listing), not the rule
    of a page break (furniture with a page number, "page 3" or "– 2 –", within three lines of it) nor the rule
    under the header of a Markdown table that a numbered item leads in ("4. Works costs (US$ million):" over
    "| Component | Cost |" / "|---|---:|", the items going on below it)."""
    text, lines = layout.text, layout.lines

    def words(index: int) -> str:
        return " ".join(text[lines[index].start : lines[index].end].split())

    def under_header(index: int) -> bool:
        if not ("|" in words(index) and 1 < index < len(lines) - 1 and "|" in words(index - 1)
                and lines[index - 1].kind == lines[index + 1].kind == "row"):
            return False
        above = next((k for k in range(index - 2, max(-1, index - 5), -1) if lines[k].kind != "blank"), None)
        return above is not None and lines[above].kind == "item" and words(above).endswith(":")

    numbers = [i for i in noise if not RULE_LINE.match(words(i)) and any(c.isdigit() for c in words(i))]
    return [i for i in sorted(noise) if RULE_LINE.match(words(i)) and not any(abs(i - n) <= 3 for n in numbers)
            and not under_header(i)]
