"""What the linking rules read: the document's blocks, sentences, lists and sections, and its projects.

Built once per document over the layout (pipeline.layout). A *block* is a paragraph of
prose (carried on across a page break), a list item with its continuation lines, a
table row, a key-value record ("Project:   X" / "Amount:   Y" lines) or a heading.
Page furniture (repeated page headers and footers, "Page 2 of 5", rules of dashes) is
noise: it belongs to no block, and a paragraph runs on across it.
"""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc, Span

from ..layout import BULLETS, DOT_LEADER, Layout, Line
from ..span_lists import spans_of
from ..token_table import token_table
from .link_furniture import LINK_LABEL, fences, noise_lines
from .link_groups import Block, Group  # (defined apart; every link module imports them from here)
from .link_line_shapes import (CODED_RECORD, CSV_ROW, CUT_AFTER, DOTTED_NUMBER, EMPTY_FIELD, EXPORT_FIELD, EXPORT_WORD_FIELD,
                               FIELD, KEY_VALUE, NAME_LEADER, NUMBER_MARKER, SUMMING_UP, TAB_ROW, WRAPPED_ROW_END, line_indent,
                               marker_style, title_block_end)
from .link_sentences import VALUE_CONTINUATION, block_sentences
from .link_vocabulary import LinkVocabulary


