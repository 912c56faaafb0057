"""Two days of one month joined by "and" ("14 y 15 de octubre de 2031") and a day range before a dotted date
("18-19.11.2031") are one period; a word across a language bar's "|" from a language's name is a language, not a
country; French, Spanish and Portuguese demonyms name their country.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from .span_helpers import date_values


def country_texts(nlp, text):
    return [(s.text, s._.value.iso2) for s in nlp(text).spans["COUNTRY"]]


def test_two_days_of_one_month_are_a_period_in_any_of_the_page_s_languages(nlp):
    found = date_values(nlp, "Un atelier à Lyon, les 6 et 7 mai 2031. En Quito el 2 y 3 de junio de 2031. "
                             "It rained between 5 and 10 May 2031.")
    assert found == {"6 et 7 mai 2031": ("2031-05-06", "2031-05-07"),
                     "2 y 3 de junio de 2031": ("2031-06-02", "2031-06-03"),
                     "between 5 and 10 May 2031": ("2031-05-05", "2031-05-10")}


def test_a_day_range_before_a_dotted_date(nlp):
    assert date_values(nlp, "The two-day review met on 24-25.09.2031 in the capital.") == {
        "24-25.09.2031": ("2031-09-24", "2031-09-25")}


def test_a_word_across_a_bar_from_a_language_s_name_is_a_language(nlp):
    text = ("Language: English | Français | Español\n"
            "The French team met the Spanish agency in France.\n"
            "| Spanish | English courses | US$ 3 million |\n")
    assert country_texts(nlp, text) == [("French", "FR"), ("Spanish", "ES"), ("France", "FR"), ("Spanish", "ES")]


def test_romance_demonyms_name_their_country_in_lower_case_and_capitalized(nlp):
    text = ("La ministra noruega visitó a 9.000 cabo-verdianos. La Agencia Española de Desarrollo apoya a "
            "familias peruanas. Une fondation suisse et une ONG américaine. Os agricultores bolivianos.")
    assert country_texts(nlp, text) == [("noruega", "NO"), ("cabo-verdianos", "CV"), ("Española", "ES"),
                                        ("peruanas", "PE"), ("suisse", "CH"), ("américaine", "US")]


def test_a_romance_demonym_that_is_an_english_word_or_a_currency_is_not_matched_so(nlp):
    assert country_texts(nlp, "Offices in Indiana and Ohio closed.") == []
    assert country_texts(nlp, "Os agricultores bolivianos.") == []  # (Bolivia's currency: "bolivianos")
