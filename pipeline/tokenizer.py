"""Tokenizer adjustments so that amounts and date ranges split the same way everywhere.

spaCy's English tokenizer keeps `USD8.35`, `AUD20`, `1977–86` and `FY2008` as single
tokens but splits `2018-22` into three. The rules in rules/ are easier to write (and to
trust) when a currency code, a scale suffix and a dash between numbers are always
tokens of their own, so this module adds exactly those splits.

It also guards against spaCy's quadratic slowdown on long runs without whitespace
(16,000 `=` take tens of seconds): such runs are cut into short pieces before the
tokenizer sees them. Text and offsets are unchanged; only token boundaries inside the
run differ.
"""

from __future__ import annotations

import re
from typing import Iterable

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .normalize.calendar_words import dotted_month_abbreviations, elided_month_names

# No real word in a factsheet is longer than this; a longer whitespace-free run is hostile
# input or an URL, and neither holds a mention.
MAX_RUN = 64
# (Tried only where a run starts: a run that is long enough from inside it is long enough from its start.)
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN + 1))
# Where a long run is best cut, in order of preference: after a field separator of an export row
# (a bare comma last: it may sit inside a number).
RUN_SEPARATORS = ('",', ";", "|", "\t", ",")

# Where LongRunGuard leaves the text it tokenized, in doc.user_data (taken out again by the layout).
SOURCE_TEXT = "fs_source_text"
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014"


def _prefix_patterns(currency_prefixes: Iterable[str], lettered_signs: Iterable[str] = ()) -> list[str]:
    # Three capitals glued to a number are split generically (USD9.15, AUD20; "ISO9001" splitting too
    # is harmless); only the other signs are listed, which keeps the regex short on the hot path.
    prefixes = set(currency_prefixes)
    signs = [c for c in prefixes if not re.fullmatch(r"[A-Z]{3}|[^\W\d_]", c) and not re.search(r"\s", c)]
    # Longest first, grouped by first character ("U(?:\.S\.\$|S\$|\$)"): at most one group can match, so the
    # regex engine tries one group's endings instead of every sign (hundreds) at each word.
    by_first: dict[str, list[str]] = {}
    for sign in sorted(signs, key=lambda c: len(re.escape(c)), reverse=True):
        by_first.setdefault(sign[0], []).append(re.escape(sign[1:]))
    codes = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in by_first.items())
    letters = "".join(sorted(c for c in prefixes if re.fullmatch(r"[A-Z]", c)))
    lettered = "|".join(re.escape(c) for c in sorted(lettered_signs, key=len, reverse=True))
    patterns = [
        # A currency code or sign glued to a number: USD7.5, AUD12, $A30, GBP4.2m, KD4.5, GH₵3,482.
        rf"(?:[A-Z]{{3}}|{codes})(?=\d)",
        # "Kshs.3,907,114", "Shs.2 billion": a lettered sign glued by a full stop keeps it, one token like "Rs.".
        *([rf"(?:{lettered})\.(?=\d)"] if lettered else []),
        # A fiscal- or calendar-year prefix: FY2008, FY2014/15, CY2024.
        r"[FC]Y(?=\d{2,4}\b)",
        # A lower-case code with its dollar sign, as news text writes it: nzd$15.
        r"[a-z]{3}\$(?=\d)",
        # "l'Arabie saoudite", "d'Ivoire", "millions d'UA": a French elision before a capitalized name is a word of its
        # own, so the name after it stands alone ("d'appui", in lower case, stays whole).
        r"[dDlL]['’](?=[A-ZÀ-ÖØ-Þ])",
        # "~£6m", "≈US$20 million": an approximation sign glued to the amount is a word of its own.
        r"[~≈](?=[$€£¥]|[A-Z]{1,3}\$?\d|\d)",
    ]
    if letters:
        # A one-letter sign (K, R, N, Q) only before an amount that cannot be a label: K236, N2.7, R1,742
        # ("Q4", "G20", "K9" stay whole; the MONEY patterns read "K9 billion" as one token).
        patterns.append(rf"[{letters}](?=\d{{3}}|\d{{1,3}}[.,]\d)")
    return patterns


