"""Project names a sentence calls a scheme in one word of another language, Romance names known without their head,
a window's parent acronym, Turkish heads, works measured before their name and phases hyphened on; and what is no
project: a body's acronym after its Romance head noun, a currency code in parentheses, a translation in quotes,
foreign-aided projects as a set, working parties, regulations and health coverage. Links: a comparison table's columns
headed by projects, and a title in another language joined to its English name in parentheses.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from pipeline.extract import extract_text

from .span_helpers import project_texts, project_values


def test_a_scheme_called_by_a_word_of_another_language_is_named_and_its_later_uses_too(nlp):
    text = ("Ruritania runs a national cash transfer scheme called Mwalimu, which means help. "
            "Mwalimu started as a pilot. Donors paid for a top-up of Mwalimu.")
    assert project_texts(nlp, text) == ["Mwalimu", "Mwalimu", "Mwalimu"]


def test_a_common_english_word_after_called_is_no_name(nlp):
    assert project_texts(nlp, "The ministry runs a scheme called Harvest, and another called Pilot.") == []


def test_a_romance_name_is_also_known_without_its_head(nlp):
    text = ("La evaluación final del Proyecto Semillas de Paz se publicó en 2031. "
            "La evaluación de Semillas de Paz recomendó ampliar el apoyo.")
    assert project_texts(nlp, text) == ["Proyecto Semillas de Paz", "Semillas de Paz"]


def test_a_romance_name_and_its_later_name_without_the_head_are_one_project(nlp):
    text = ("La evaluación final del Proyecto Semillas de Paz se publicó en 2031. La evaluación de Semillas de Paz "
            "recomendó ampliar el apoyo en Colombia con US$ 3 millones.")
    (project,) = extract_text(nlp, text, "t.txt").projects
    assert project.title == "Proyecto Semillas de Paz"
    assert [c.iso2 for c in project.countries] == ["CO"]


def test_a_window_s_parent_acronym_after_del_is_a_mention_of_its_own(nlp):
    text = ("El Programa Integral de Paz (PIPAZ) avanza. La Unión Europea cofinancia con EUR 10 millones la "
            "Ventanilla Mujer Rural Emprende del PIPAZ; los recursos se giran a la fiducia.")
    assert project_texts(nlp, text) == ["Programa Integral de Paz (PIPAZ)", "Ventanilla Mujer Rural Emprende", "PIPAZ"]


def test_turkish_heads_end_a_name(nlp):
    text = "► North Macedonia – Yeşil Vadi Programı\nLaunched in 2031, the Yeşil Vadi Programı supports 40 cooperatives."
    assert project_texts(nlp, text) == ["Yeşil Vadi Programı", "Yeşil Vadi Programı"]


def test_a_measure_before_a_name_is_not_part_of_it(nlp):
    text = "Works started on the 52-kilometre Eastport–Hilltown Feeder Roads Upgrading Project, funded by a grant."
    assert project_texts(nlp, text) == ["Eastport–Hilltown Feeder Roads Upgrading Project"]


def test_a_route_name_may_end_in_its_reinforcement(nlp):
    text = "The Bank will finance a fourth operation, the Eastport–Hilltown Transmission Line Reinforcement, in 2032."
    assert project_texts(nlp, text) == ["Eastport–Hilltown Transmission Line Reinforcement"]


def test_a_phase_hyphened_on_after_an_acronym_stays_in_the_name(nlp):
    text = ("2   Lakeside Bulk Water Conveyance Scheme (LBWCS) Phase-II       WAPDA    ADB\n"
            "3   Upland Roads Project Phase-2                                 NHA      IDA\n")
    assert project_values(nlp, text) == [
        ("Lakeside Bulk Water Conveyance Scheme (LBWCS) Phase-II", "Lakeside Bulk Water Conveyance Scheme (LBWCS) Phase-II",
         "LBWCS"),
        ("Upland Roads Project Phase-2", "Upland Roads Project Phase-2", None)]


def test_an_acronym_after_a_romance_body_s_head_noun_is_the_body_s(nlp):
    text = ("Des fonds de l'Agência Luxemburguesa para a Cooperação ao Desenvolvimento (LuxDev) e do banco. "
            "O Programa Água para Todos (PAT) começou em 2031.")
    assert project_texts(nlp, text) == ["Programa Água para Todos (PAT)"]


def test_a_currency_code_the_page_writes_beside_amounts_is_no_acronym(nlp):
    text = ("Amounts in Uzbek som (UZS) are shown where needed. Counterpart funding: UZS 380 billion. "
            "Planning rate: UZS 12,650 = US$ 1.")
    assert project_texts(nlp, text) == []


def test_a_translation_in_quotes_opening_a_parenthesis_is_no_name(nlp):
    text = ("Grants are made under the Tiyende Pamodzi Community Grants Scheme (TPCGS) (\"Let's walk together\" in "
            "Nyanja). The scheme backs small projects. The Coastal Fisheries Project (“Safe Harbours”) began in 2031.")
    assert project_texts(nlp, text) == ["Tiyende Pamodzi Community Grants Scheme (TPCGS)", "Coastal Fisheries Project",
                                        "Safe Harbours"]


def test_bodies_sets_regulations_and_coverage_are_no_projects(nlp):
    for text in ("Schemes were reviewed by the Central Development Working Party (CDWP) on 18-01-2031.",
                 "Table 7.3: Major Foreign Aided Projects – Ongoing and New",
                 "It promotes Universal Health Coverage (UHC) and the EU Forest Regulation (EUFR).",
                 "Publicado por el Viceministerio de Planificación e Inversión Externa (VIPIE) y el Tesoro General "
                 "de la Nación (TGN)."):
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
    text = ("In May 2031 the agency completed the Yeşil Vadi Tarım Projesi – Faz 2 (Green Valley Farming Project – "
            "Phase 2) in Uzbekistan, with twelve greenhouses worth $640,000.")
    (project,) = extract_text(nlp, text, "t.txt").projects
    assert [c.iso2 for c in project.countries] == ["UZ"]
    assert [a.amount for a in project.amounts] == [Decimal("640000")]
