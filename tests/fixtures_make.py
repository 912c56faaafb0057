"""Make the PDF and HTML test fixtures: `python -m tests.fixtures_make OUT_DIR`.

Everything here is invented except the shipped example (raw/), which is rendered as
a published factsheet would be: wrapped lines under a running header and footer in a
PDF, and a web page with navigation, a cookie banner and related posts around it.
PDFs are drawn with reportlab (BSD) with `invariant=1`, so each file is the same
bytes on every run.

The "trap" document is laid out so that a soft hyphen splits a project title at a
line end, and page breaks (each with a footer and the next page's header, which
itself holds a date) fall inside an amount and inside a date. Its gold annotations
(NAME.gold.json) are on the text a faithful converter gives, `TRAP_TEXT`.
"""

from __future__ import annotations

import html
import json
import sys
from itertools import permutations
from pathlib import Path

FONT, SIZE, LEADING = "Helvetica", 10, 12.5
PAGE_W, PAGE_H = 595.0, 842.0  # A4
LEFT, TOP, BOTTOM = 72.0, 90.0, 80.0
WIDTH = 300.0  # the text column
SHY = "\u00ad"  # where the layout may hyphenate a word

# (paragraph with soft hyphens marking where a word may split, the words that must end a page)
TRAP_PARAGRAPHS = [
    "Partnership brief on the Lakeside Basin",
    "The partners {a}met the district teams and reviewed the work plans with the local councils "
    "before the season. The Ministry of Water of the partner country then approved a grant of USD 4.5 "
    "million to {b}fund, with the district councils, the Coastal Resi" + SHY + "lience Programme (CRP), which builds flood barriers "
    "and early warning posts along the shore.",
    "The first phase of the programme is {c}due to close on 12 March 2027 after an external review, and a second "
    "phase is being prepared with the same partners.",
]
TRAP_GOLD = [  # (type, text, value): invented figures
    ("MONEY", "USD 4.5 million", {"amount": "4500000", "currency": "USD", "qualifier": "exact"}),
    ("PROJECT", "Coastal Resilience Programme (CRP)", {"title": "Coastal Resilience Programme", "acronym": "CRP"}),
    ("DATE", "12 March 2027", {"start": "2027-03-12", "end": "2027-03-12"}),
    ("MONEY", "USD 3.1 million", {"amount": "3100000", "currency": "USD", "qualifier": "exact"}),
    ("DATE", "2025-2027", {"start": "2025", "end": "2027"}),
    ("MONEY", "USD 1.4 million", {"amount": "1400000", "currency": "USD", "qualifier": "exact"}),
    ("DATE", "2025-2026", {"start": "2025", "end": "2026"}),
]
TRAP_TABLE = [["Component", "Budget", "Period"], ["Flood barriers", "USD 3.1 million", "2025-2027"],
              ["Warning posts", "USD 1.4 million", "2025-2026"]]
HEADER = "Lakeside Basin Partnership Brief, May 2024"
FOOTER = "Invented Agency for Examples | Page {page} of {pages}"


def wrap(text: str, width: float = WIDTH, hang: float = 0.0) -> list[str]:
    """Greedy line breaking on spaces, lines after the first `hang` points narrower;
    a word too long for the rest of a line splits at a soft hyphen."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(line: str, room: float) -> bool:
        return stringWidth(line.replace(SHY, ""), FONT, SIZE) <= room

    lines, current = [], ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        room = width - (hang if lines else 0.0)
        if fits(candidate, room):
            current = candidate
            continue
        parts = word.split(SHY)
        for cut in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:cut]) + "-"
            if current and fits(f"{current} {head}", room):
                lines.append(f"{current} {head}")
                word = SHY.join(parts[cut:])
                break
        else:
            lines.append(current)
        current = word
    lines.append(current)
    return [line.replace(SHY, "") for line in lines if line]


def draw_pdf(path: Path, pages: list[list[tuple[str, float, float]]], table: list[list[str]] | None = None) -> None:
    """pages: lines as (text, x, y-from-top); a ruled table goes under the last page's text."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    for number, lines in enumerate(pages, 1):
        pdf.setFont(FONT, 8)
        pdf.drawString(LEFT, PAGE_H - 50, HEADER)
        pdf.drawString(LEFT, 40, FOOTER.format(page=number, pages=len(pages)))
        pdf.setFont(FONT, SIZE)
        for text, x, y in lines:
            pdf.drawString(x, PAGE_H - y, text)
        if table and number == len(pages):
            y = (lines[-1][2] if lines else TOP) + 3 * LEADING
            widths = [120.0, 100.0, 80.0]
            height = 18.0
            for row_index, row in enumerate(table):
                x = LEFT
                for cell, cell_width in zip(row, widths):
                    pdf.rect(x, PAGE_H - y - height * (row_index + 1), cell_width, height)
                    pdf.drawString(x + 4, PAGE_H - y - height * (row_index + 1) + 6, cell)
                    x += cell_width
        pdf.showPage()
    pdf.save()


