"""The COUNTRY component: names and demonyms the phrase patterns found, and the forms they cannot see, kept unless
the words around them make them part of a currency's name, a geographic feature, a province or a language."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .country_forms import combining_forms, line_broken_words, wrapped_names
from .normalize.countries import is_subdivision, starts_currency_name
from .resources import Rules
from .span_lists import set_spans, span_text, spans_of
from .span_values import CANDIDATES, longest_first, rules_for, span_value
from .token_table import TokenTable, token_table
from .word_bars import in_word_bar


# The first words of the Romance official forms (pycountry's translations): "República da ...", "États-Unis ...".
OFFICIAL_FORM_OPENERS = {"república", "république", "republic", "estados", "états", "estado", "état", "reino", "royaume"}


# "of the" between a currency's noun and its country: "dólares de los", "dollars of the"; or one word for both, "dollars des",
# "dólares dos".
OF_WORDS = {"of", "de"}
OF_THE_CONTRACTIONS = {"des", "du", "dos", "das", "do", "da", "del"}
OF_THE = OF_WORDS | OF_THE_CONTRACTIONS | {"the", "los", "las", "la", "le", "l'"}
GLOSS_QUOTES = {'"', "“", "'", "‘", "«"}


# Words that open the next phrase after a demonym used as a noun ("in French at every school").
PREPOSITIONS_AFTER = frozenset({"in", "at", "across", "for", "with", "to", "by", "on"})
# A lowercase noun that says the words listed before it are languages ("in French, English and local languages").
LANGUAGE_NOUNS = frozenset({"language", "languages", "tongue", "tongues", "dialect", "dialects"})
ROMANCE_LANGUAGE_NOUNS = frozenset({"língua", "línguas", "lengua", "lenguas", "langue", "langues", "idioma", "idiomas"})
# Words after a list's comma or "and" that go on with the sentence, not with a noun the list's words modify.
NOT_MODIFIED = PREPOSITIONS_AFTER | {"as", "the", "a", "an", "and", "or", "but", "which", "who", "where", "while", "its", "their"}

class FactsheetCountries:
    """COUNTRY: names and demonyms, except inside currency names, geographic features and provinces.

    Also finds what a phrase list cannot: combining forms before a hyphen ("Sino-German" holds
    CN and DE) and a word broken by a hyphen at a line end ("Ugan-\\ndan").
    """

    def __call__(self, doc: Doc) -> Doc:
        rules = rules_for(doc)
        money_tokens = {i for span in spans_of(doc, "MONEY") for i in range(span.start, span.end)}
        candidates = list(spans_of(doc, CANDIDATES["COUNTRY"]))
        candidates += combining_forms(doc, rules) + line_broken_words(doc, rules) + wrapped_names(doc, rules)
        tokens = token_table(doc)  # (the words around each candidate, without a Token per read)
        candidates = [span for span in candidates if not self._carried_on_by_a_hyphen(tokens, span)]
        kept = []
        for span in longest_first(candidates):
            before_one = tokens.texts[span.start - 1] if span.start > 0 else ""
            before_two = tokens.text(span.start - 2, span.start) if span.start > 1 else ""
            following = tokens.texts[span.end] if span.end < len(doc) else None
            if money_tokens.intersection(range(span.start, span.end)) or self._in_currency_name(span, rules):
                continue
            if following is not None and following in rules.geographic_after:
                continue
            # "the Senegal river": a country's name (not a demonym: "Kenyan river towns") before a feature in lower case.
            if following is not None and following.capitalize() in rules.geographic_after and following.islower() \
                    and rules.countries.get(span_text(span), ("", ""))[1] == "name":
                continue
            if before_one in rules.geographic_before or before_two in rules.geographic_before:
                continue
            # "Inter-American", "Pan-African": a region's adjective.
            if before_one == "-" and before_two[:-1] in rules.geographic_prefixes:
                continue
            if self._starts_subdivision(doc, span) or self._in_identifier(tokens, span):
                continue
            value = span_value(span)
            if value is not None and not (value.form == "demonym" and self._is_language(doc, span, rules)):
                kept.append(Span(doc, span.start, span.end, label="COUNTRY", span_id=span.id_))
        set_spans(doc, "COUNTRY", kept)
        return doc

    @staticmethod
    def _in_currency_name(span: Span, rules: Rules) -> bool:
        """"US$", "Swiss francs", "Samoan tala", "Central African CFA franc" (spec: not a COUNTRY)."""
        tokens = token_table(span.doc)  # (the word after the name by index, its text sliced: no Token per read)
        if FactsheetCountries._after_currency_noun(tokens, span, rules):
            return True
        at = span.end
        if at >= len(tokens.texts):
            return False
        following = tokens.texts[at]
        if tokens.spaces[at] or tokens.puncts[at] and following != "$":
            return False
        if following == "$":
            # "US$" is a currency; "Kazakhstan $2bn" is a country before an amount.
            return not tokens.spaced[at - 1]
        name = span_text(span)
        if following.isupper() and following.isalpha() and len(following) == 3 \
                and not starts_currency_name(f"{name} {following}"):
            # An ISO code after a name ("UNICEF Jordan EUR 12 million") is not part of a currency's name.
            return False
        # (A currency name's noun: "Kenya shillings"; "Sénégal oriental" is a region, though "oriental" ends a name.)
        word, nouns = tokens.lowers[at], rules.currencies.head_nouns
        return word in nouns or word.rstrip("s") in nouns or starts_currency_name(f"{name} {following}")

    @staticmethod
    def _after_currency_noun(tokens: TokenTable, span: Span, rules: Rules) -> bool:
        """"trois dollars canadiens", "dólares estadounidenses", "francs suisses": a demonym written after a currency's
        noun qualifies the currency (its Romance name), it names no country; so does a name after the noun and "of"
        ("dólares de los Estados Unidos de América")."""
        table, at = rules.currencies, span.start - 1
        # ("dólares de los Estados Unidos", "dollars des États-Unis": a noun several currencies share, then "of the" and
        # the country's name, as the currency's full name writes it; "euros de la France" are France's euros, "dólares
        # de Estados Unidos" dollars from there, and "won the Korea ... Prize" is a verb.)
        noun = at
        while noun >= 0 and at - noun < 2 and tokens.lowers[noun] in OF_THE and tokens.spaced[noun]:
            noun -= 1
        of_the = [tokens.lowers[k] for k in range(noun + 1, at + 1)]
        if noun < at and noun >= 0 and len(table.candidates(tokens.lowers[noun])) > 1 \
                and (of_the[-1] in OF_THE_CONTRACTIONS or len(of_the) == 2 and of_the[0] in OF_WORDS):
            at = noun
        elif at < 0 or tokens.puncts[at] or not tokens.spaced[at] or not span_text(span)[:1].islower():
            return False
        # (The noun must name a currency of the demonym's country: not "une unité sénégalaise", "oro peruano".)
        word = tokens.lowers[at]
        codes = table.candidates(word) or table.candidates(word.rstrip("s"))
        iso2 = rules.countries.get(span_text(span), ("", ""))[0]
        return bool(codes) and bool(codes & set(table.territories.get(iso2, ())))

    @staticmethod
    def _in_identifier(tokens: TokenTable, span: Span) -> bool:
        """"XYZ-LAO-MTR-31-07": a code in capitals among three or more parts glued by hyphens, one of them a number,
        is part of a document's identifier ("KENYA-UGANDA-TANZANIA" over a map names three countries)."""
        if len(span) != 1 or not tokens.texts[span.start].isupper():
            return False
        texts, spaced = tokens.texts, tokens.spaced
        first = last = span.start
        while first >= 2 and texts[first - 1] == "-" and not spaced[first - 2] and not spaced[first - 1]:
            first -= 2
        while last + 2 < len(texts) and texts[last + 1] == "-" and not spaced[last] and not spaced[last + 1]:
            last += 2
        parts = texts[first : last + 1 : 2]
        return len(parts) >= 3 and any(part.isdigit() for part in parts)

    @staticmethod
    def _carried_on_by_a_hyphen(tokens: TokenTable, span: Span) -> bool:
        """"República da Guiné-Bissau": an official form (a republic's, a state's) whose last word a hyphen carries on
        names another country (the shorter candidate "Guiné-Bissau" names it); "Papua New Guinea-Australia" does not."""
        end = span.end
        return len(span) >= 3 and tokens.lowers[span.start] in OFFICIAL_FORM_OPENERS and end + 1 < len(tokens.texts) \
            and tokens.texts[end] == "-" and not tokens.spaced[end - 1] and tokens.texts[end + 1][:1].isupper()

    @staticmethod
    def _starts_subdivision(doc: Doc, span: Span) -> bool:
        """"Panamá Oeste", a province: the country word begins an ISO 3166-2 name."""
        tokens = token_table(doc)
        for size in (1, 2):
            if span.end + size <= len(doc) and tokens.texts[span.end + size - 1][:1].isupper() \
                    and is_subdivision(tokens.text(span.start, span.end + size)):
                return True
        return False

    @staticmethod
    def _is_language(doc: Doc, span: Span, rules: Rules) -> bool:
        """"available in French and Spanish", "French-speaking", "English | Deutsch | Français": a
        language, not a country."""
        if in_word_bar(doc, span):
            return True
        tokens = token_table(doc)  # (the words around by index: no Token per read)
        lowers, texts, size = tokens.lowers, tokens.texts, len(tokens.texts)
        following = lowers[span.end] if span.end < size else ""
        after_next = lowers[span.end + 1] if span.end + 1 < size else ""
        if following in rules.language_after or (following == "-" and after_next in rules.language_after):
            return True
        # ('Terra Firme (Portuguese for "solid ground")': a gloss of a name, in parentheses, gives its language.)
        if following == "for" and after_next in GLOSS_QUOTES and span.start > 0 and lowers[span.start - 1] == "(":
            return True
        # In a list of languages each member follows the same "in"/"into".
        start = span.start
        while start >= 2 and lowers[start - 1] in {"and", "or", ","} and texts[start - 2][:1].isupper():
            start -= 2
        before = lowers[start - 1] if start > 0 else ""
        # ("lessons in Tetum, English and French at every school": a preposition after the word ends its phrase too.)
        ends_phrase = following in {"", ".", ",", ";", ":", ")", "and", "or"} | PREPOSITIONS_AFTER or not following[:1].isalpha()
        # "Language: English, Russian", "(Portuguese: Programa Nacional ...)": a field of languages, a name's language.
        labelled = before == ":" and start > 1 and lowers[start - 2] in rules.language_after
        name_after = span.end + 1 < size and texts[span.end + 1][:1].isupper()  # "(Portuguese: Programa ...)"
        # ("tenders from Kenyan, Turkish and local builders": a list that goes on to a lowercase word modifies a noun.)
        k = span.end
        while k + 1 < size and lowers[k] in {",", "and", "or"} and texts[k + 1][:1].isupper():
            k += 2
        # ("in Nepali and in mother tongues", "in Lao, as ...", "in French, English and local languages": no noun they
        # modify, or a language's.)
        modifies = k + 2 < size and lowers[k] in {",", "and", "or"} and texts[k + 1].isalpha() and texts[k + 1].islower() \
            and lowers[k + 1] not in NOT_MODIFIED and texts[k + 2].isalpha() and texts[k + 2].islower() \
            and lowers[k + 2] not in LANGUAGE_NOUNS
        # ("in the Arabic and English languages": a list of them before the noun; "Língua Portuguesa", "língua oficial
        # portuguesa": a Romance language noun before the word, one adjective at most between.)
        listed = k > span.end and k < size and lowers[k] in rules.language_after
        romance = any(lowers[i] in ROMANCE_LANGUAGE_NOUNS for i in (span.start - 1, span.start - 2) if i >= 0)
        return before in rules.language_before and ends_phrase and not modifies or labelled or listed or romance \
            or before == "(" and following == ":" and name_after
