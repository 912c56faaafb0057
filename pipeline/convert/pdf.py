"""PDF -> text with pdfplumber: reading order, joined hyphenation, no running headers, pipe tables.

pdfplumber (MIT, on pdfminer.six) gives each word with its position and font size;
the page is rebuilt from those:

- words are grouped into lines top to bottom, and lines into paragraphs: a line is
  joined to the next when the next line's first word would not have fitted at its
  end (the line was wrapped, not ended); a word hyphenated at a wrapped line end is
  joined again (`Resili-` + `ence`) unless the next part starts with a capital or
  the hyphenated form occurs elsewhere in the document (`two-year`);
- lines at the top or bottom edge of a page that repeat on other pages (digits
  ignored: `Page 1 of 3`) are running headers and footers, and are dropped, as is a
  bare page number there;
- ruled tables become one row per line, cells separated by ` | `;
- a page break is a blank line, unless a paragraph runs on over it.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field

from . import ConversionError

EDGE_LINES = 2  # how many lines at each page edge may be a running header or footer
# "3", "- 3 -", "Page 3", "3 of 12", "3/12"; not four digits, which is more likely a year.
PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,3})?$", re.IGNORECASE)
LIST_MARKER = re.compile(r"^(?:[•·●▪◦*\-–—]|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)])$")
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "\u00ad": None})


@dataclass
class Line:
    words: list[dict]
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    table: list[str] = field(default_factory=list)  # rows, for a table block

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    @property
    def first_word_width(self) -> float:
        return self.words[0]["x1"] - self.words[0]["x0"] if self.words else 0.0


def convert(raw: bytes) -> str:
    """The text of a PDF, as the rules should read it."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(raw))
        pages_lines = []
        images = 0
        with pdf:
            for page in pdf.pages:
                pages_lines.append(_page_lines(page))
                images += len(page.images)
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if "password" in type(cause).__name__.lower() or "encrypt" in str(cause).lower():
            raise ConversionError("encrypted PDF: decrypt it first (for example `qpdf --decrypt IN OUT`)") from None
        raise ConversionError(f"not a readable PDF ({type(cause).__name__}: {cause})") from None
    except Exception as error:  # pdfminer raises many kinds on a broken file
        raise ConversionError(f"not a readable PDF ({type(error).__name__}: {error})") from None
    if not any(pages_lines):
        if images:
            raise ConversionError("scanned PDF without a text layer: run OCR first")
        raise ConversionError("PDF without any text (empty pages)")
    pages_lines = _drop_running_lines(pages_lines)
    if not any(line.words or line.table for page in pages_lines for line in page):
        raise ConversionError("PDF holds only running headers, footers and page numbers, no text")
    return _assemble(pages_lines)