def layout(paragraphs: list[tuple[str, float]], breaks_after: set[int] = frozenset(), lines_per_page: int = 52) -> list[list[tuple[str, float, float]]]:
    """Paragraphs (text, indent; None for a blank line) to pages of placed lines.

    A page ends after lines_per_page lines, or after the line numbers in breaks_after.
    """
    pages, page, y, count = [], [], TOP, 0
    for text, indent in paragraphs:
        if text is None:
            y += LEADING * 0.8
            continue
        for index, line in enumerate(wrap(text, WIDTH - indent, 12.0 if indent else 0.0)):
            page.append((line, LEFT + indent + (12.0 if index and indent else 0.0), y))
            y += LEADING
            count += 1
            if count in breaks_after or len(page) >= lines_per_page:
                pages.append(page)
                page, y = [], TOP
    if page:
        pages.append(page)
    return pages


def trap_paragraphs() -> tuple[list[str], set[int]]:
    """The trap paragraphs with filler words chosen so that the amount and the date end a line
    (where a page break is then put) and the title's soft hyphen is used."""
    adverbs = ["now", "also", "jointly", "formally", "largely", "again", "still"]
    fillers = [" ".join(combo) + " " if combo else "" for size in range(4) for combo in permutations(adverbs, size)]
    wanted = {"a": "USD 4.5", "b": "Resi-", "c": "12 March"}
    chosen = {"a": "", "b": "", "c": ""}
    for slot, ending in wanted.items():  # in order: filler a moves the lines that b depends on
        for chosen[slot] in fillers:
            paragraphs = [p.format(**chosen) for p in TRAP_PARAGRAPHS]
            if any(line.endswith(ending) for p in paragraphs for line in wrap(p)):
                break
        else:
            raise RuntimeError(f"no filler ends a line with {ending!r}; change TRAP_PARAGRAPHS")
    lines = [line for p in paragraphs for line in wrap(p)]
    breaks = {i for i, line in enumerate(lines, 1) if line.endswith((wanted["a"], wanted["c"]))}
    return paragraphs, breaks


def trap_text() -> str:
    paragraphs, _ = trap_paragraphs()
    rows = "\n".join(" | ".join(row) for row in TRAP_TABLE)
    return "\n\n".join(p.replace(SHY, "") for p in paragraphs) + "\n\n" + rows + "\n"


def make_trap(folder: Path) -> None:
    paragraphs, breaks = trap_paragraphs()
    placed = []
    for index, paragraph in enumerate(paragraphs):
        if index:
            placed.append((None, 0.0))
        placed.append((paragraph, 0.0))
    draw_pdf(folder / "trap.pdf", layout(placed, breaks), table=TRAP_TABLE)
    text = trap_text()
    mentions = []
    for kind, surface, value in TRAP_GOLD:
        start = text.index(surface)
        mentions.append({"type": kind, "start": start, "end": start + len(surface), "text": surface, "value": value})
    gold = {"doc": "trap.pdf", "mentions": sorted(mentions, key=lambda m: m["start"])}
    (folder / "trap.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def example_pdf(source: Path, target: Path) -> None:
    """A plain-text factsheet as a wrapped, paginated PDF: each text line a paragraph, indented lines as list items."""
    placed = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            placed.append((None, 0.0))
        else:
            placed.append((" ".join(line.split()), 12.0 if line.startswith(" ") else 0.0))
    draw_pdf(target, layout(placed, lines_per_page=40))


def example_html(source: Path, target: Path) -> None:
    """A plain-text factsheet as a web page: short lines between blank lines are headings,
    indented numbered lines an ordered list; around it page furniture that holds dates,
    amounts and countries of its own, all of which a converter must leave out."""
    blocks, in_list = [], False
    lines = source.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        text = html.escape(" ".join(line.split()))
        if not text:
            continue
        if line.startswith(" ") and text.split(" ", 1)[0].rstrip(".").isdigit():
            if not in_list:
                blocks.append("<ol>")
                in_list = True
            blocks.append(f"<li>{text.split(' ', 1)[1]}</li>")
            continue
        if in_list:
            blocks.append("</ol>")
            in_list = False
        alone = (index == 0 or not lines[index - 1].strip()) and (index + 1 == len(lines) or not lines[index + 1].strip())
        tag = "h2" if alone and len(text) < 120 and not text.endswith(".") else "p"
        blocks.append(f"<{tag}>{text}</{tag}>")
    if in_list:
        blocks.append("</ol>")
    body = "\n".join(blocks)
    target.write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Factsheet</title>
<script>var since = "January 2020";</script><style>p {{ margin: 0 }}</style></head>
<body>
<div class="cookie-banner" role="dialog">We use cookies since 1 May 2018. <button>Accept</button></div>
<header class="site-header"><a href="/">Invented Agency</a>
<nav><ul><li><a href="/kenya">Kenya</a></li><li><a href="/peru">Peru</a></li><li><a href="/2021">Results 2021</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; Germany &rsaquo; Factsheets</div>
<main>
{body}
</main>
<aside class="related-posts"><h3>Related posts</h3><ul>
<li>Brazil pledges EUR 3 million to the Harbour Renewal Programme (2022)</li></ul></aside>
<footer>&copy; 2024 Invented Agency &middot; Norway office</footer>
</body></html>
""", encoding="utf-8")


def make_all(folder: Path, example: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    make_trap(folder)
    example_pdf(example, folder / f"{example.stem}.pdf")
    example_html(example, folder / f"{example.stem}.html")


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    make_all(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "fixtures-out", root / "raw" / "ilo-japan-cooperation.txt")