# Horizontal spaces other than " " (no-break, narrow no-break, thin, figure, ideographic): spaCy makes each
# run of them a token of its own, so a pattern may skip one between any two of its tokens. Listed as exact
# token texts (one or two such spaces, maybe a plain space after): the Matcher checks a set, not a regex.
UNICODE_SPACES = ["\u00a0", *(chr(c) for c in range(0x2000, 0x200B)), "\u202f", "\u205f", "\u3000"]
# A single line break (with the next line's indentation) may also stand inside a mention: PDF transcripts and
# wrapped pages break "US$\n350 million" and "between April and\nSeptember 2022"; a blank line never does.
LINE_BREAKS = [f"{brk}{' ' * n}" for brk in ("\n", "\r\n") for n in range(9)]
SPACE_TOKEN_TEXTS = sorted({a + b + tail for a in UNICODE_SPACES for b in ("", *UNICODE_SPACES) for tail in ("", " ")}
                           | set(LINE_BREAKS))
REPEATS = 5
SPACE_TOKEN = {"ORTH": {"IN": SPACE_TOKEN_TEXTS}, "OP": "?"}


def with_unicode_spaces(pattern: list[dict]) -> list[dict]:
    """A token pattern that also matches with no-break or thin spaces between its tokens ("€\u00a05\u00a0billion").

    Offsets stay exact: the space tokens are inside the match, as they are inside the text.
    """
    if not isinstance(pattern, list):
        return pattern
    spaced: list[dict] = []
    for token in pattern:
        if spaced:
            spaced.append(dict(SPACE_TOKEN))
        if token.get("OP") == "+":
            # "Hong\u00a0Kong dollars": a repeated token may have spaces between its repeats (up to REPEATS of them).
            single = {k: v for k, v in token.items() if k != "OP"}
            spaced.append(single)
            for _ in range(REPEATS - 1):
                spaced += [dict(SPACE_TOKEN), {**single, "OP": "?"}]
        else:
            spaced.append(token)
    return spaced


# Each pattern opens with the character it consumes and looks back after it ("[:;,.](?<=\)[:;,.])" rather
# than "(?<=\))[:;,.]"): the same matches, but the regex engine skips an alternative whose first character
# differs without entering it, and these run at every position of every word the tokenizer has not cached.
SUFFIX_PATTERNS = [
    # "(IRDP):" and "(SPM);": a closing parenthesis is a token of its own, so an acronym's ")" is found.
    r"[:;,.](?<=\)[:;,.])",
    # "$1.2m." at a sentence's end: the full stop is not part of the scale.
    r"\.(?<=\d[mkbMKB]\.)",
    r"\.(?<=\dbn\.)",
    r"\.(?<=\dmn\.)",
    # Scale words glued to a number: 3.7bn, 20mn, 3tn, JPY 1.2B, EUR 850k.
    r"b(?<=\db)n", r"m(?<=\dm)n", r"m(?<=\dm)ln", r"b(?<=\db)ln", r"t(?<=\dt)n", r"B(?<=\dB)", r"k(?<=\dk)",
    # ("$4.2b" in a headline: a lower-case "b" after a decimal only; "Output 2b" numbers a part.)
    r"b(?<=[.,]\db)", r"b(?<=[.,]\d\db)",
    # A sign spaCy's list lacks, written after the number: 100元, 40,000៛ (riel), 500৳ (taka), 900֏ (dram).
    r"[元円៛৳֏](?<=\d[元円៛৳֏])", r"[.,;:](?<=[៛৳֏][.,;:])",  # (and the stop after one: "costs 900֏.")
    # "Shs 1,000,000/=", "CHF 25.-": the mark that closes a whole amount in East African and Swiss texts.
    r"(?<=\d)(?:/=|/-|[.,]-)", r"(?<=\d[mkbMKB])(?:/=|/-)", r"(?<=\d[bm]n)(?:/=|/-)",
    # "6 M€", "250 k€": a sign glued to a scale letter, as French pages write millions of euros.
    r"[€$£¥](?<=^[kKM][€$£¥])$",
    r"\.(?<=[kKM][€$£¥]\.)",
    # "1,2 Md€.", "3 Mds€.": a milliard glued to its sign keeps the sign (pipeline.normalize.glued_scales); the stop goes.
    r"\.(?<=Md€\.)", r"\.(?<=Mds€\.)", r"\.(?<=Mrd€\.)", r"\.(?<=MM€\.)",
    # An open range's dash: 2020-.
    rf"[{DASHES}](?<=\d[{DASHES}])",
    # An ISO code after a number: 115USD.
    r"[A-Z](?<=\d[A-Z])[A-Z]{2}",
    # "Phase I." at a sentence's end: a one-letter roman numeral is no initial ("J. Smith" stays whole).
    r"\.(?<=^[IVX]\.)$",
    # A footnote's number after a sentence's full stop, as PDF transcripts keep it: "EUR 3 million.1".
    r"(?<=[a-z]{3}\.)\d{1,2}$",
    # A table's bar glued to the end of a cell: "(ABC)| Eastland", "disb.| 171".
    r"\|(?<=\S\|)",
    # A footnote mark in brackets glued after a word or its closing marks: "US$ 51 million).[3]".
    r"\[(?<=[\w).,;:]\[)\w{1,4}\]$",
    # A footnote mark in superscript glued to a word: "Shoreline Protection²".
    r"[¹²³⁴⁵⁶⁷⁸⁹⁰](?<=[A-Za-z)¹²³⁴⁵⁶⁷⁸⁹⁰][¹²³⁴⁵⁶⁷⁸⁹⁰])$",
]