def _page_lines(page) -> list[Line]:
    """Lines and table blocks of one page, top to bottom."""
    # A ruled box of one column (a frame, a call-out) is not a table: its lines stay text.
    tables = [table for table in page.find_tables() if max((len(row.cells) for row in table.rows), default=0) >= 2]
    blocks = []
    for table in tables:
        rows = [" | ".join(_clean(cell or "") for cell in row) for row in table.extract()]
        rows = [row for row in rows if row.replace("|", "").strip()]
        if rows:
            x0, top, x1, bottom = table.bbox
            blocks.append(Line([], top, bottom, x0, x1, 0.0, table=rows))
    boxes = [table.bbox for table in tables]
    words = [
        w for w in page.extract_words(extra_attrs=["size"], keep_blank_chars=False)
        if not any(x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom
                   for x0, top, x1, bottom in boxes)
    ]
    for word in words:
        word["text"] = word["text"].translate(LIGATURES)
    words = [w for w in words if w["text"]]
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        line = lines[-1] if lines else None
        # Same line when the word's top is within half its height of the line's top.
        if line is not None and abs(word["top"] - line.top) <= word["size"] / 2:
            line.words.append(word)
            line.bottom, line.x0, line.x1 = max(line.bottom, word["bottom"]), min(line.x0, word["x0"]), max(line.x1, word["x1"])
            line.size = max(line.size, word["size"])
        else:
            lines.append(Line([word], word["top"], word["bottom"], word["x0"], word["x1"], word["size"]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return sorted(lines + blocks, key=lambda item: item.top)


def _clean(cell: str) -> str:
    return " ".join(cell.translate(LIGATURES).split())


def _edge_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.lower()) if line.words else ""


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without their running headers, footers and page numbers.

    Only lines in an unbroken run from a page's top or bottom edge count: a line
    repeated mid-page is content.
    """
    def edges(page: list[Line]) -> list[Line]:
        return page[:EDGE_LINES] + page[max(EDGE_LINES, len(page) - EDGE_LINES):]

    counts = Counter(key for page in pages for key in {_edge_key(line) for line in edges(page)} if key)
    needed = max(2, (len(pages) + 1) // 2)

    def running(line: Line) -> bool:
        return bool(line.words) and (counts[_edge_key(line)] >= needed or bool(PAGE_NUMBER.match(line.text)))

    cleaned = []
    for page in pages:
        first, last = 0, len(page)
        while first < min(EDGE_LINES, last) and running(page[first]):
            first += 1
        while last > max(first, len(page) - EDGE_LINES) and running(page[last - 1]):
            last -= 1
        cleaned.append(page[first:last])
    return cleaned


def _assemble(pages: list[list[Line]]) -> str:
    """Join lines into paragraphs and pages into one text."""
    # The right edge of the text column, per font size: where a wrapped line ends. Most
    # lines of running text end near it; a few stray wider lines (a date in the margin)
    # must not move it, so the widest tenth of the lines is set aside (none of a short page).
    ends: dict[float, list[float]] = {}
    for line in (line for page in pages for line in page if line.words):
        ends.setdefault(round(line.size), []).append(line.x1)
    right = {size: sorted(x1s)[len(x1s) - 1 - len(x1s) // 10] for size, x1s in ends.items()}
    hyphenated_forms = _hyphenated_words(pages)
    out: list[str] = []
    previous: Line | None = None
    previous_page = -1
    for page_index, page in enumerate(pages):
        for line in page:
            if previous is None:
                out.append(_render(line))
            else:
                new_page = page_index != previous_page
                out.append(_separator(previous, line, right, new_page, hyphenated_forms, out))
                out.append(_render(line))
            previous, previous_page = line, page_index
    text = "".join(out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def _render(line: Line) -> str:
    return "\n".join(line.table) if line.table else line.text


def _separator(previous: Line, line: Line, right: dict[float, float], new_page: bool, hyphenated: set[str], out: list[str]) -> str:
    """What goes between two consecutive lines: a space (same paragraph), a newline, or a blank line."""
    if previous.table or line.table:
        return "\n\n"
    if _wrapped(previous, line, right[round(previous.size)]):
        last = previous.words[-1]["text"]
        first = line.words[0]["text"]
        if re.search(r"[^\W\d_]-$", last) and first[:1].islower():
            joined = last + first
            if joined.lower().rstrip(".,;:") not in hyphenated:
                out[-1] = out[-1][:-1]  # drop the hyphen: the word was split only to fit
            return ""
        return " "
    if new_page:
        return "\n\n"
    gap = line.top - previous.bottom
    return "\n\n" if gap > 0.6 * max(previous.size, line.size) else "\n"


def _wrapped(previous: Line, line: Line, right: float) -> bool:
    """The previous line was broken only because the next word did not fit."""
    if abs(previous.size - line.size) > 0.5 or LIST_MARKER.match(line.words[0]["text"]):
        return False
    space = previous.size * 0.28
    return previous.x1 + space + line.first_word_width > right + 0.5


def _hyphenated_words(pages: list[list[Line]]) -> set[str]:
    """Hyphenated words written whole inside a line somewhere (`two-year`), to keep their hyphen."""
    forms = set()
    for page in pages:
        for line in page:
            for word in line.words[:-1]:
                if "-" in word["text"].strip("-"):
                    forms.add(word["text"].lower().rstrip(".,;:"))
    return forms
