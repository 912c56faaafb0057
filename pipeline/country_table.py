"""The COUNTRY lexicon read from rules/countries.json and the maintained sources: ISO 3166 names from pycountry (with
their French, Spanish and Portuguese translations, and ISO's inverted names the right way round), CLDR's territory
names through Babel, and the table's aliases, demonyms and combining forms; one spaCy phrase pattern per written form."""

from __future__ import annotations

import gettext
import re
from typing import Any

import pycountry


def entries(table: dict[str, Any]) -> list[tuple[str, Any]]:
    """A rules table's entries, without its notes ("_note")."""
    return [(key, value) for key, value in table.items() if not key.startswith("_")]


# CLDR's country names in the languages factsheets are written in ("Sénégal", "Costa do Marfim").
COUNTRY_NAME_LOCALES = ("fr", "es", "pt")
# Regional spellings CLDR gives beside those: European Portuguese ("Madagáscar", "Quénia", "Vietname"), as Portugal,
# Cabo Verde, Mozambique and Angola write them.
COUNTRY_NAME_VARIANT_LOCALES = ("pt_PT",)


def country_table(data: dict[str, Any]) -> tuple[dict[str, tuple[str, str]], list[dict[str, str]]]:
    """Every written form of a country (name or demonym) -> (ISO2, form), and the COUNTRY phrase patterns."""
    from babel import Locale

    excluded = set(data["excluded_names"]["names"])
    forms: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name and "(" not in name and name not in excluded:
                forms[name] = (country.alpha_2, "name")
    codes = {country.alpha_2 for country in pycountry.countries}
    # ("República de Panamá", "République du Sénégal", "Estados Unidos Mexicanos": pycountry's translations of the
    # official names, in the languages of COUNTRY_NAME_LOCALES; and "Corea, República de" -> "República de Corea", ISO's
    # inverted short names, English and translated, the way round pages write them.)
    for locale in ("en",) + tuple(COUNTRY_NAME_LOCALES):
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
        for country in pycountry.countries:
            uninverted = _uninverted(translation.gettext(country.name))
            if uninverted and uninverted not in excluded:
                forms.setdefault(uninverted, (country.alpha_2, "name"))
            official = getattr(country, "official_name", None)
            name = translation.gettext(official) if official and locale != "en" else None
            if name and name != official and "," not in name and "(" not in name and name not in excluded:
                for written in {name} | (_french_elisions(name) if locale == "fr" else set()):
                    forms.setdefault(written, (country.alpha_2, "name"))
    for locale in COUNTRY_NAME_LOCALES + COUNTRY_NAME_VARIANT_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            # CLDR writes some short forms as "Congo - Kinshasa"; those are not how pages write them.
            if code in codes and " - " not in name and "(" not in name and name not in excluded:
                forms.setdefault(name, (code, "name"))
    for iso2, names in data["aliases"].items():
        for name in names:
            if name not in excluded:
                forms[name] = (iso2, "name")
    for iso2, demonyms in data["demonyms"].items():
        for demonym in demonyms:
            forms.setdefault(demonym, (iso2, "demonym"))
    capitalized = _romance_demonyms(data.get("romance_demonyms", {}), forms)
    patterns = [{"label": "COUNTRY", "pattern": form, "id": forms[form][0]} for form in sorted(capitalized)]
    for form, (iso2, _form) in sorted(forms.items()):
        # Names are matched as written, in capitals (title lines: "REPUBLIC OF MADAGASCAR") and in title case.
        # A form that starts in lower case ("oPt") is an abbreviation with its own casing: as written only.
        variants = {form} if form[:1].islower() else {form, form.upper(), form.title() if " " in form else form}
        for variant in variants:
            patterns.append({"label": "COUNTRY", "pattern": variant, "id": iso2})
    # Combining forms ("Sino-") are looked up but not matched alone: only before a hyphen (components).
    for iso2, prefixes in entries(data["combining_forms"]):
        for prefix in prefixes:
            forms.setdefault(prefix, (iso2, "demonym"))
    return forms, patterns


INVERTED_NAME = re.compile(r"([^,()]+), ((?!The |the )[^,()]+ (?:of|de|del|da|do|du|des))")


def _uninverted(name: str) -> str | None:
    """"Korea, Republic of" -> "Republic of Korea"; None for a name not written that way."""
    match = INVERTED_NAME.fullmatch(name)
    if not match:
        return None
    return f"{match.group(2)[:1].upper()}{match.group(2)[1:]} {match.group(1)}"  # ("république bolivarienne du ...")


FRENCH_DE_BEFORE_VOWEL = re.compile(r"\b(de) (?=[AEIOUYHÂÉÈÊÎÔÛÀ])|\b(d)'(?=\w)")


def _french_elisions(name: str) -> set[str]:
    """"République d'Haïti" as pages write it, beside pycountry's "République de Haïti"; "d’" written either way."""
    elided = FRENCH_DE_BEFORE_VOWEL.sub(lambda match: "d'", name)
    return {elided, elided.replace("d'", "d’")} - {name}


def shared_demonym_countries(demonyms: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each demonym listed under more than one country, with those countries in the table's order."""
    codes: dict[str, list[str]] = {}
    for iso2, forms in demonyms.items():
        for form in forms:
            codes.setdefault(form, []).append(iso2)
    return {form: tuple(found) for form, found in codes.items() if len(found) > 1}


def _romance_demonyms(table: dict[str, Any], forms: dict[str, tuple[str, str]]) -> set[str]:
    """Adds the French, Spanish and Portuguese demonyms ("boliviana", "suisse") to forms, and returns their
    capitalized variants ("Agencia Española"), also added: those of common English words ("Indiana") are left out,
    and so are forms that name a currency ("bolivianos")."""
    from babel import Locale

    from .projects.common_words import is_common_english

    # ("bolivianos" are Bolivia's currency too: a currency's name in the page's language stays money.)
    currency_names = {name.lower() for language in ("en",) + COUNTRY_NAME_LOCALES
                      for code, name in Locale(language).currencies.items()}
    currency_names |= {name.lower() for language in ("en",) + COUNTRY_NAME_LOCALES
                       for plural in Locale(language)._data["currency_names_plural"].values() for name in plural.values()}
    capitalized = set()
    for language, by_country in entries(table):
        for iso2, demonyms in by_country.items():
            for demonym in demonyms:
                if demonym in currency_names:
                    continue
                forms.setdefault(demonym, (iso2, "demonym"))
                title = demonym[:1].upper() + demonym[1:]
                if not is_common_english(demonym) and title not in forms:
                    forms[title] = (iso2, "demonym")
                    capitalized.add(title)
    return capitalized