UNWANTED_EXCEPTIONS = {"):", ")-:", "m.", "b.", "k.", "im", "Im", "8)", "8-)", "(-8"}
# spaCy's exceptions for a lone space, tab or line break give the one token the tokenizer makes of them anyway; but
# a special case met in a text stops spaCy caching the words after it (one flag per text), and nearly every text has
# a line break in its first lines: the rest of its words were split by the affix rules again at every sight.
# ("\xa0" stays: its exception sets the token's NORM.)
CACHE_BREAKING_EXCEPTIONS = {" ", "\t", "\n"}

INFIX_PATTERNS = [  # (each opening with the character it consumes, as SUFFIX_PATTERNS do)
    # Dashes and slashes between numbers or between a number and a word: 1977–86,
    # 2009/10, 21-Feb-2024. Ranges then look the same whatever the source wrote.
    rf"[{DASHES}/~](?<=\d[{DASHES}/~])(?=\d)",
    # "2031-03-13T16:45:12Z": an ISO timestamp's time part after its date.
    r"T(?<=\dT)(?=\d\d:\d\d)",
    # "2031.&lt;/p&gt;", "2031.&quot;": markup escaped in a feed's text, glued to the word before it (the entity's ";"
    # may have gone as a suffix already).
    r"\.(?=&(?:lt|gt|amp|quot)(?:;|$))", r"&(?:lt|gt|amp|quot)(?=;|$)",
    r"/(?<=[A-Za-z]/)(?=\d)",
    r"/(?<=\d/)(?=[A-Za-z])",
    rf"[{DASHES}](?<=[A-Za-z][{DASHES}])(?=\d)",
    rf"[{DASHES}](?<=\d[{DASHES}])(?=[A-Za-z])",
    # "500 USD,100 times": a comma between a code and the next number.
    r",(?<=[A-Z]{3},)(?=\d)",
    # "$3bn–$6bn": a range of two signed amounts written without spaces.
    rf"b(?<=\db)n(?=[{DASHES}][$€£¥])", rf"m(?<=\dm)n(?=[{DASHES}][$€£¥])",
    rf"m(?<=\dm)(?=[{DASHES}][$€£¥])", rf"k(?<=\dk)(?=[{DASHES}][$€£¥])",
    rf"[{DASHES}](?<=[a-z][{DASHES}])(?=[$€£¥]\d)", rf"[{DASHES}](?<=\d[{DASHES}])(?=[$€£¥]\d)",  # (and "$2,500–$9,000")
    rf"[$€£¥](?<=[{DASHES}][$€£¥])(?=\d)",
    # ("$50K–$500K", "$5M–$8M": the scale letter in capitals.)
    rf"[KMB](?<=\d[KMB])(?=[{DASHES}][$€£¥]\d)", rf"[{DASHES}](?<=\d[KMB][{DASHES}])(?=[$€£¥]\d)",
    # "A$300k–A$750k": the same with a lettered dollar sign; "A$" stays one token, as the first one's prefix is.
    rf"m(?<=\dm)(?=[{DASHES}][A-Z]{{1,3}}\$\d)", rf"k(?<=\dk)(?=[{DASHES}][A-Z]{{1,3}}\$\d)",
    rf"b(?<=\db)n(?=[{DASHES}][A-Z]{{1,3}}\$\d)", rf"m(?<=\dm)n(?=[{DASHES}][A-Z]{{1,3}}\$\d)",
    rf"[{DASHES}](?<=[a-z][{DASHES}])(?=[A-Z]{{1,3}}\$\d)",
    rf"[A-Z](?<=[{DASHES}][A-Z])[A-Z]{{0,2}}\$(?=\d)",
    # "USD5m–USD8m": the same with codes; the second code is a token of its own, as the first one's prefix is.
    rf"m(?<=\dm)(?=[{DASHES}][A-Z]{{3}}\d)", rf"k(?<=\dk)(?=[{DASHES}][A-Z]{{3}}\d)",
    rf"b(?<=\db)n(?=[{DASHES}][A-Z]{{3}}\d)", rf"m(?<=\dm)n(?=[{DASHES}][A-Z]{{3}}\d)",
    # (Only after a scale: "GR-MLI2031" is a code, not a range.)
    rf"[{DASHES}](?<=\d[mk][{DASHES}])(?=[A-Z]{{3}}\d)", rf"[{DASHES}](?<=\d[bm]n[{DASHES}])(?=[A-Z]{{3}}\d)",
    rf"[A-Z]{{3}}(?<=\d[mk][{DASHES}][A-Z]{{3}})(?=\d)", rf"[A-Z]{{3}}(?<=\d[bm]n[{DASHES}][A-Z]{{3}})(?=\d)",
    # "FY2021–FY2024", "CY2026–CY2032": the second year's prefix, as the first one's is split.
    rf"F(?<=[{DASHES}/]F)Y(?=\d{{2,4}}\b)", rf"C(?<=[{DASHES}/]C)Y(?=\d{{2,4}}\b)",
    # Semicolon-separated rows (exports of grant databases): "EUR 240,000;2023-04-01;Mali".
    r";(?<=\S;)(?=\S)",
    # Quoted comma-separated rows (CSV exports): "NF-12","Togo","2023-04-01" -> each quote and comma a token.
    r'"(?<=\S")(?=,")', r',(?<=",)(?=")', r'"(?<=",")(?=\S)', r'\)(?<=\w\))(?="?,)',
    # Unquoted fields of such rows: "Varenne,2031-12", "4400000,SEK", 'Eastland,"Hill Wells, Phase II",2031'.
    r',(?<=[^\W\d_],)(?=\d)', r',(?<=\),)(?=\d)', r',(?<=\d,)(?=[^\W\d_])', r',(?<=\w,)(?=")', r'"(?<=,")(?=\w)', r'"(?<=[\w)]")(?=,)',
    r',(?<=",)(?=\w)', r',(?<=\d,)(?=\d{5})',  # (no thousands group, hardly a decimal, has five digits: "2031-12,5400000")
    # A date field beside another field: "4400000,2031-03-01,2034-02-28", "900000,05/11/2031,30/06/2034", "(HWP),Eastland".
    r',(?<=\d,)(?=\d{4}-\d\d-\d\d\b)', r',(?<=\d,)(?=\d\d?/\d\d?/\d{4}\b)',
    r',(?<=-\d\d-\d\d,)', r',(?<=/\d{4},)', r',(?<=\),)(?=[^\W\d_])',
]


