"""Month and quarter names from CLDR (through Babel), in the languages factsheets are written in, for the DATE
patterns (pipeline.resources) and the DATE normalizer (pipeline.normalize.dates)."""

from __future__ import annotations

from babel.dates import get_month_names, get_quarter_names
from wordfreq import zipf_frequency

# Month names from CLDR (through Babel), wide and abbreviated, format and stand-alone, in the
# languages factsheets are written in: "12 avril 2016", "9 de octubre de 2031", "novembro de 2027".
MONTH_LOCALES = ("en", "fr", "es", "pt")
# Languages of bilingual pages and tables whose full month names alone are read ("2. december 2031", "30 Maret 2032",
# "März 2031"): their abbreviations are too often words or names of other languages.
# (Peru's and Uruguay's Spanish writes "setiembre": CLDR's es_PE has it; its dotted abbreviations, "may.", are not read.)
WIDE_MONTH_LOCALES = ("de", "nl", "da", "sv", "nb", "it", "id", "es_PE")
# Central and Eastern European languages and Turkish, whose full names are read unless short or English words
# ("mart", "mai", "augusta" are left out): "15 maja 2031", "12 března 2031", "14 Ekim 2030".
GUARDED_WIDE_MONTH_LOCALES = ("pl", "cs", "sk", "hr", "sl", "ro", "hu", "tr")
# CLDR abbreviations that are everyday English words ("carried out in 2020", "set in 2019",
# "ago"): only their full month names count.
AMBIGUOUS_ABBREVIATIONS = {"out", "set", "ago"}
# Words between a month and its year or day: "May of 2019", "novembro de 2027", "9 de octubre".
MONTH_JOINERS = ("of", "in", "de", "del")


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    name = name.casefold().rstrip(".")
                    if width == "wide" or locale == "en" or name not in AMBIGUOUS_ABBREVIATIONS:
                        names.setdefault(name, number)
    for name, number in _wide_only_month_names().items():
        names.setdefault(name, number)
    return names


def _wide_only_month_names() -> dict[str, int]:
    """The full month names of WIDE_MONTH_LOCALES and GUARDED_WIDE_MONTH_LOCALES that the main languages do not write
    ("dezember", "marts", "maja"); a name two languages give different months is left out ("listopad" is November in
    Czech, October in Croatian)."""
    names: dict[str, int] = {}
    clashes: set[str] = set()
    for locale in WIDE_MONTH_LOCALES + GUARDED_WIDE_MONTH_LOCALES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale).items():
                name = name.casefold()
                if locale in WIDE_MONTH_LOCALES or len(name) >= 4 and zipf_frequency(name, "en", wordlist="small") == 0:
                    if names.setdefault(name, number) != number:
                        clashes.add(name)
    names = {name: number for name, number in names.items() if name not in clashes}
    main = {name.casefold() for locale in MONTH_LOCALES for width in ("wide", "abbreviated")
            for name in get_month_names(width, "format", locale).values()}
    return {name: number for name, number in names.items() if name not in main}


MONTHS = _month_names()


# Abbreviations that, with a sentence's full stop, are words of the languages that write them ("cerca del mar.").
DOTTED_WORD_CLASHES = {"mar"}


def dotted_ordinals(words) -> set[str]:
    """"1.º", "2.ª" of "1º", "2ª": European Portuguese writes a full stop before an ordinal's letter."""
    return {f"{word[0]}.{word[1:]}" for word in words if word[:1].isdigit() and word[1:2] in ("º", "ª", "°")}


def dotted_month_abbreviations() -> frozenset[str]:
    """CLDR's abbreviations written with a full stop ("janv.", "déc.", "fev."), lower case and capitalized, for the
    tokenizer to keep whole (English's "Jan." already is); not "out.", "set.", "ago." (English words) nor "mar."."""
    names = {name.casefold() for locale in MONTH_LOCALES for context in ("format", "stand-alone")
             for name in get_month_names("abbreviated", context, locale).values() if name.endswith(".")}
    names = {name for name in names if name.rstrip(".") not in AMBIGUOUS_ABBREVIATIONS | DOTTED_WORD_CLASHES}
    return frozenset(names | {name[:1].upper() + name[1:] for name in names})


