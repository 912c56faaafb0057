"""Finding PROJECT mentions: named projects, programmes, funds, facilities, schemes.

A title is recognised by its shape, never by a list of titles:

- `title-acronym`: a name followed by a parenthesized acronym, "Coalition for African
  Rice Development (CARD)", kept when the name's head noun is not an organization,
  event, plan or law (rules/projects.json);
- `title-keyword`: a capitalized name whose head noun is Project, Programme, Fund,
  Facility, Initiative or Scheme, "Coastal Roads Support Project", "Project for ...";
- `heading`: a numbered or lettered heading written in title case;
- `project-list`: the items of a list introduced by a line such as "Current projects:";
- `project-table`: the first column of a table whose header says Project;
- `appositive`: "Green Jobs, the joint ILO-UNDP programme";
- `acronym-noun`: an acronym before a lowercase project noun, "the PALM scheme";
- `acronym-mention` / `title-mention`: later (or earlier) uses of a project's acronym
  or title elsewhere in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from ..layout import Layout, Line
from ..normalize.projects import looks_like_acronym

ACRONYM_RULES = frozenset({"acronym-mention", "acronym-noun", "acronym-heading"})
CLOSING_PUNCT = {",", ".", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "?", "!"}
SPACED_DASHES = {"–", "—", "-"}
LEADING_ARTICLES = {"the", "a", "an"}


@dataclass(frozen=True)
class Vocabulary:
    project_heads: frozenset[str]
    organization_heads: frozenset[str]
    non_project_heads: frozenset[str]  # organization heads included
    organization_acronyms: frozenset[str]
    organization_names: frozenset[str]
    function_words: frozenset[str]
    prepositions: frozenset[str]
    nouns_after_acronym: frozenset[str]
    list_cues: frozenset[str]
    table_headers: frozenset[str]
    generic_headings: frozenset[str]
    region_words: frozenset[str]

    @classmethod
    def from_rules(cls, data: dict) -> "Vocabulary":
        organizations = data["organization_names"]
        return cls(
            project_heads=frozenset(data["project_heads"]),
            organization_heads=frozenset(data["organization_heads"]),
            non_project_heads=frozenset(data["non_project_heads"]) | frozenset(data["organization_heads"]),
            organization_acronyms=frozenset(organizations["acronyms"]),
            organization_names=frozenset(name.lower() for name in organizations["names"]),
            function_words=frozenset(data["title_function_words"]),
            prepositions=frozenset(data["prepositions"]),
            nouns_after_acronym=frozenset(data["generic_nouns_after_acronym"]),
            list_cues=frozenset(data["project_list_cues"]),
            table_headers=frozenset(h.lower() for h in data["project_table_headers"]),
            generic_headings=frozenset(h.lower() for h in data["generic_headings"]),
            region_words=frozenset(data["region_words"]),
        )


class ProjectFinder:
    """Finds PROJECT spans in one Doc; `is_place(span)` says whether a span is a country or currency."""

    def __init__(self, doc: Doc, layout: Layout, vocabulary: Vocabulary, blocked: Iterable[Span], is_place):
        self.doc = doc
        self.layout = layout
        self.vocab = vocabulary
        self.is_place = is_place
        # Dates inside a heading mean it names an event or an agreement, not a project.
        self.blocked_chars = [(s.start_char, s.end_char) for s in blocked]
        # A date ends a title: "CARD in May 2008 at the ... Conference (TICAD IV)".
        self.date_tokens = {i for s in blocked for i in range(s.start, s.end)}
        self.found: list[Span] = []
        self.taken = [False] * len(doc)
        self.organization_acronyms = set(vocabulary.organization_acronyms)
        # Token texts, and where each text occurs, read once: Token objects are costly to create.
        strings = doc.vocab.strings
        self.texts = [strings[orth] for orth in doc.to_array([ORTH]).tolist()]
        self.positions: dict[str, list[int]] = {}
        for i, text in enumerate(self.texts):
            self.positions.setdefault(text, []).append(i)

    # ---- token tests -------------------------------------------------------------
    def is_capitalized(self, token) -> bool:
        return token.text[:1].isupper() or (token.text[:1].isdigit() and token.i > 0 and self.is_capitalized(self.doc[token.i - 1]))

    def is_function(self, token) -> bool:
        return token.lower_ in self.vocab.function_words

    def is_connector(self, token) -> bool:
        """/ & + ' and unspaced dashes join the parts of one name (ILO/Japan, Mugling–Pokhara)."""
        if token.text in {"/", "&", "+", "'s", "’s", "'", "’"}:
            return True
        if token.text in SPACED_DASHES:
            return not token.whitespace_ and token.i > 0 and not self.doc[token.i - 1].whitespace_
        return False

    def is_hyphen_tail(self, token) -> bool:
        """The lowercase end of a hyphenated capitalized word (Multi-bilateral), not a participle (Canadian-funded)."""
        if token.i < 2 or not token.is_lower:
            return False
        dash = self.doc[token.i - 1]
        return dash.text in SPACED_DASHES and not dash.whitespace_ and not self.doc[token.i - 2].whitespace_ and not token.text.endswith("ed")

    def in_title(self, token) -> bool:
        if token.i in self.date_tokens:
            return False
        return (self.is_capitalized(token) or self.is_function(token) or self.is_connector(token)
                or self.is_hyphen_tail(token))

    def line_of(self, token) -> Line:
        return self.layout.line_at(token.idx)

    # ---- span helpers --------------------------------------------------------------
    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Drop leading articles and function words, and trailing function words and connectors."""
        # A capitalized first word stays ("Towards Fair ...", "For ..."), articles never do.
        while start < end and (self.doc[start].lower_ in LEADING_ARTICLES or self.is_connector(self.doc[start])
                               or self.doc[start].text in SPACED_DASHES
                               or (self.is_function(self.doc[start]) and self.doc[start].is_lower)):
            start += 1
        while end > start and (self.is_function(self.doc[end - 1]) or self.is_connector(self.doc[end - 1])):
            end -= 1
        # "Renamed the Japan Fund ...", "Under the National Programme": a sentence's first word followed by
        # an article is not part of the name, unless it is a gerund ("Promoting the Employability of ...").
        if end - start > 2 and self.doc[start + 1].lower_ in LEADING_ARTICLES and self.doc[start + 1].is_lower \
                and not self.doc[start].lower_.endswith("ing") and self.starts_sentence(start):
            return self.trim(start + 2, end)
        return start, end

    def starts_sentence(self, index: int) -> bool:
        if index == 0:
            return True
        previous = self.doc[index - 1]
        return previous.text in {".", "!", "?", ":", ";"} or "\n" in previous.text or \
            self.layout.line_at(self.doc[index].idx).content_start == self.doc[index].idx

    def walk_back(self, end: int, floor: int, allow_commas: bool = False) -> int:
        """Start of the title-case run ending just before token `end`."""
        i = end - 1
        while i >= floor:
            token = self.doc[i]
            if token.text == "," and allow_commas and i > floor and self.is_capitalized(self.doc[i - 1]) \
                    and i + 1 < end and self.is_capitalized(self.doc[i + 1]):
                i -= 1
                continue
            if not self.in_title(token) or "\n" in token.text or token.is_space:
                break
            i -= 1
        return i + 1

    def walk_forward(self, start: int, ceiling: int) -> int:
        i = start
        while i < ceiling:
            token = self.doc[i]
            if not self.in_title(token) or token.is_space:
                break
            i += 1
        return i

    def head(self, start: int, end: int) -> Optional[str]:
        """The head noun: the last capitalized word before the first preposition."""
        head = None
        for token in self.doc[start:end]:
            if token.lower_ in self.vocab.prepositions and token.is_lower:
                break
            if token.text[:1].isupper():
                head = token.text
        return head

    def content_words(self, start: int, end: int) -> int:
        return sum(1 for t in self.doc[start:end] if t.is_alpha and not self.is_function(t))

    def acceptable_title(self, start: int, end: int) -> bool:
        if self.content_words(start, end) < 1 or start >= end:
            return False
        head = self.head(start, end)
        if head is None or head in self.vocab.non_project_heads:
            return False
        text = self.doc[start:end].text
        if text.lower() in self.vocab.organization_names or self.is_place(self.doc[start:end]):
            return False
        # "the Country Programme", "a Regional Fund": a generic head with only region words is a reference,
        # not a name. "Resilience in Northern Ghana" (a real head) and sentence-case names are names.
        span = self.doc[start:end]
        if head not in self.vocab.project_heads or any(t.is_alpha and t.is_lower and not self.is_function(t) for t in span):
            return True
        words = [t for t in span if t.text[:1].isupper() and t.text != head]
        return not words or not all(t.text in self.vocab.region_words or self.is_place(self.doc[t.i : t.i + 1]) for t in words)

    def acronym_after(self, end: int, line_end: int) -> Optional[int]:
        """If "(ACRONYM)" follows token end, the index just after ")"."""
        if end >= len(self.doc) or self.doc[end].text != "(":
            return None
        for close in range(end + 1, min(end + 7, len(self.doc))):
            if self.doc[close].text == ")":
                inner = self.doc[end + 1 : close].text
                if self.doc[close].idx <= line_end and looks_like_acronym(inner):
                    return close + 1
                return None
        return None

    def add(self, start: int, end: int, rule: str) -> Optional[Span]:
        if start >= end or any(self.taken[start:end]):
            return None
        span = Span(self.doc, start, end, label="PROJECT", span_id=rule)
        self.found.append(span)
        for i in range(start, end):
            self.taken[i] = True
        return span

    def has_blocked(self, start_char: int, end_char: int) -> bool:
        return any(s < end_char and start_char < e for s, e in self.blocked_chars)

    def token_range(self, start_char: int, end_char: int) -> Optional[tuple[int, int]]:
        span = self.doc.char_span(start_char, end_char, alignment_mode="contract")
        return (span.start, span.end) if span is not None and len(span) else None

    # ---- rules -----------------------------------------------------------------------
    def run(self) -> list[Span]:
        self.project_lists()
        self.project_tables()
        self.title_acronyms()
        # Acronyms defined so far win over a keyword reading of the same words ("SSN Fund").
        self.repeated_names(titles=False)
        self.title_keywords()
        self.headings()
        self.appositives()
        self.acronym_nouns()
        self.names_before_nouns()
        self.repeated_names()
        return sorted(self.found, key=lambda s: (s.start, s.end))

    def project_lists(self) -> None:
        lines = self.layout.lines
        for line in lines:
            text = self.layout.text[line.content_start : line.end].strip()
            if not text.endswith(":") or not (set(re.findall(r"[a-z]+", text.lower())) & self.vocab.list_cues):
                continue
            for item in lines[line.index + 1 :]:
                if item.kind != "item":
                    break
                self.whole_item(item.content_start, item.end, "project-list", cut_commentary=True)

    def whole_item(self, start_char: int, end_char: int, rule: str, cut_commentary: bool = False) -> None:
        text = self.layout.text[start_char:end_char]
        if cut_commentary:
            # The name ends where the item's own commentary starts: " – approved in 2006",
            # "; and", or right after its "(ACRONYM)".
            cut = re.search(r"\s[–—-]\s|;|\s\|\s", text)
            acronym = next((m for m in re.finditer(r"\(\s*([^()]+?)\s*\)", text) if looks_like_acronym(m.group(1))), None)
            stops = [m.start() for m in (cut,) if m] + [acronym.end()] if acronym else [m.start() for m in (cut,) if m]
            if stops:
                end_char = start_char + min(stops)
        # A closing parenthesis that is not an acronym ("(2020–2022)", "(P163438)") is outside the name (spec).
        trailing = re.search(r"\s*\(\s*([^()]+?)\s*\)\s*$", self.layout.text[start_char:end_char])
        if trailing and not looks_like_acronym(trailing.group(1)):
            end_char = start_char + trailing.start()
        tokens = self.token_range(start_char, end_char)
        if tokens is None:
            return
        start, end = tokens
        while end > start and self.doc[end - 1].text in CLOSING_PUNCT - {")"}:
            end -= 1
        start, _ = self.trim(start, end)
        # A list item that starts in lower case is a sentence ("reach 100,000 women"), not a name.
        if start >= end or self.doc[start].is_lower:
            return
        # Items of a project list or table may be named like plans ("... OSH Framework in Myanmar"),
        # but not like bodies ("World Bank").
        if self.head(start, end) in self.vocab.organization_heads or self.doc[start:end].text.lower() in self.vocab.organization_names:
            return
        if self.content_words(start, end) >= 2 and not self.is_place(self.doc[start:end]):
            self.add(start, end, rule)

    def project_tables(self) -> None:
        for line in self.layout.lines:
            if line.kind != "row" or len(line.cells) < 2:
                continue
            key = self.layout.text[line.cells[0][0] : line.cells[0][1]].strip().lower()
            if line.key_value:
                # "Project title ........ Rural Roads Improvement": the value names the project.
                if key in self.vocab.table_headers:
                    self.whole_item(*line.cells[1], "project-table")
                continue
            header = self.layout.table_header(line)
            if header is None or header is line or not header.cells:
                continue
            first_header = self.layout.text[header.cells[0][0] : header.cells[0][1]].strip().lower()
            if first_header not in self.vocab.table_headers:
                continue
            start_char, end_char = line.cells[0]
            if self.layout.text[start_char:end_char].strip().lower() in {"total", "subtotal", "sum"}:
                continue
            self.whole_item(start_char, end_char, "project-table")

    def title_acronyms(self) -> None:
        doc = self.doc
        for i in self.positions.get("(", []):
            token = doc[i]
            if self.taken[token.i] or token.i == 0:
                continue
            line = self.line_of(token)
            after = self.acronym_after(token.i, line.end)
            if after is None:
                continue
            line_start = self.token_range(line.content_start, line.end)
            floor = line_start[0] if line_start else 0
            begin = self.walk_back(token.i, floor, allow_commas=True)
            begin, stop = self.trim(begin, token.i)
            if self.content_words(begin, stop) < 2 or (begin > floor and doc[begin - 1].is_lower
                                                         and self.content_words(begin, stop) < 3):
                begin = self.sentence_case_title(token.i, floor)
                stop = token.i
            acronym = doc[token.i + 1 : after - 1].text.strip()
            if begin is None or begin >= stop or self.place_acronym(token.i, acronym):
                continue
            if acronym in self.organization_acronyms or not self.acceptable_title(begin, stop):
                self.organization_acronyms.add(acronym)
                continue
            # "Junior Professional Officers (JPO) Programme": a capitalized head after the acronym ends the title.
            if after < len(doc) and doc[after].text in self.vocab.project_heads and doc[after - 1].whitespace_:
                after += 1
            self.add(begin, after, "title-acronym")

    def place_acronym(self, end: int, acronym: str) -> bool:
        """"United Arab Emirates (UAE)": the acronym spells the country name right before it."""
        for start in range(max(0, end - 6), end):
            place = self.doc[start:end]
            if self.is_place(place):
                initials = "".join(t.text[0] for t in place if t.text[:1].isupper())
                return acronym.replace(".", "") == initials
        return False

    def sentence_case_title(self, end: int, floor: int) -> Optional[int]:
        """A name in sentence case, "Partnership for safer migration in ... (SAFE)",
        taken from the start of its sentence when short and free of clause punctuation."""
        start = end - 1
        while start > floor and self.doc[start - 1].text not in {".", ";", ":", "\n"} and not self.doc[start - 1].is_space:
            start -= 1
        if start < floor:
            start = floor
        if self.doc[start].lower_ in LEADING_ARTICLES:
            start += 1
        words = self.doc[start:end]
        if not words or not words[0].text[:1].isupper() or len(words) > 16 or len(words) < 4:
            return None
        if any(t.text in {",", "(", ")"} for t in words):
            return None
        if not any(t.lower_ in self.vocab.prepositions for t in words):
            return None
        return start

    def title_keywords(self) -> None:
        doc = self.doc
        heads = sorted(i for head in self.vocab.project_heads for i in self.positions.get(head, []))
        for i in heads:
            token = doc[i]
            if self.taken[token.i]:
                continue
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # "Programme Notes", "Fund Secretariat": the keyword only modifies another noun.
            if following is not None and following.text[:1].isupper() and not self.is_function(following) \
                    and following.text != "(":
                continue
            line = self.line_of(token)
            span = self.token_range(line.content_start, line.end)
            floor, ceiling = (span if span else (0, len(doc)))
            begin = self.walk_back(token.i, floor)
            begin, _ = self.trim(begin, token.i + 1)
            end = token.i + 1
            if following is not None and following.lower_ in self.vocab.prepositions and following.is_lower:
                stop = self.walk_forward(token.i + 1, ceiling)
                _, stop = self.trim(token.i + 1, stop)
                if self.content_words(token.i + 1, stop) >= 1:
                    end = stop
            if begin == token.i and end == token.i + 1:
                continue
            if begin == token.i and (following is None or following.lower_ not in {"for", "to", "on", "of"}):
                continue
            if self.content_words(begin, end) < 2 or not self.acceptable_title(begin, end):
                continue
            if self.doc[begin:end].text.lower() in self.vocab.organization_names:
                continue
            after = self.acronym_after(end, line.end)
            self.add(begin, after or end, "title-keyword")

    def headings(self) -> None:
        for line in self.layout.lines:
            if line.kind != "heading" or not line.marker:
                continue
            text = self.layout.text[line.content_start : line.end].strip()
            if text.isupper() or text.lower() in self.vocab.generic_headings or self.has_blocked(line.start, line.end):
                continue
            tokens = self.token_range(line.content_start, line.content_start + len(text))
            if tokens is None:
                continue
            start, end = tokens
            start, end = self.trim(start, end)
            if any(self.taken[start:end]):
                continue
            words = [t for t in self.doc[start:end] if t.is_alpha]
            if not words:
                continue
            # An acronym alone as a heading: "KOICA III".
            if looks_like_acronym(self.doc[start:end].text) and words[0].text not in self.organization_acronyms:
                self.add(start, end, "acronym-heading")
                continue
            title_case = all(t.text[:1].isupper() or self.is_function(t) or self.is_hyphen_tail(t) for t in words)
            first_preposition = next((t.lower_ for t in words if t.lower_ in self.vocab.prepositions), None)
            if title_case and self.content_words(start, end) >= 2 and first_preposition != "with" \
                    and self.acceptable_title(start, end):
                self.add(start, end, "heading")

    def appositives(self) -> None:
        doc = self.doc
        for i in self.positions.get(",", []):
            token = doc[i]
            if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in {"a", "an", "the"}:
                continue
            window = doc[token.i + 2 : token.i + 7]
            noun = next((t for t in window if t.lower_ in self.vocab.nouns_after_acronym and t.is_lower), None)
            if noun is None or any(t.text in CLOSING_PUNCT for t in doc[token.i + 2 : noun.i]):
                continue
            line = self.line_of(token)
            span = self.token_range(line.content_start, line.end)
            begin = self.walk_back(token.i, span[0] if span else 0)
            begin, stop = self.trim(begin, token.i)
            if self.content_words(begin, stop) >= 2 and self.acceptable_title(begin, stop) \
                    and doc[begin].text not in self.organization_acronyms:
                self.add(begin, stop, "appositive")

    def acronym_nouns(self) -> None:
        doc = self.doc
        # The list is lower case, so "the PALM scheme" matches and "ILO Project Office" does not.
        for i, following in enumerate(self.texts[1:], start=1):
            if following not in self.vocab.nouns_after_acronym:
                continue
            token = doc[i - 1]
            text = token.text
            if len(text) >= 3 and text.isupper() and text.isalpha() and text not in self.organization_acronyms \
                    and not self.is_place(doc[token.i : token.i + 1]):
                self.add(token.i, token.i + 1, "acronym-noun")

    def names_before_nouns(self) -> None:
        """"the Green Jobs programme": a capitalized name before a lowercase project noun; the noun stays out."""
        doc = self.doc
        for i, following in enumerate(self.texts[1:], start=1):
            if following not in self.vocab.nouns_after_acronym or self.taken[i - 1] or not doc[i - 1].text[:1].isupper():
                continue
            line = self.line_of(doc[i])
            span = self.token_range(line.content_start, line.end)
            # Title words may include function words: "the Ending Violence Against Children in Nepal programme".
            begin, _ = self.trim(self.walk_back(i, span[0] if span else 0), i)
            # "KOICA's Better Life initiative": a possessive body or country ends the name.
            for k in range(begin, i):
                if doc[k].text in {"'s", "’s"} and (doc[k - 1].text in self.organization_acronyms or self.is_place(doc[begin:k])):
                    begin = k + 1
            # An article or a possessive introduces the name: "the X programme", "KOICA's X initiative".
            if begin == 0 or begin >= i or doc[begin - 1].lower_ not in {"the", "its", "this", "a", "an", "'s", "’s"}:
                continue
            capitalized = [t for t in doc[begin:i] if t.text[:1].isupper()]
            # Before a lowercase "programme" every capitalized word is the name: regions alone are generic.
            regional = all(t.text in self.vocab.region_words or self.is_place(doc[t.i : t.i + 1]) for t in capitalized)
            if len(capitalized) >= 2 and not regional and self.acceptable_title(begin, i) \
                    and capitalized[0].text not in self.organization_acronyms:
                self.add(begin, i, "name-noun")

    def repeated_names(self, titles: bool = True) -> None:
        """Every other use of a found acronym (or multi-word title) is a mention of it too."""
        names: dict[tuple[str, ...], str] = {}
        for span in list(self.found):
            text = span.text
            inner = next((m for m in re.finditer(r"\(\s*([^()]+?)\s*\)", text) if looks_like_acronym(m.group(1))), None)
            if span.id_ in ACRONYM_RULES:
                names[tuple(t.text for t in span)] = "acronym-mention"
            elif inner:
                # Through character offsets: "(" and ")" need not be tokens of their own ("Programme(JPO)US$").
                acronym = self.doc.char_span(span.start_char + inner.start(1), span.start_char + inner.end(1),
                                             alignment_mode="contract")
                if acronym is not None and len(acronym):
                    names[tuple(t.text for t in acronym)] = "acronym-mention"
                title = self.doc.char_span(span.start_char, span.start_char + inner.start(), alignment_mode="contract")
                if title is not None and len(title) >= 2:
                    names.setdefault(tuple(t.text for t in title), "title-mention")
            elif len(span) >= 2:
                names.setdefault(tuple(t.text for t in span), "title-mention")
        if not titles:
            names = {k: v for k, v in names.items() if v == "acronym-mention"}
        for key in sorted(names, key=len, reverse=True):
            if key[0] in self.organization_acronyms and len(key) == 1:
                continue
            size = len(key)
            for i in self.positions.get(key[0], []):
                if tuple(self.texts[i : i + size]) == key:
                    self.add(i, i + size, names[key])