def customize_tokenizer(nlp, currency_prefixes: Iterable[str], lettered_signs: Iterable[str] = ()) -> None:
    """Add the factsheet splits to nlp.tokenizer and wrap it in the long-run guard.

    nlp (Language): a blank English pipeline.
    currency_prefixes (Iterable[str]): codes and signs that may be glued to a number.
    lettered_signs (Iterable[str]): signs written in letters, which a full stop may glue to a number.
    """
    tokenizer = nlp.tokenizer
    currency_prefixes = list(currency_prefixes)
    prefixes = _prefix_patterns(currency_prefixes, lettered_signs) + list(nlp.Defaults.prefixes)
    tokenizer.prefix_search = AffixMemo(compile_prefix_regex(prefixes).search)
    suffixes = [consuming_first(p) for p in SUFFIX_PATTERNS + list(nlp.Defaults.suffixes)]
    tokenizer.suffix_search = AffixMemo(compile_suffix_regex(suffixes).search)
    tokenizer.infix_finditer = AffixMemo(
        compile_infix_regex([consuming_first(p) for p in INFIX_PATTERNS + list(nlp.Defaults.infixes)]).finditer)
    # (The URL test runs on every word left after the affixes, and answers by the string alone: kept too.)
    if tokenizer.url_match is not None:
        tokenizer.url_match = AffixMemo(tokenizer.url_match)
    # spaCy's exceptions keep "):" and "8)" (emoticons) and "m." / "b." / "k." (abbreviations) whole, and split "im"
    # ("I'm"); in a factsheet they close an acronym's parentheses ("(IRDP):", "(ABCF-8)"), end a sentence after a
    # scale ("$1.2m.") or stand in a German title ("Wasserschutz im Bergland").
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items()
                       if k not in UNWANTED_EXCEPTIONS and k not in CACHE_BREAKING_EXCEPTIONS}
    # A sign that starts with a character spaCy splits off ("$NZ", "$A") stays one token when written apart;
    # so does a sign with a dot inside ("Bs.S").
    for sign in currency_prefixes:
        if len(sign) > 1 and (not sign[0].isalnum() or "." in sign[1:-1]) and not any(c.isspace() for c in sign):
            tokenizer.add_special_case(sign, [{ORTH: sign}])
    # "févr. 2031 - nov. 2033": a month's abbreviation keeps its full stop, as spaCy's "Jan." does; "el 1° de marzo"
    # keeps its degree sign (the first of the month as Spanish writes it, like "1º").
    for abbreviation in sorted(dotted_month_abbreviations()) + ["1°"]:
        if abbreviation not in tokenizer.rules:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # "au titre de l'exercice 2032": the article comes off the fiscal year's noun, which opens the date (spec: the
    # span is the expression, without the words before it).
    # ("le mois d'avril 2031": so does a month's name, which opens its date.)
    for article in ("l'", "l’", "L'", "L’", "d'", "d’"):
        for noun in ELIDED_FISCAL_NOUNS + tuple(sorted(elided_month_names())):
            tokenizer.add_special_case(article + noun, [{ORTH: article}, {ORTH: noun}])
    nlp.tokenizer = LongRunGuard(tokenizer)


