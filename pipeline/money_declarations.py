"""The currencies a document declares for its shared forms: "all figures in Australian dollars", '"$" means US
dollars', "K and ZK mean Zambian kwacha", "los montos se expresan en pesos mexicanos", "A$ unless otherwise stated",
"the Islamic Dinar (ID)"; and the peso a Spanish page writes as "$" ("$7,3 billones de pesos chilenos").
pipeline.money_context reads them once per document, on the first amount whose form needs them."""

from __future__ import annotations

import re
from itertools import chain
from typing import Optional

from .currencies import CurrencyTable
from .initials import initial_phrases

NAME = r"((?:(?:[A-Z][A-Za-z.]*|&)\s+){1,4}[a-z]+)"
# "all figures in Australian dollars", "amounts are in US dollars unless ...".
# (r"(?i:figures|amounts|...)\b...", written to open on the nouns' first letters: the regex engine skips ahead to them;
# same matches. See pipeline.initials.)
DECLARED_AMOUNTS = initial_phrases(["figures", "amounts", "sums", "values", "numbers", "prices", "costs"],
                                   r"\b[^.\n]{0,40}?\b(?:in|are)\s+" + NAME, ignore_case=True, boundary=False)
# "los montos se expresan en pesos mexicanos", "les montants sont exprimés en dollars canadiens": a Romance page's
# declaration, its currency's name in lower case ("los montos en $ corresponden a pesos chilenos": the
# sign, then what it stands for).
ROMANCE_DECLARED_AMOUNTS = initial_phrases(["montos", "importes", "cifras", "cantidades", "valores", "montants", "chiffres",
                                            "sommes", "valeurs", "montantes", "quantias"],
                                           r"\b[^.\n]{0,40}?\b(?:en|em)\s+(?:\$\s+(?:corresponden?|correspondem?|correspondent"
                                           r"|equivalen?|son|sont|são)\s+(?:(?:a|à|aux?|des)\s+)?)?((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)",
                                           ignore_case=True, boundary=False)
# '"$" means US dollars', 'K and ZK mean Zambian kwacha', 'the $ sign denotes Mexican pesos', 'K = Zambian kwacha'.
# ('"$" on its own means EC$': the currency named by its own prefixed sign.)
DECLARED_SIGNS = re.compile(r"[\"“‘']?(\S{1,4}?)[\"”’']?(?:\s+and\s+[\"“‘']?(\S{1,4}?)[\"”’']?)?(?:\s+(?:sign|symbol))?"
                            r"(?:\s+(?:on its own|alone|by itself))?\s+(?:means?|stands? for|denotes?|refers? to|=)\s+"
                            r"(?:" + NAME + r"|([A-Z]{1,3}\$)(?![\w$]))")
# "los montos con el signo $ se expresan en pesos chilenos (CLP)", "le signe $ désigne le dollar canadien (CAD)": a Romance page
# names a sign, then the currency it stands for with its code in parentheses, in one sentence.
SIGN_NOUNS = ("signo", "sinal", "signe", "symbole", "símbolo")
ROMANCE_SIGN_DECLARATION = re.compile(r"(?:" + "|".join(SIGN_NOUNS) + r")\s+[\"“«]?\s*(?P<sign>[^\s\"”»]{1,4}?)\s*[\"”»]?\s"
                                      r"[^.\n]{0,80}?\((?P<code>[A-Z]{3})\)")
# ("K = Zambian kwacha": a glossary's equals sign declares too.)
VERB_STEMS = ("mean", "stand", "denote", "refer", " = ")  # (what DECLARING_VERB's matches hold, in its case)
DECLARING_VERB = re.compile(r"(?:m(?<!\wm)eans?|s(?<!\ws)tands? for|d(?<!\wd)enotes?|r(?<!\wr)efers? to)\b|(?<=\s)=(?=\s)")  # (a \b read after each first letter)
# "$7,3 billones de pesos chilenos": a bare "$" before an amount of a named peso.
# (Like the patterns below, it consumes its first character before looking behind it: the engine then skips ahead
# to that character instead of trying the lookbehind at every position of the text; same matches.)
PESO_SIGN = re.compile(r"\$(?<![A-Za-z]\$)\s?\d[\d.,]*(?:\s+[^\W\d_]+){0,2}?\s+(?:de\s+)?(pesos?\s+[^\W\d_]+)")
LOCAL_DOLLAR = "$ local"
# "its unit of account, the Islamic Dinar (ID)": a currency's name, then a shared sign in parentheses.
NAMED_SIGN = re.compile(r"((?:[A-Z][\w.]*\s+){1,3}[A-Za-z]+)\s*\(\s*([^\s(),;]{1,4})\s*[,;)]")
# "A$ unless otherwise stated".
DECLARED_UNLESS = re.compile(r"([A-Z]{1,3}\$|\$[A-Z]{1,2})\s+unless otherwise (?:stated|noted|indicated|specified)")

