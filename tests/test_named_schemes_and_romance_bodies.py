"""Project names a sentence calls a scheme in one word of another language, Romance names known without their head,
a window's parent acronym, Turkish heads, works measured before their name, phases hyphened on and "Project" before a
coined word; and what is no project: a body's acronym after its Romance head noun, a currency code in parentheses, a
translation in quotes, externally aided projects as a set, working parties, regulations, health coverage and a
state's fund for development named in French. Links: a comparison table's columns headed by projects, and a title in
another language joined to its English name in parentheses.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import project_texts, project_values


def test_a_scheme_called_by_a_word_of_another_language_is_named_and_its_later_uses_too(nlp):
    text = ("Ruritania runs a cash-for-work scheme called Mwalimu, which means help. "
            "Mwalimu started as a pilot. Donors paid for a top-up of Mwalimu.")
    assert project_texts(nlp, text) == ["Mwalimu", "Mwalimu", "Mwalimu"]


def test_the_name_after_called_may_stand_on_the_next_line(nlp):
    text = "Ruritania has a cash-for-work scheme called\nMwalimu, which means help. Mwalimu began in 2029."
    assert project_texts(nlp, text) == ["Mwalimu", "Mwalimu"]


def test_project_before_one_coined_word_names_a_project(nlp):
    text = ("Project Velona reached 400 villages last year. Project Cost: USD 5 million. The Project Management Unit "
            "met. Project Velona runs to 2033. Operation Tarvona ended in 2030.")
    assert project_texts(nlp, text) == ["Project Velona", "Project Velona"]


def test_a_common_english_word_after_called_is_no_name(nlp):
    assert project_texts(nlp, "The ministry runs a scheme called Harvest, and another called Pilot.") == []


def test_a_romance_name_is_also_known_without_its_head(nlp):
    text = ("La evaluación final del Proyecto Raíces del Valle se publicó en 2031. "
            "La evaluación de Raíces del Valle recomendó ampliar el apoyo. El Programa Agua Potable llega a Tarija; "
            "Agua Potable es un derecho.")
    assert project_texts(nlp, text) == ["Proyecto Raíces del Valle", "Raíces del Valle", "Programa Agua Potable"]


def test_a_romance_name_and_its_later_name_without_the_head_are_one_project(nlp):
    text = ("La evaluación final del Proyecto Raíces del Valle se publicó en 2031. La evaluación de Raíces del Valle "
            "recomendó ampliar el apoyo en Colombia con US$ 3 millones.")
    (project,) = extract_text(nlp, text, "t.txt").projects
    assert project.title == "Proyecto Raíces del Valle"
    assert [c.iso2 for c in project.countries] == ["CO"]


def test_a_window_s_parent_acronym_after_del_is_a_mention_of_its_own(nlp):
    text = ("El Programa de Desarrollo del Valle (PRODEVA) avanza. La Unión Europea aporta EUR 10 millones a la "
            "Ventanilla Jóvenes del Campo del PRODEVA desde 2031.")
    assert project_texts(nlp, text) == ["Programa de Desarrollo del Valle (PRODEVA)", "Ventanilla Jóvenes del Campo",
                                        "PRODEVA"]


def test_turkish_heads_end_a_name(nlp):
    text = "► Albania – Kuzey Bahçeleri Programı\nSince 2031 the Kuzey Bahçeleri Programı has trained 60 growers."
    assert project_texts(nlp, text) == ["Kuzey Bahçeleri Programı", "Kuzey Bahçeleri Programı"]


def test_a_measure_before_a_name_is_not_part_of_it(nlp):
    text = "Crews are paving the 38-mile Hilltown–Riverside Market Roads Project with a grant from two donors."
    assert project_texts(nlp, text) == ["Hilltown–Riverside Market Roads Project"]


def test_a_route_name_may_end_in_its_reinforcement(nlp):
    text = "The Bank's next loan, for the Eastport–Hilltown Transmission Line Reinforcement, is due in 2032."
    assert project_texts(nlp, text) == ["Eastport–Hilltown Transmission Line Reinforcement"]


def test_a_phase_hyphened_on_after_an_acronym_stays_in_the_name(nlp):
    text = ("2   Lakeside Storm Drainage Scheme (LSDS) Phase-II        City Water Board    AIIB\n"
            "3   Upland Roads Project Phase-2                          Roads Agency        IDA\n")
    assert project_values(nlp, text) == [
        ("Lakeside Storm Drainage Scheme (LSDS) Phase-II", "Lakeside Storm Drainage Scheme (LSDS) Phase-II", "LSDS"),
        ("Upland Roads Project Phase-2", "Upland Roads Project Phase-2", None)]


def test_an_acronym_after_a_romance_body_s_head_noun_is_the_body_s(nlp):
    text = ("O apoio da Agência Belga de Desenvolvimento Local (ABDL) chegou em 2031. "
            "O Programa Água para Todos (PAT) começou em 2032.")
    assert project_texts(nlp, text) == ["Programa Água para Todos (PAT)"]


def test_a_currency_code_the_page_writes_beside_amounts_is_no_acronym(nlp):
    text = ("Amounts in Kazakh tenge (KZT) are given where known. Local funding: KZT 410 billion. "
            "Planning rate: KZT 470 = US$ 1.")
    assert project_texts(nlp, text) == []


def test_a_translation_in_quotes_opening_a_parenthesis_is_no_name(nlp):
    text = ("Grants come from the Umoja Wetu Village Grants Scheme (UWVGS) (\"our unity\" in Swahili). The scheme "
            "backs small projects. The Coastal Fisheries Project (“Safe Harbours”) began in 2031.")
    assert project_texts(nlp, text) == ["Umoja Wetu Village Grants Scheme (UWVGS)", "Coastal Fisheries Project",
                                        "Safe Harbours"]


def test_bodies_sets_regulations_and_coverage_are_no_projects(nlp):
    for text in ("The plan was examined by the Regional Planning Working Party (RPWP) last week.",
                 "Annex 3. Key Externally Aided Projects by Sector",
                 "It promotes Universal Health Coverage (UHC) and the EU Forest Regulation (EUFR).",
                 "Publicado por el Viceministerio de Planificación e Inversión Externa (VIPIE) y el Tesoro "
                 "Provincial de Valdoria (TPV).",
                 "Le projet est cofinancé par le Fonds norvégien de développement depuis 2031."):
        assert project_texts(nlp, text) == [], text


# ---- links ----------------------------------------------------------------------------------------------------------


def test_a_comparison_table_s_columns_give_their_cells_to_the_projects_heading_them(nlp):
    text = ("Two funds compared: the Harbour Resilience Fund (HRF) and the Upland Farmers Adaptation Facility (UFAF).\n\n"
            "|                     | HRF        | UFAF       |\n"
            "|---------------------|------------|------------|\n"
            "| Established         | 2031       | 2033       |\n"
            "| Approved to date    | US$1.4bn   | US$310m    |\n")
    records = {p.acronym: p for p in extract_text(nlp, text, "t.txt").projects}
    assert [(a.amount, d.start) for a, d in zip(records["HRF"].amounts, records["HRF"].dates)] == [
        (Decimal("1400000000"), "2031")]
    assert [(a.amount, d.start) for a, d in zip(records["UFAF"].amounts, records["UFAF"].dates)] == [
        (Decimal("310000000"), "2033")]


def test_a_title_in_another_language_and_its_english_name_in_parentheses_are_one_project(nlp):
    text = ("In May 2031 the agency completed the Kuzey Bahçe Tarım Projesi – Faz 2 (Northern Garden Farming Project – "
            "Phase 2) in Uzbekistan, with twelve greenhouses worth $615,000.")
    (project,) = extract_text(nlp, text, "t.txt").projects
    assert [c.iso2 for c in project.countries] == ["UZ"]
    assert [a.amount for a in project.amounts] == [Decimal("615000")]


def test_a_foreign_name_with_an_english_head_and_another_name_in_parentheses_are_two_projects(nlp):
    text = "The Ndoto Tujenge Kisima Fund (Lake Villages Water Project) paid $3 million in 2031."
    assert len(extract_text(nlp, text, "t.txt").projects) == 2