ELIDED_FISCAL_NOUNS = ("exercice", "Exercice", "exercício", "Exercício")


class AffixMemo:
    """A tokenizer affix regex's search (or finditer, as a list; or the URL match), kept per string it was asked about.

    spaCy caches a word's tokens only until the first special case of a text ("US$", "a.m."), so most words of a
    factsheet are split again at every sight, and the affix regexes (long alternations anchored at an end, tried
    at every position) were a tenth of the pipeline's work. The answer depends on the string alone; it is kept
    with the tokenizer, and dropped whole past LIMIT strings so that a large corpus cannot grow it without end.
    """

    LIMIT = 200_000

    def __init__(self, function):
        self.function = function
        self.__self__ = function.__self__  # spaCy saves the affix rules as the pattern of the bound regex
        self.iterates = function.__name__ == "finditer"
        self.found: dict = {}

    def __call__(self, string: str):
        found = self.found.get(string, self)
        if found is self:
            if len(self.found) >= self.LIMIT:
                self.found.clear()
            found = self.found[string] = list(self.function(string)) if self.iterates else self.function(string)
        return iter(found) if self.iterates else found

    def __reduce__(self):
        return AffixMemo, (self.function,)


def consuming_first(pattern: str) -> str:
    """The same pattern with its opening lookbehind moved after the one character it then consumes
    ("(?<=[0-9])\\+" -> "\\+(?<=(?:[0-9])\\+)"), as SUFFIX_PATTERNS are written by hand; spaCy's defaults
    open with a lookbehind too. A pattern of another shape is returned as it is.
    """
    if not pattern.startswith("(?<="):
        return pattern
    end = _group_end(pattern, 0)
    if end is None:
        return pattern
    behind, rest = pattern[4:end], pattern[end + 1 :]
    atom = _one_character(rest)
    if atom is None or rest[len(atom) : len(atom) + 1] in ("*", "+", "?", "{"):
        return pattern
    return f"{atom}(?<=(?:{behind}){atom}){rest[len(atom):]}"