# The most non-space characters DECLARED_SIGNS reads before its verb: two quoted forms of four, "and", "symbol",
# "on its own".
BEFORE_VERB = 29


def declared_signs(text: str):
    """DECLARED_SIGNS.finditer(text), the same matches, trying only where a match can start: a match holds a declaring
    verb with at most BEFORE_VERB non-space characters before it (the scan at every position of the text cost most)."""
    # (Each verb holds one of these as written: a text without them, most, skips the scan for the verbs' letters.)
    if not any(stem in text for stem in VERB_STEMS):
        return
    position = 0
    for verb in (m.start() for m in DECLARING_VERB.finditer(text)):
        if verb < position:
            continue
        start, seen = verb, 0
        while start > position and (text[start - 1].isspace() or seen < BEFORE_VERB):
            seen += not text[start - 1].isspace()
            start -= 1
        for at in range(start, verb + 1):
            match = DECLARED_SIGNS.match(text, at)
            if match:
                yield match
                position = match.end()
                break


def declarations(text: str, table: CurrencyTable) -> dict[str, str]:
    """Each declared form and its ISO 4217 code ("$" and LOCAL_DOLLAR for the dollar and a page's own peso)."""
    declared: dict[str, str] = {}
    dollar_family = table.candidates("$")
    # ("pesos mexicanos; los equivalentes ...": a Romance name is read from its first words, the longest first.)
    for match in chain(DECLARED_AMOUNTS.finditer(text), ROMANCE_DECLARED_AMOUNTS.finditer(text)):
        words = match.group(1).split()
        code = next(filter(None, (currency_named(" ".join(words[:n]), table) for n in range(len(words), 0, -1))), None)
        if code in dollar_family:
            declared.setdefault("$", code)
    for match in declared_signs(text):
        code = currency_named(match.group(3), table) if match.group(3) else table.signs.get(match.group(4))
        for form in filter(None, match.group(1, 2)):
            if code and code in table.candidates(form):
                declared.setdefault("$" if form.lower() in table.declared_only else form, code)
    for match in ROMANCE_SIGN_DECLARATION.finditer(text) if any(w in text for w in SIGN_NOUNS) else ():
        # "los montos con el signo $ se expresan en pesos chilenos (CLP)": the code in the parenthesis.
        form, code = match.group("sign"), match.group("code")
        if code in table.candidates(form):
            declared.setdefault("$" if form.lower() in table.declared_only else form, code)
    for match in PESO_SIGN.finditer(text) if "$" in text else ():
        # "$7,3 billones de pesos chilenos": the page writes "$" for that peso (read where no country is near).
        code = table.qualified_words.get(match.group(1).lower())
        if code in dollar_family:
            declared.setdefault(LOCAL_DOLLAR, code)
    # (The phrase is written as it is: a text without it has no such declaration, and skips the scan.)
    for match in DECLARED_UNLESS.finditer(text) if "unless otherwise" in text else ():
        code = table.signs.get(match.group(1))
        if code in dollar_family:
            declared.setdefault("$", code)
    # "its unit of account, the Islamic Dinar (ID)": a currency's name, then a shared sign in parentheses.
    for match in NAMED_SIGN.finditer(text) if "(" in text else ():
        code, form = currency_named(match.group(1), table), match.group(2)
        if code and code in table.candidates(form) and len(table.candidates(form)) > 1:
            declared.setdefault("$" if form.lower() in table.declared_only else form, code)
    return declared


def currency_named(phrase: str, table: CurrencyTable) -> Optional[str]:
    """The currency a phrase's last words name ("in Australian dollars" -> AUD), if any."""
    words = phrase.lower().split()
    for start in range(len(words)):
        code = table.qualified_words.get(" ".join(words[start:]))
        if code:
            return code
    return None
