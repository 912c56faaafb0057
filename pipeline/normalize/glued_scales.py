"""A scale glued before a currency sign: "310 MDH", "2,4 MMDH", "1,2 Md€", "75 MFCFA".

French-language pages (Morocco, francophone Africa) abbreviate "millions de dirhams" as MDH and "milliards" as
MMDH, Md or Mds; German writes Mrd. Only the signs these abbreviations are written with count: glued to other
signs the same letters are mostly acronyms ("12 MDA staff", "150 MMCF per day"). The split is done before the
normalizer reads the text, and the sign is resolved as it would be alone (a shared "DH" by the passage's country).
"""

from __future__ import annotations

import re

from ..currencies import CurrencyTable

# "M" is a million; "MM", "Md", "Mds", "Mrd" a milliard ("MMDH"; English finance's "US$5MM" is a million, but is
# written after "$" or a code, never glued before these signs).
SCALES = {"M": "million", "MM": "milliard", "Md": "milliard", "Mds": "milliard", "Mrd": "milliard"}
SIGNS = ("DH", "Dh", "FCFA", "€")
# ("M€" is read already: the tokenizer parts it into a scale letter and the sign.)
FORMS = {prefix + sign for prefix in SCALES for sign in SIGNS} - {"M€"}
GLUED = re.compile(rf"(?<![\w$€£])(?P<prefix>{'|'.join(sorted(SCALES, key=len, reverse=True))})"
                   rf"(?P<sign>{'|'.join(map(re.escape, SIGNS))})(?![\w$€£])")


def glued_scale_forms(table: CurrencyTable) -> set[str]:
    """The prefixed forms that are not currency forms of their own, for the MONEY ruler's sign tokens."""
    return {form for form in FORMS if not table.candidates(form)}


def split_glued_scale(text: str, table: CurrencyTable) -> str:
    """ "310 MDH" -> "310 million DH"; unchanged when no prefixed form is in text."""
    if "M" not in text:
        return text

    def split(match: re.Match) -> str:
        if table.candidates(match.group(0)):
            return match.group(0)
        return f"{SCALES[match['prefix']]} {match['sign']}"
    return GLUED.sub(split, text)