def _group_end(pattern: str, start: int) -> int | None:
    """Index of the ")" closing the group that opens at start (escapes and [...] classes skipped)."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if pattern[i + 1 : i + 2] == "]" else 3 if pattern[i + 1 : i + 3] == "^]" else 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _one_character(text: str) -> str | None:
    """The regex atom at the start of text when it matches exactly one character: "x", "\\.", "\\d", "[...]"."""
    if not text:
        return None
    if text[0] == "\\":
        return text[:2] if len(text) > 1 and (not text[1].isalnum() or text[1] in "dDsSwW") else None
    if text[0] == "[":
        i = 2 if text[1:2] == "]" else 3 if text[1:3] == "^]" else 1
        while i < len(text):
            if text[i] == "\\":
                i += 2
            elif text[i] == "]":
                return text[: i + 1]
            else:
                i += 1
        return None
    return text[0] if text[0] not in "()|.^$*+?{}" else None


class LongRunGuard:
    """Tokenizer wrapper that cuts whitespace-free runs longer than MAX_RUN characters."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        doc = self._tokenize(text)
        # The text the doc was made from (doc.text would join the tokens again): the layout reads it once.
        doc.user_data[SOURCE_TEXT] = text
        return doc

    def _tokenize(self, text: str) -> Doc:
        # (Whether any run is too long, as _LONG_RUN.search tells: str.split cuts at the same whitespace as \s, and
        # measuring its pieces costs a third less than the regex trying a run at every word's start.)
        if max(map(len, text.split()), default=0) <= MAX_RUN:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        for piece in _pieces(text):
            doc = self.tokenizer(piece)
            words.extend(t.text for t in doc)
            spaces.extend(bool(t.whitespace_) for t in doc)
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy serializes the tokenizer with the pipeline; delegate to the real one.
    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)


def _pieces(text: str) -> Iterable[str]:
    """Split text so that no piece holds a whitespace-free run longer than MAX_RUN."""
    position = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > position:
            yield text[position : run.start()]
        cut = run.start()
        while cut < run.end():  # (cut may pass run.end() by the one space kept with the last piece)
            end = min(cut + MAX_RUN, run.end())
            if end < run.end():
                # A quoted CSV row is one long run: cut after a field separator, not inside a date or a word.
                found = ((text.rfind(mark, cut + MAX_RUN // 2, end - len(mark) + 1), mark) for mark in RUN_SEPARATORS)
                end = next((at + len(mark) for at, mark in found if at >= 0), end)
            elif text[end : end + 1] == " ":
                # The space after the run stays the last word's trailing space, not a token of its own.
                end += 1
            yield text[cut:end]
            cut = end
        position = cut
    if position < len(text):
        yield text[position:]