# Languages whose "de" elides before a vowel: "le mois d'avril 2031", "dal mese d'ottobre".
ELIDING_LOCALES = ("fr", "it")


def elided_month_names() -> frozenset[str]:
    """CLDR's full month names that open with a vowel in the eliding languages ("avril", "août", "octobre"), lower case
    and capitalized, for the tokenizer to split "d'avril" into the article and the month."""
    names = {name.casefold() for locale in ELIDING_LOCALES for context in ("format", "stand-alone")
             for name in get_month_names("wide", context, locale).values()}
    names = {name for name in names if name[:1] in "aeiouâéèêîôû"}
    return frozenset(names | {name[:1].upper() + name[1:] for name in names})


# A day written with a full stop ("14. Dezember 2031") is read before these names only: "1. Sept 2031" and
# "3. Mars 2031" open numbered lines.
DOTTED_DAY_MONTHS = frozenset(_wide_only_month_names())


def _quarter_names() -> dict[str, int]:
    """CLDR's quarter names, dots dropped: "q1", "1st quarter", "t4", "2e trimestre", "1er trimestre", "2º trimestre"."""
    names: dict[str, int] = {}
    for locale in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for number, name in get_quarter_names(width, "format", locale).items():
                names.setdefault(name.casefold().replace(".", ""), number)
    return names


# The wide quarter names as Spanish, French and Portuguese prose spells the ordinal ("tercer trimestre de 2031",
# "deuxième trimestre 2031"); CLDR writes it in figures ("3.er trimestre"), and Babel has no ordinal spell-out.
WORDED_QUARTER_ORDINALS = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
    "premier": 1, "deuxième": 2, "troisième": 3, "quatrième": 4,
    "primeiro": 1, "terceiro": 3, "quarto": 4,
}
# "III Trimestre 2031": Lusophone and Hispanic budget reports number quarters in roman figures.
ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Half-years in French, Spanish and Portuguese prose ("second semestre 2035", "primer semestre de 2034"): CLDR names
# no halves, so the ordinals are spelled here, in words and in figures.
HALF_ORDINALS = {
    "premier": 1, "1er": 1, "second": 2, "seconde": 2, "deuxième": 2, "2e": 2, "2ème": 2, "2nd": 2,
    "primer": 1, "primero": 1, "primeiro": 1, "segundo": 2, "1º": 1, "2º": 2, "1°": 1, "2°": 2,
}
HALF_NAMES = {f"{word} semestre": n for word, n in HALF_ORDINALS.items()}
# (The half-years' ordinals open quarter names too: "second trimestre 2031", "2ème trimestre 2031".)
QUARTER_NAMES = _quarter_names() | {f"{word} trimestre": n for word, n in
                                    (WORDED_QUARTER_ORDINALS | ROMAN_QUARTERS | HALF_ORDINALS).items()}


def quarter_name_tokens() -> tuple[set[str], set[str], set[str]]:
    """The tokens CLDR's quarter names are written with, for the token patterns: one-token names ("t4"),
    the ordinals of the wide names with and without their dots ("2.º", "2º", "1er") and their nouns ("trimestre")."""
    single, ordinals, nouns = set(), set(), set()
    for locale in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for name in get_quarter_names(width, "format", locale).values():
                words = name.casefold().split()
                if len(words) == 1:
                    single.add(words[0])
                else:
                    ordinals.update({words[0], words[0].replace(".", "")})
                    nouns.update(words[1:])
    ordinals |= set(WORDED_QUARTER_ORDINALS) | set(HALF_ORDINALS)
    ordinals |= dotted_ordinals(ordinals)  # ("1.º trimestre de 2031")
    return single, ordinals, nouns
