"""The shapes of a page's lines that decide the linker's blocks (pipeline.projects.link_context): field labels,
coded record lines, wrapped rows, tab and CSV rows, list markers."""

from __future__ import annotations

import re
from typing import Optional

from ..initials import initial_phrases
from ..layout import Layout, Line

# "Amount:        EUR 5 million": a field label, a colon and a wide gap (a key-value sheet); "program_name: X", an
# export's field name.
KEY_VALUE = re.compile(r"^\s*(?:[A-Z][^:\n]{0,40}:\s{2,}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+:\s+)\S")
# Within a record, a field whose long label leaves one space: "Expected commissioning: May 2012".
FIELD = re.compile(r"^\s*(?:[A-Z][^:\n]{0,40}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+):\s+\S")
# In an export's record (its first field "program_name: X"), a one-word field too: "status: achieved".
EXPORT_FIELD = re.compile(r"^\s*[a-z][a-z0-9]*(?:_[a-z0-9]+)+:\s+\S")
EXPORT_WORD_FIELD = re.compile(r"^\s*[a-z][a-z0-9]*:\s+\S")
EMPTY_FIELD = re.compile(r"^\s*[A-Z][\w /()&.-]{0,30}:\s*$")  # "Country:" left blank on a project card
# "Project name ............ X" (or "Name ...... X" alone): the field that opens a sheet of dot-leader fields.
# "Project Title       : X": or by a colon set off with spaces, as a printed digest aligns its fields.
NAME_LEADER = re.compile(r"^\s*(?:(?:project|programme|program|operation|activity|grant)(?:\s+(?:name|title))?|name|title)"
                         r"(?:\s*\.{3,}|\s+:\s)",
                         re.IGNORECASE)
DOTTED_NUMBER = re.compile(r"\d+((?:\.\d+)+)\.?\s")
# "These four operations show ...", "all three projects": prose about a whole numbered list, after its last item.
SUMMING_UP = initial_phrases(["These", "these", "All", "all", "The", "the"],
                             r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?"
                             r"(?:operations|projects|programmes|programs|loans|grants|credits)\b")
# "SDX-31/0442/WASH/0815 – Meadow Wells Scheme – Ruritania Red Cross –": a record line opening with a reference code
# (capitals and digits) and a spaced dash; its wrapped continuation is indented under it.
CODED_RECORD = re.compile(r"^\s*(?=[\w./-]*[A-Z])(?=[\w./-]*\d)[A-Z0-9][\w./-]{3,}\s+[–—-]\s+\S")
WRAPPED_ROW_END = re.compile(r"[,–—]\s*$")
# Little words no title ends with: a line that ends with one is a sentence wrapped onto the next line.
CUT_AFTER = {"to", "of", "for", "and", "or", "the", "a", "an", "in", "with", "from", "by", "on", "at", "into", "than",
             "its", "their", "which", "that", "de", "du", "des", "la", "le", "et", "del", "y"}
# "Kenya<TAB>Rural Roads Project<TAB>$5 million": a row of a tab-separated table.
TAB_ROW = re.compile(r"\S\t+\S")
# '"GR-07","Coastal Wells","Ruritania","USD","250,000"': a row of a CSV export with quoted fields (commas inside
# a field, as in "250,000", are no cell borders; a quote, a comma and a quote are).
CSV_ROW = re.compile(r'^\s*"[^"\n]*"(?:, ?"[^"\n]*"){3,}\s*$')


def line_indent(text: str, line: Line) -> int:
    raw = text[line.start : line.end]
    return len(raw) - len(raw.lstrip())


def marker_style(marker: str) -> Optional[str]:
    core = marker.strip("().")
    if not core:
        return None
    if re.fullmatch(r"[IVX]+", core) and len(core) > 1 or core in {"I", "V", "X"} and marker.endswith("."):
        return "roman-upper" if core.isupper() else "roman-lower"
    if re.fullmatch(r"[ivx]+", core):
        return "roman-lower"
    if core.isdigit():
        return "digit"
    if core.isupper():
        return "letter-upper"
    return "letter-lower"


# A numbered marker: "3.", "3)", "(3)".
NUMBER_MARKER = re.compile(r"\(?(\d{1,2})[.)]\s*")


def title_block_end(layout: Layout) -> int:
    """The end of the document's opening lines (up to the first blank line)."""
    end = 0
    for line in layout.lines:
        if line.kind == "blank" and end:
            break
        end = line.end
    return end
