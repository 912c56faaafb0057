"""HTML -> text with selectolax: the main content only, blocks on their own lines, pipe tables.

selectolax (MIT, on the lexbor HTML5 parser) parses the page as a browser would and
decodes entities; the walk below keeps what a reader of the page reads:

- the main content: `<main>` (or `role="main"`, or the page's only `<article>`), else
  the body; navigation, asides, forms, scripts, cookie banners, "related posts",
  share bars and hidden elements are skipped wherever they are;
- headings, paragraphs, tables and lists are separated by a blank line; list items
  (with their `•` or `1.` marker), table rows and `<br>` start a new line;
- a table row is its cells separated by ` | `;
- runs of spaces collapse to one (a non-breaking space counts as a space).
"""

from __future__ import annotations

import re
from typing import Optional

from . import ConversionError

SKIPPED_TAGS = frozenset({
    "head", "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select",
    "textarea", "iframe", "svg", "canvas", "dialog", "footer", "object", "embed", "img", "video", "audio",
})
SKIPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"})
# Words in class or id that mark page furniture rather than content.
BOILERPLATE = frozenset({
    "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "related", "share", "sharing", "social",
    "newsletter", "sidebar", "menu", "navbar", "nav", "navigation", "skip", "advert", "advertisement", "ads",
    "promo", "subscribe", "comments", "pagination", "popup", "modal",
})
BLANK_LINE_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "dl", "address", "hr"})
LINE_TAGS = frozenset({
    "div", "section", "article", "main", "header", "figcaption", "dt", "dd", "caption", "details", "summary",
    "center", "body", "li", "tr",
})
SPACES = re.compile(r"[ \t\n\r\f\u00a0\u2007\u202f]+")
INVISIBLE = str.maketrans({"\u00ad": None, "\u200b": None, "\ufeff": None})
LIST_START = "list-start"  # a break: a newline after a lead-in ending in ":", else a blank line
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def convert(raw: bytes) -> str:
    """The main-content text of an HTML page, as the rules should read it."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(_decode(raw))
    root = _main_content(tree)
    out: list = []
    if root is not None:
        _walk(root, out, depth=0)
    text = _join(out)
    if not text.strip():
        raise ConversionError("no text in the page's main content (empty page, or content built by JavaScript)")
    return text


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        declared = META_CHARSET.search(raw[:4096])
        encoding = declared.group(1).decode("ascii") if declared else "windows-1252"
        try:
            return raw.decode(encoding, errors="replace")
        except LookupError:
            return raw.decode("windows-1252", errors="replace")


def _main_content(tree) -> Optional[object]:
    for selector in ("main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None:
            return node
    articles = tree.css("article")
    if len(articles) == 1:
        return articles[0]
    return tree.body


def _skipped(node) -> bool:
    tag = node.tag
    if tag in SKIPPED_TAGS:
        return True
    attributes = node.attributes
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if (attributes.get("role") or "").lower() in SKIPPED_ROLES:
        return True
    if re.search(r"display\s*:\s*none", attributes.get("style") or ""):
        return True
    words = re.split(r"[\s_-]+", f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower())
    if BOILERPLATE.intersection(words):
        return True
    # A page-level header is furniture unless it carries the page's heading.
    return tag == "header" and node.css_first("h1, h2") is None


def _walk(node, out: list, depth: int) -> None:
    """Append text pieces (str) and breaks (1 = newline, 2 = blank line) for node's children."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append(SPACES.sub(" ", (child.text(deep=False) or "").translate(INVISIBLE)))
        elif tag == "br":
            out.append(1)
        elif tag.startswith("-") or _skipped(child):
            continue
        elif tag in ("ul", "ol"):
            _list(child, out, depth)  # lead-in ":" and list stay together, as in a text file
        elif tag == "table":
            _table(child, out)
        elif tag in BLANK_LINE_TAGS:
            out.append(2)
            _walk(child, out, depth)
            out.append(2)
        elif tag in LINE_TAGS:
            out.append(1)
            _walk(child, out, depth)
            out.append(1)
        else:
            _walk(child, out, depth)


def _list(node, out: list, depth: int) -> None:
    ordered = node.tag == "ol"
    try:
        number = int(node.attributes.get("start") or 1)
    except ValueError:
        number = 1
    out.append(LIST_START if depth == 0 else 1)
    for item in node.iter():
        if item.tag != "li" or _skipped(item):
            continue
        out.append(1)
        out.append(("marker", "  " * depth + (f"{number}. " if ordered else "• ")))
        number += 1
        _walk(item, out, depth + 1)
        out.append(1)
    out.append(2 if depth == 0 else 1)


def _table(node, out: list) -> None:
    out.append(2)
    for row in node.css("tr"):
        cells = []
        for cell in row.iter():
            if cell.tag in ("td", "th"):
                pieces: list = []
                _walk(cell, pieces, depth=0)
                cells.append(" ".join(piece for piece in pieces if isinstance(piece, str)).strip())
        cells = [SPACES.sub(" ", cell) for cell in cells]
        if any(cells):
            out.append(1)
            out.append(" | ".join(cells))
            out.append(1)
    out.append(2)


def _join(out: list) -> str:
    """Text pieces, list markers and breaks to lines: breaks in a row count as the largest."""
    lines: list[str] = []
    current, pending = "", 0
    for piece in out:
        if piece is LIST_START:
            pending = 1 if current.rstrip().endswith(":") else max(pending, 2)
            continue
        if isinstance(piece, int):
            pending = max(pending, piece)
            continue
        text = piece[1] if isinstance(piece, tuple) else piece  # a tuple is a list marker, kept as is
        if isinstance(piece, str) and (pending or not current.strip() or current.endswith(" ")):
            text = text.lstrip()
        if not text:
            continue
        if pending and current.strip():
            lines.append(current.rstrip())
            lines.extend([""] * (pending - 1))
            current = ""
        pending = 0
        current += text
    if current.strip():
        lines.append(current.rstrip())
    return "\n".join(lines).strip("\n") + "\n"
