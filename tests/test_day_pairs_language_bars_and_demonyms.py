"""Two days of one month joined by "and" ("14 y 15 de octubre de 2031") and a day range before a dotted date
("18-19.11.2031") are one period; a word across a language bar's "|" from a language's name is a language, not a
country.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from .span_helpers import date_values


def country_texts(nlp, text):
    return [(s.text, s._.value.iso2) for s in nlp(text).spans["COUNTRY"]]


def test_two_days_of_one_month_are_a_period_in_any_of_the_page_s_languages(nlp):
    found = date_values(nlp, "Un forum à Pasto, les 28 et 29 avril 2031. En Sucre el 14 y 15 de octubre de 2031. "
                             "It rained between 5 and 10 May 2031.")
    assert found == {"28 et 29 avril 2031": ("2031-04-28", "2031-04-29"),
                     "14 y 15 de octubre de 2031": ("2031-10-14", "2031-10-15"),
                     "between 5 and 10 May 2031": ("2031-05-05", "2031-05-10")}


def test_a_day_range_before_a_dotted_date(nlp):
    assert date_values(nlp, "The summit was held on 18-19.11.2031 in the capital.") == {
        "18-19.11.2031": ("2031-11-18", "2031-11-19")}


def test_a_word_across_a_bar_from_a_language_s_name_is_a_language(nlp):
    text = ("Read in: English | Français | Español          Share    Download PDF\n"
            "The French team met the Spanish agency in France.\n")
    assert country_texts(nlp, text) == [("French", "FR"), ("Spanish", "ES"), ("France", "FR")]