class LinkContext:
    def __init__(self, doc: Doc, groups: list[Group], vocabulary: LinkVocabulary):
        self.doc = doc
        self.layout: Layout = doc._.layout
        self.text = self.layout.text
        self.groups = groups
        self.vocabulary = vocabulary
        self.back_reference = vocabulary.back_reference()
        self.owner_of = {(s.start_char, s.end_char): g for g in groups for s in g.spans}
        self.project_spans = sorted((s for g in groups for s in g.spans), key=lambda s: s.start_char)
        self.project_starts = [s.start_char for s in self.project_spans]
        self.noise = noise_lines(self.layout)
        self.rules = fences(self.layout, self.noise)
        self.donors: Optional[set[str]] = None  # the document's own donors, found once by link_donors
        self.memo: dict = {}  # readings of one fact that several filters share, keyed by what they read
        # Each label's spans as a list: iterating a SpanGroup builds a new Span object for every member each time.
        self.spans = {label: spans_of(doc, label) for label in ("DATE", "MONEY", "COUNTRY", "PROJECT")}
        self.money_tokens = {i for span in self.spans["MONEY"] for i in range(span.start, span.end)}
        self.date_tokens = {i for span in self.spans["DATE"] for i in range(span.start, span.end)}
        self.project_tokens = {i for span in self.project_spans for i in range(span.start, span.end)}
        self.project_tokens = {i for span in self.project_spans for i in range(span.start, span.end)}
        # Each token's lower form, punctuation flag and offset, from the doc's token table (read once for all components).
        self.tokens = tokens = token_table(doc)
        self.lower, self.punct, self.offsets = tokens.lowers, tokens.puncts, tokens.starts
        self.blocks: list[Block] = []
        self.block_of_line: dict[int, Block] = {}
        self._build_blocks()
        self.levels = self._heading_levels()
        self.title_end = title_block_end(self.layout)

    # ---- blocks and sentences --------------------------------------------------------------------
    def _build_blocks(self) -> None:
        lines = self.layout.lines
        current: Optional[Block] = None
        item_indent = 0
        row_indent = -1  # the indent of a row that wraps onto indented lines below it (current), or -1
        broken_by_noise = broken_by_fence = False
        fence_lines = set(self.rules)
        for line in lines:
            if line.index in self.noise:
                broken_by_noise = True
                # "View project →" and "-----" close an entry of a listing: a paragraph does not run on across them.
                broken_by_fence = broken_by_fence or line.index in fence_lines and current is not None \
                    and LINK_LABEL.search(self.text[current.lines[-1].start : current.lines[-1].end]) is not None
                continue
            if line.kind == "blank":
                # A paragraph runs on across a page break (blank lines around page furniture), not past a card's
                # closing link ("View grant details →" over a blank line, whatever repeated tag line follows).
                closed = current is not None and LINK_LABEL.search(self.text[current.lines[-1].start : current.lines[-1].end])
                if closed or not broken_by_noise and not self._page_break_follows(line.index):
                    current = None
                continue
            raw = self.text[line.start : line.end]
            indent = line_indent(self.text, line)
            if current is not None and current.kind == "paragraph" and len(current.lines) == 1 \
                    and self._is_run_in_title(current.lines[0], line):
                # "Overview" / "Ruritania: rural roads" set directly over prose: a heading, not the prose's first
                # line. Like any heading it ends the section above it (spec: a section runs up to the next heading).
                current.kind = "heading"
                current = None
            if current is not None and current.kind == "paragraph" and len(current.lines) == 1 \
                    and line.index == current.lines[0].index + 1 and self._is_label(current.lines[0]) \
                    and (line.kind == "item" or line.kind in ("row", "text") and not self.spans_in(current.start, current.end)
                         and (line.kind == "row" or FIELD.match(raw) is not None and self.spans_in(line.start, line.end)
                              and not FIELD.match(self.text[current.start : current.end]))):
                # "Paraguay" / "Associated initiatives" / "Co-financing partners" set tight over a list, a table or
                # "Label: value" lines naming projects: a label heading them (a project's name over its facts is its
                # card's name line; "Project summary" over "Country: X" lines is the page's own box).
                current.kind = "heading"
                current = None
            continues = current is not None and (
                (current.kind == "item" and line.kind == "text"
                 and (line.item is not None or line.index == current.lines[-1].index + 1 and indent > item_indent)
                 and not (item_indent > 0 and indent <= item_indent))
                # "1. X Project – Ruritania" / "   Grant: $5 million | Period: 2020–2025": an aligned or piped
                # line set tight and indented under an item is the item's own field line, not a table row.
                or (current.kind == "item" and line.kind == "row" and line.index == current.lines[-1].index + 1
                    and indent > item_indent and not ("\t" in raw and TAB_ROW.search(raw)))
                # "SDX-31/0442 – Meadow Wells Scheme – Ruritania Red Cross –" / "  US$ 640,000 – 2031 to 2032".
                # "- X Facility | Ruritania | approved US$ 12.4m," / "  disbursed US$ 3.1m | 2030–2034": a row cut after
                # a comma or a dash runs on.
                or (current.kind == "row" and row_indent >= 0 and indent > row_indent and not CODED_RECORD.match(raw)
                    and (line.kind == "text" or line.kind == "row" and WRAPPED_ROW_END.search(self.text[current.start : current.end])))
                or (current.kind == "record" and (FIELD.match(raw) or VALUE_CONTINUATION.match(raw) or EMPTY_FIELD.match(raw)
                                                  or EXPORT_WORD_FIELD.match(raw) and self._export_record(current)
                                                  or line.kind == "row" and line.key_value and DOT_LEADER.search(raw))
                    and not self._opens_next_record(current, raw, broken_by_noise))
                or (current.kind == "paragraph" and line.kind == "text" and self._not_in_item(line)
                    and not KEY_VALUE.match(raw) and not CSV_ROW.match(raw) and not CODED_RECORD.match(raw)
                    and (not broken_by_noise or not self._ends_sentence(current) and not broken_by_fence))
            )
            broken_by_noise = broken_by_fence = False
            if continues:
                current.lines.append(line)
                current.end = line.end
                self.block_of_line[line.index] = current
                continue
            row_indent = -1
            if line.kind == "row" and line.key_value and NAME_LEADER.match(raw):
                # "Project name ........ X" over "Approval date ..... 11 December 2029": a sheet's fields set off by
                # dot leaders, read like "Key: value" lines from the field that names the project on.
                kind = "record"
            elif line.kind == "row" or "\t" in raw and TAB_ROW.search(raw) or CSV_ROW.match(raw):
                kind = "row"
                row_indent = indent if line.kind == "row" and WRAPPED_ROW_END.search(raw) else -1
            elif line.kind == "text" and CODED_RECORD.match(raw):
                kind, row_indent = "row", indent  # a record line: its continuation lines join it below
            elif line.kind == "heading" or self._is_numbered_title(line):
                kind = "heading"
            elif line.kind == "item":
                kind = "item"
                item_indent = indent
            elif self._back_under_parent_item(current, line, indent):
                kind = "item"  # (a field line of the parent item, after its sub-items: found by parent_items)
                item_indent = indent
            elif KEY_VALUE.match(raw):
                kind = "record"
            else:
                kind = "paragraph"
            current = Block(len(self.blocks), kind, [line], line.start, line.end)
            self.blocks.append(current)
            self.block_of_line[line.index] = current
            if kind == "heading" or kind == "row" and row_indent < 0:
                current = None
        for block in self.blocks:
            block.sentences = block_sentences(self.text, block.kind, block.lines)

    def _back_under_parent_item(self, current: Optional[Block], line, indent: int) -> bool:
        """"1. X Project" / "     – loan: $4m" / "   Signed: 2 May 2031": a text line set tight under a sub-item, indented
        less than it and more than the item above it, goes on with that item."""
        if current is None or current.kind != "item" or line.kind != "text" or line.index != current.lines[-1].index + 1:
            return False
        parents, own = self.parent_items(current), line_indent(self.text, current.lines[0])
        # (The next field line at a field line's indent, "   Implementation: 2031–2034", goes on the same way.)
        return bool(parents) and line_indent(self.text, parents[0].lines[0]) < indent \
            and (indent < own or indent == own and not current.lines[0].marker)

    def _export_record(self, record: Block) -> bool:
        """A record of a data export: its first line is a snake_case field ("program_name: X")."""
        first = record.lines[0]
        return EXPORT_FIELD.match(self.text[first.start : first.end]) is not None

    def _opens_next_record(self, record: Block, raw: str, after_rule: bool) -> bool:
        """Whether a field line starts the next card of a list of key-value cards: its label is the one
        the record opened with ("Title:" again), or, past a rule or page break, it is not a wide-gap field."""
        label = raw.split(":", 1)[0].strip().casefold()
        first = self.text[record.lines[0].start : record.lines[0].end].split(":", 1)[0].strip().casefold()
        return label == first or after_rule and not KEY_VALUE.match(raw)

    def _is_run_in_title(self, first: Line, second: Line) -> bool:
        """A short unpunctuated line (a sub-heading or a project's name) set tight over a longer line of prose."""
        if second.kind != "text" or second.index != first.index + 1 or first.kind != "text":
            return False
        head = self.text[first.content_start : first.end].strip()
        body = self.text[second.content_start : second.end].strip()
        # ("Which countries are eligible?" over its answer: an FAQ's question heads the answer like a title.)
        if not head or not body or head.endswith((".", ",", ";", ":", "!", "-", "–")) or len(head.split()) > 12:
            return False
        if head.split()[-1] in CUT_AFTER:
            return False  # "Ruritania's contribution of EUR 5 million to": a wrapped sentence, cut after a little word
        if KEY_VALUE.match(self.text[first.start : first.end]) or FIELD.match(self.text[second.start : second.end]):
            return False
        # A wrapped paragraph's first line is about as long as its second; a title line is much shorter.
        # (An FAQ's question, "Which countries are eligible?", heads its answer however short.)
        return body[0].isupper() and (head.endswith("?") or len(head) < 0.6 * len(body) and len(body.split()) >= 6)

    def _is_label(self, line: Line) -> bool:
        """A short line of words without a figure or a stop ("Paraguay", "Associated initiatives")."""
        words = self.text[line.content_start : line.end].split()
        return 0 < len(words) <= 5 and not words[-1].endswith((".", ",", ";", ":", "!", "?")) \
            and not any(c.isdigit() for c in "".join(words))

    def _not_in_item(self, line: Line) -> bool:
        """Whether a text line stands outside any list item (the layout's "item" may be a numbered heading)."""
        owner = self.block_of_line.get(line.item) if line.item is not None else None
        return owner is None or owner.kind != "item"

    def _is_numbered_title(self, line: Line) -> bool:
        """"2. Budget support: the X Programme" over unindented prose: a numbered section heading, not a list item."""
        if line.kind != "item" or not line.marker or line.marker in BULLETS:
            return False
        content = self.text[line.content_start : line.end]
        words = content.split()
        if not words or len(words) > 12 and not self._follows_numbered_title(line) or words[-1].endswith((".", ";", ",", ":")):
            return False
        following = self.layout.lines[line.index + 1] if line.index + 1 < len(self.layout.lines) else None
        # (A line whose sentence runs on in lower case, "(a) X also receives ... Government" / "of Ruritania; it ...", is prose.)
        if following is None or following.kind not in ("item", "text") or self.text[following.content_start : following.end][:1].islower():
            return False
        deeper = line_indent(self.text, following) > line_indent(self.text, line)
        return deeper if following.kind == "item" else not deeper  # (over prose at its depth, or a list deeper)

    def _follows_numbered_title(self, line: Line) -> bool:
        """Whether the last heading is the numbered title just before this one ("3." before "4."): then a long one counts."""
        heading = next((b for b in reversed(self.blocks) if b.kind == "heading"), None)
        number, previous = line.marker.strip("(). "), heading.lines[0].marker if heading is not None else None
        return number.isdigit() and bool(previous) and previous.strip("(). ") == str(int(number) - 1)

    def _page_break_follows(self, index: int) -> bool:
        """Whether the blank line at index is part of a page break (only blanks and noise up to the next text)."""
        lines = self.layout.lines
        seen_noise = False
        for line in lines[index + 1 :]:
            if line.index in self.noise:
                seen_noise = True
            elif line.kind != "blank":
                return seen_noise
        return False

    def _ends_sentence(self, block: Block) -> bool:
        return self.text[block.start : block.end].rstrip().endswith((".", "!", "?", ":"))

    def block_at(self, offset: int) -> Optional[Block]:
        # (Asked for every fact by most filters and rules: kept per offset.)
        key = ("block", offset)
        if key not in self.memo:
            self.memo[key] = self.block_of_line.get(self.layout.line_at(offset).index)
        return self.memo[key]

    def sentence_at(self, block: Block, offset: int) -> tuple[int, int]:
        # (Asked for the same facts by most filters and rules, and a long block's scan is long: kept per offset.)
        key = ("sentence", block.index, offset)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = next((s for s in block.sentences if s[0] <= offset <= s[1]), (block.start, block.end))
        return found

    def topic_before(self, block: Block, offset: int) -> Optional[Group]:
        """The project the block is about just before offset, for "it", "its", "the project".

        Each sentence's topic is the first project it names; a sentence that opens by
        referring back ("Its loan ...", "The project ...") keeps the topic it refers to.
        """
        topic = None
        for start, end in block.sentences:
            if start >= offset:
                break
            named = [s for s in self.spans_in(start, min(end, offset)) if s.end_char <= offset]
            if named and not (topic is not None and self.back_reference.match(self.text[start : start + 12])):
                topic = self.owner(named[0])
        return topic

    def parent_items(self, block: Block) -> list[Block]:
        """The items a nested item hangs under, nearest first ("• Nepal" over "– X Project" over "◦ signed in 2020")."""
        parents: list[Block] = []
        indent = line_indent(self.text, block.lines[0])
        style = marker_style(block.lines[0].marker)
        for earlier in reversed(self.blocks[: block.index]):
            if earlier.kind != "item":
                break
            earlier_indent = line_indent(self.text, earlier.lines[0])
            earlier_style = marker_style(earlier.lines[0].marker)
            # "(1) The X Project" over "(a) ...", "(b) ..." at the same depth: a change of marker style nests too.
            same_depth_parent = not parents and earlier_indent == indent and None not in (style, earlier_style) \
                and earlier_style != style
            if earlier_indent < indent or same_depth_parent:
                parents.append(earlier)
                indent = earlier_indent if not same_depth_parent else earlier_indent - 1
        return parents

    # ---- projects in a range -------------------------------------------------------------------------
    def spans_in(self, start: int, end: int) -> list[Span]:
        first = bisect.bisect_left(self.project_starts, start)
        last = bisect.bisect_right(self.project_starts, end)
        return [s for s in self.project_spans[first:last] if s.end_char <= end + 1]

    def spans_starting_before(self, offset: int, reach: int = 300) -> list[Span]:
        """Project spans that start within reach characters before offset (or at it)."""
        first = bisect.bisect_left(self.project_starts, offset - reach)
        last = bisect.bisect_right(self.project_starts, offset)
        return self.project_spans[first:last]

    def projects_in(self, start: int, end: int) -> list[Group]:
        found: list[Group] = []
        for span in self.spans_in(start, end):
            group = self.owner_of[(span.start_char, span.end_char)]
            if group not in found:
                found.append(group)
        return found

    def owner(self, span: Span) -> Group:
        return self.owner_of[(span.start_char, span.end_char)]

    # ---- lists, lead-ins and sections ------------------------------------------------------------------
    def list_after(self, block: Block) -> list[Block]:
        """The items and rows of the list that directly follows block (blank lines allowed between them)."""
        listed: list[Block] = []
        indent = line_indent(self.text, block.lines[0]) if block.kind == "item" else -1
        for following in self.blocks[block.index + 1 :]:
            if following.kind == "row" or (following.kind == "item" and line_indent(self.text, following.lines[0]) > indent):
                listed.append(following)
                continue
            break
        return listed

    def listed_projects(self, blocks: list[Block]) -> list[Group]:
        found: list[Group] = []
        for block in blocks:
            for group in self.projects_in(block.start, block.end):
                if group not in found:
                    found.append(group)
        return found

    def _heading_levels(self) -> dict[int, int]:
        """Heading line index -> depth: the first marker style seen is level 1, the next new one level 2."""
        styles: list[str] = []
        levels = {}
        for block in self.blocks:
            if block.kind != "heading":
                continue
            line = block.lines[0]
            style = marker_style(line.marker)
            # "2.1 Water harvesting": a decimal section number the layout keeps in the text is one level per dot.
            dotted = DOTTED_NUMBER.match(self.text[line.content_start : line.end]) if not line.marker else None
            if dotted:
                style = f"dotted-{dotted.group(1).count('.')}"
            if style is None:
                levels[line.index] = 0
                continue
            if style not in styles:
                styles.append(style)
            levels[line.index] = styles.index(style) + 1
        return levels

    def headings_over(self, line: Line) -> list[Line]:
        """The heading of the line's section, then the headings above it, nearest first."""
        key = ("headings", line.index)  # (the blocks never change once built: one walk back per line)
        if key not in self.memo:
            self.memo[key] = self._headings_over(line)
        return list(self.memo[key])

    def _headings_over(self, line: Line) -> list[Line]:
        chain: list[Line] = []
        block = self.block_of_line.get(line.index)
        if block is None:
            return chain
        level, fence, summed_up = None, self._fence_above(block), None
        numbered_after = None  # the number of the nearest numbered item walked back over
        for earlier in reversed(self.blocks[: block.index + 1]):
            if earlier.lines[0].index < fence:
                break  # "----" after an entry of a listing: the sections above it end there
            if earlier.kind == "paragraph" and summed_up is None and self._sums_up(earlier):
                summed_up = earlier  # "These four operations show ...": prose back at the level of the whole list
            number = NUMBER_MARKER.fullmatch(earlier.lines[0].marker or "")
            if earlier.kind == "item" and number:
                numbered_after = int(number.group(1))
            # "1. The X Project operates in ..." read as a title, then "2. Y follows ...": the next number closes it.
            if earlier.kind == "heading" and number and numbered_after == int(number.group(1)) + 1:
                continue
            if earlier.kind != "heading" or summed_up is not None and earlier.lines[0].marker:
                continue
            depth = self.levels.get(earlier.lines[0].index, 0)
            if level is None or depth < level:
                chain.append(earlier.lines[0])
                level = depth
                if depth == 0:
                    break
        return chain

    def _sums_up(self, block: Block) -> bool:
        # (Every line's walk back over the blocks asks again about the same paragraphs: read each once.)
        key = ("sums up", block.index)
        if key not in self.memo:
            self.memo[key] = SUMMING_UP.search(self.text[block.start : block.end]) is not None
        return self.memo[key]

    def _fence_above(self, block: Block) -> int:
        """The nearest rule line above the block that closes what stands over it (a rule under content,
        not a heading's underline), or -1."""
        rules = [i for i in self.rules if i < block.lines[0].index]
        for k in range(len(rules) - 1, -1, -1):
            rule = rules[k]
            before = next((self.block_of_line[i] for i in range(rule - 1, -1, -1) if i in self.block_of_line), None)
            if before is not None and before.kind != "heading" and not (k > 0 and self._title_frame(rules[k - 1], rule)):
                return rule
        return -1

    def _title_frame(self, top: int, bottom: int) -> bool:
        """"=====" / "X PROJECT (XP)" / "WORK PLAN — FY 2031-32" / "=====": rules boxing a title's few lines (a
        heading among them, no blank line, no field); the fields under the box are the title's."""
        kinds = [getattr(self.block_of_line.get(i), "kind", None) for i in range(top + 1, bottom)]
        return 0 < len(kinds) <= 3 and set(kinds) <= {"heading", "paragraph"} and "heading" in kinds
