"""Shapes of budget schedules, job adverts, briefing decks and pages in more languages: a coded line's title cut at
its financier, place or funding source; a hyphened acronym's other phases; a project the text says is "known as"
an acronym; an acronym after a person's post; region labels over cards; a paragraph whose last sentence lists other
things; "(ACR) component" with a coined name; mixed-case acronyms that spell a currency code; scale words, month names
and currency names of Central European, Nordic, Turkish, Indonesian and Vietnamese pages from CLDR; a page declaration
inside a bracketed note; a numbered paragraph read as a title, closed by the next number; a bilingual table's two
title columns; a gold file's range bound in a project's amount.

Names, figures, dates and sentences are invented for these tests. False-positive rows are included on purpose.
"""

import json

import pytest

import pipeline
from pipeline.store import read_gold

from .span_helpers import project_texts, project_values


def money(nlp, text):
    doc = nlp(text)
    return {s.text: (s._.value.amount, s._.value.currency) for s in doc.spans["MONEY"]}


BUDGET = (
    "VOTE 0431 - MINISTRY OF WATER\n"
    "REF           DESCRIPTION                                              KSH\n"
    "WQ-7781       GRAVITY SPRINGS CAPTURE PROJECT (GSCP) - ASIAN DEVELOPMENT FUND LOAN    62,400,000\n"
    "WQ-7782       GSCP-B: COUNTERPART CASH                                                 8,150,000\n"
    "WQ-7783       UPLAND SILT TRAPS SCHEME (USTS), RIVER MARA CATCHMENT                   13,900,000\n"
    "WQ-7784       RAIN TANKS FOR CLINICS INITIATIVE - BILATERAL GRANT                      5,075,000\n"
    "WQ-7785       VALLEY LANES - EAST RIDGE BRIDGES PROJECT                               21,330,000\n"
    "WQ-7786       SMALL DAMS PROGRAMME (SDP), PHASE III                                     9,810,000\n"
)


@pytest.mark.parametrize("name", [
    "GRAVITY SPRINGS CAPTURE PROJECT (GSCP)",  # the financier after a spaced hyphen is no part of the title
    "GSCP-B",  # a lone acronym before the line's funding source
    "UPLAND SILT TRAPS SCHEME (USTS)",  # the place after the acronym's comma is not either
    "RAIN TANKS FOR CLINICS INITIATIVE",
    "VALLEY LANES - EAST RIDGE BRIDGES PROJECT",  # a hyphen before the head is inside the title
    "SMALL DAMS PROGRAMME (SDP), PHASE III",  # so is a phase after the acronym's comma
])
def test_a_budget_line_title_ends_at_its_financier_place_or_funding_source(nlp, name):
    assert name in project_texts(nlp, BUDGET)


def test_a_budget_line_financier_is_no_project(nlp):
    assert not any("FUND LOAN" in text or text == "BILATERAL GRANT" for text in project_texts(nlp, BUDGET))


def test_a_lone_acronym_on_a_budget_line_is_an_acronym_not_a_title(nlp):
    values = {text: (title, acronym) for text, title, acronym in project_values(nlp, BUDGET)}
    assert values["GSCP-B"] == (None, "GSCP-B")


def test_a_lone_word_before_a_colon_is_no_acronym(nlp):
    text = ("REF           DESCRIPTION                          KSH\n"
            "WQ-7790       SUBTOTAL: RECURRENT COSTS            4,000,000\n"
            "WQ-7791       MOH: PRIMARY HEALTH CARE             1,200,000\n")
    assert not {"SUBTOTAL", "MOH"} & set(project_texts(nlp, text))


FOUND = [
    # A hyphened acronym with its phase numeral, and its bare form for the phase before.
    ("Partner briefing — page 6\nCLEAR-STREAM II: latrines and storm drains\n- extends CLEAR-STREAM (2026–2029), which "
     "served 52 towns\n", ["CLEAR-STREAM II", "CLEAR-STREAM"]),
    # A phase defined with its long form: the phase before, "I", is a project too.
    ("Title of the grant: Terrace Soils Stewardship – Phase II (TERRA-SOL II)\nEarlier grant: TERRA-SOL I, closed in "
     "2028\n", ["TERRA-SOL I"]),
    ("The extension (MoBaK-II) widens what MoBaK-I piloted in 2027.\n"
     "Moorland Bird Keeping Phase II (MoBaK-II) covers 14 parishes.\n", ["MoBaK-I"]),
    # "known as" after a quoted name and its code in parentheses, and the acronym's later uses.
    ('The fellow joins the initiative "Orchard Bees and Hedgerows for Hill Farms" (QZ/77/B), known as HOBEE.\n\n'
     'HOBEE pays 40 fellows.\n', ["HOBEE", "HOBEE"]),
    # An acronym after a person's post names what the post serves, not the post.
    ("Careers | Openings | Field Coordinator (TIDEWAY)\n\nThe programme \"Tidal Wetlands for Coastal Towns\" (QZ-901), "
     "known as TIDEWAY, begins in 2032.\n", ["TIDEWAY"]),
    # A noun after the acronym calls the name a project: a component with a coined or foreign name too.
    ("Last season the Récoltes Partagées (RéPa) component of the fund stocked 14 grain banks.\n",
     ["Récoltes Partagées (RéPa)"]),
    # A Romance heading that says projects, over items; a quoted item keeps its comma.
    ("Otros proyectos del programa\n- Senderos Limpios – Fase II (Westland), 2030-2032: 400.000 euros.\n"
     "- Huertos del Río (Eastland): aporte municipal.\n- \"Mi Barrio, Mi Huerto\" (Westland): en preparación.\n",
     ["Senderos Limpios – Fase II", "Huertos del Río", "Mi Barrio, Mi Huerto"]),
    # A body after the item's dash says who runs it; two parallel parts with a comma make one title.
    ("Grants signed this month:\n• Clean Wells for Hill Towns – Eastland Centre for Rural Aid (ECRA), Westland\n"
     "• Safe Schools – Phase 2\n", ["Clean Wells for Hill Towns", "Safe Schools – Phase 2"]),
    ("The works were done under the Healthy Mothers, Healthy Villages Project, which the office launched in 2031.",
     ["Healthy Mothers, Healthy Villages Project"]),
    # A coined name set off by a comma after a project noun, before its gloss.
    ('In Eastland, the scheme\'s seed component, Mbeu Yetu ("our seed"), received USD 3.2 million in 2030.', ["Mbeu Yetu"]),
]


@pytest.mark.parametrize("text, names", FOUND)
def test_phases_aliases_and_components(nlp, text, names):
    found = project_texts(nlp, text)
    for name in names:
        assert name in found
    assert found.count(names[0]) >= names.count(names[0])


def test_the_acronym_a_name_is_known_as_joins_its_record(nlp):
    text = ('The fellow joins the initiative "Orchard Bees and Hedgerows for Hill Farms" (QZ/77/B), known as HOBEE.\n\n'
            "HOBEE pays 40 fellows between 2031 and 2034 from a grant of EUR 3.4 million.\n")
    record = pipeline.extract_text(nlp, text, "t.txt")
    assert [(p.title, p.acronym) for p in record.projects] == [("Orchard Bees and Hedgerows for Hill Farms", "HOBEE")]
    assert [str(a.amount) for a in record.projects[0].amounts] == ["3400000"]


BILINGUAL_TABLE = (
    "Kód | Krajina / Country | Názov projektu (SK) | Project title (EN) | Rozpočet / Budget (EUR)\n"
    "|---|---|---|---|---|\n"
    "| MD-31-004 | Moldavsko / Moldova | Čistá voda pre dedinské školy | Clean Water for Village Schools | 410 000 |\n"
    "| GE-31-007 | Gruzínsko / Georgia | Včelárstvo v horských obciach | Beekeeping in Mountain Communities | 275 500 |\n"
)


def test_a_bilingual_table_gives_both_titles_of_one_project(nlp):
    found = project_texts(nlp, BILINGUAL_TABLE)
    assert "Čistá voda pre dedinské školy" in found and "Clean Water for Village Schools" in found
    record = pipeline.extract_text(nlp, BILINGUAL_TABLE, "t.txt")
    assert [p.title for p in record.projects] == ["Čistá voda pre dedinské školy", "Včelárstvo v horských obciach"]


CARDS = (
    "Financed operations\n\n"
    "WESTLAND · Southern Africa\nHill Orchards Irrigation Project\nTheme: Agriculture / Loan\n"
    "Financing: USD 18,000,000\nSigned: 3 May 2031\nRead more\n\n"
    "EASTLAND · East Asia\nCoastal Market Roads Programme\nTheme: Transport / Loan\n"
    "Financing: USD 7,500,000\nSigned: 21 June 2031\nRead more\n\n"
    "NORTHLAND · Middle East & North Africa\nDesert Clinics Extension Programme\nTheme: Health / Grant\n"
    "Financing: USD 2,250,000\nSigned: 9 January 2032\nRead more\n"
)

NOT_FOUND = [
    (CARDS, "Southern Africa"),
    (CARDS, "East Asia"),
    (CARDS, "Middle East & North Africa"),
    # A numbered section heading that is an English word in capitals, over a field line.
    ("LOAN FACT SHEET\n\n1. DESCRIPTION\nLoan reference ........ LN-3391\n\n2. FINANCING\nTotal ...... EUR 9,400,000\n",
     "DESCRIPTION"),
    # A body whose Romance head comes first, in a cover page's capitals.
    ("CONSÓRCIO VALE VERDE DE ÁGUAS (CVVA)\nRELATÓRIO ANUAL 2031\n", "CONSÓRCIO VALE VERDE DE ÁGUAS (CVVA)"),
    # A paragraph that mentions programmes, then a last sentence that lists seminars, not projects.
    ("Our programmes train civil servants; travel is paid by the ministry. Seminars this autumn:\n"
     "  • Budget Credibility for Local Councils — 4–8 October 2031\n"
     "  • Procurement Audits — 1–5 November 2031\n", "Procurement Audits"),
    # A Romance page's links and stamps under a list that says projects.
    ("Autres projets\n  • Routes Rurales du Nord (RRN), Niger : 12 M€\n  • Voir aussi la fiche du RRN (archivée)\n",
     "Voir aussi la fiche du RRN"),
    ("Projets liés\n  • Routes Rurales du Nord (RRN) – 12 M€\n\nMis à jour le 14/02/2031\n", "Mis à jour le 14/02/2031"),
    # A known fund that finances others, in Spanish.
    ("El proyecto recibe 300.000 dólares del Fondo de Adaptación.", "Fondo de Adaptación"),
    # After a comma, a coined word without its gloss is not taken ("Kivalo" is a town here).
    ("The project, Kivalo, lost its funding in 2031.", "Kivalo"),
    # A described component with English words is a part of the project, not one.
    ("The Policy Dialogue (PD) component met twice in 2031.", "Policy Dialogue (PD)"),
    # A place before the comma says where, not what.
    ("Working across the Northern Province, Northern Roads Project teams met.", "Northern Province, Northern Roads Project"),
]


@pytest.mark.parametrize("text, name", NOT_FOUND)
def test_regions_headings_bodies_and_other_lists_are_no_projects(nlp, text, name):
    assert name not in project_texts(nlp, text)


def test_the_cards_under_region_labels_keep_their_titles(nlp):
    found = project_texts(nlp, CARDS)
    assert "Hill Orchards Irrigation Project" in found
    assert "Desert Clinics Extension Programme" in found


@pytest.mark.parametrize("text, names", [
    ("Current projects:\n- HORIZONS – Partnership for hill schools, funded by Eastland (2029–2033)\n", ["HORIZONS"]),
    ("Current projects:\n1. HARVEST\n2. BRIDGES\n3. PROSPER\n", ["HARVEST", "BRIDGES", "PROSPER"]),
    ("The office funds projects in three countries. They are:\n- Hill Roads Project\n- Orchard Revival\n",
     ["Hill Roads Project", "Orchard Revival"]),
])
def test_english_words_in_capitals_and_paragraph_lead_ins_still_list_projects(nlp, text, names):
    found = project_texts(nlp, text)
    assert all(name in found for name in names)


MONEY_ROWS = [
    ("Rozpočet na roky 2030–2034 je 3,4 mld. Kč.", "3,4 mld. Kč", "3400000000", "CZK"),
    ("Kraj přidá 27 milionů korun.", "27 milionů korun", "27000000", "CZK"),
    ("Samorząd dokłada 615 000 złotych.", "615 000 złotych", "615000", "PLN"),
    ("Program kosztuje 2 miliardów złotych.", "2 miliardów złotych", "2000000000", "PLN"),
    ("Proje bütçesi 18 milyon Türk lirası.", "18 milyon Türk lirası", "18000000", "TRY"),
    ("Dinas menyediakan 7 miliar rupiah.", "7 miliar rupiah", "7000000000", "IDR"),
    ("A pályázat 35 millió forint.", "35 millió forint", "35000000", "HUF"),
    ("Tỉnh chi 8 tỷ đồng cho dự án.", "8 tỷ đồng", "8000000000", "VND"),
    ("Viet Nam adds 450 triệu đồng.", "450 triệu đồng", "450000000", "VND"),
    ("In Egypt, the governorate pledged L.E. 65 million.", "L.E. 65 million", "65000000", "EGP"),
    ("Norway adds NOK 31 millioner.", "NOK 31 millioner", "31000000", "NOK"),
    ("Tilskudd: NOK 7 mill. i 2032.", "NOK 7 mill", "7000000", "NOK"),
    ("Tonga received 12 million pa'anga.", "12 million pa'anga", "12000000", "TOP"),
    ("EUR 3 Billionen is not a grant.", "EUR 3 Billionen", "3000000000000", "EUR"),
]


@pytest.mark.parametrize("text, span, amount, currency", MONEY_ROWS)
def test_scale_words_and_currency_names_of_more_languages(nlp, text, span, amount, currency):
    found = money(nlp, text)
    assert span in found
    assert (str(found[span][0]), found[span][1]) == (amount, currency)


def test_scale_words_that_english_pages_mistype_or_shorten_are_not_read():
    """Polish and Czech "bilion" is 10^12, one letter from English "billion"; Czech "bil." (10^12) begins "billion",
    and Czech "mil." (10^6) is Spanish "mil" (10^3)."""
    from pipeline.cldr_currencies import abbreviated_scales, cldr_scales
    scales = cldr_scales()
    assert "bilion" not in scales
    assert scales["milionů"] == 1000000
    assert "bil" not in abbreviated_scales()
    assert "mil" not in abbreviated_scales()


DATE_ROWS = [
    ("Datum aktualizace / Updated: 19. 11. 2031", "19. 11. 2031", "2031-11-19"),
    ("Ostatnia zmiana: 22 lipca 2031 14:10", "22 lipca 2031", "2031-07-22"),
    ("Dohoda podepsána 5. května 2031.", "5. května 2031", "2031-05-05"),
    ("Protokol 27 Ekim 2030 tarihinde imzalandı.", "27 Ekim 2030", "2030-10-27"),
]


@pytest.mark.parametrize("text, span, day", DATE_ROWS)
def test_spaced_dotted_dates_and_month_names_of_more_languages(nlp, text, span, day):
    doc = nlp(text)
    found = {s.text: (s._.value.start, s._.value.end) for s in doc.spans["DATE"]}
    assert found.get(span) == (day, day)


@pytest.mark.parametrize("text, dates", [
    ("The mart opened on 3 Mart 2031.", ["2031"]),  # a month name that is an English word
    ("See section 4. 2. 2031 targets.", []),  # a part's number before a year
    ("Potpisano 15. listopada 2031.", ["2031"]),  # October in Croatian, November in Czech: neither is read
])
def test_month_names_and_numbers_that_are_no_day_and_month(nlp, text, dates):
    doc = nlp(text)
    assert [s.text for s in doc.spans["DATE"]] == dates


def test_a_mixed_case_acronym_is_no_currency_code(nlp):
    text = "On weekends the Sentiers de Randonnée (SdR) programme maps trails.\n"
    assert "Sentiers de Randonnée (SdR)" in project_texts(nlp, text)


def test_a_page_declaration_inside_a_bracketed_note_gives_bare_amounts_their_unit(nlp):
    # (Under a "CODE" column: CLDR's name of XTS, "Testing Currency Code", made "code" a unit word.)
    text = ("ANNEX 3 - DEVELOPMENT BUDGET\n[Scanned copy; totals checked by the clerk. Values in cedis unless shown "
            "otherwise.]\n\nCODE          ITEM                                       AMOUNT  \n"
            "GH-2231       ORCHARD ROADS REPAIR                       7,315,400\n")
    found = money(nlp, text)
    assert (str(found["7,315,400"][0]), found["7,315,400"][1]) == ("7315400", "GHS")


def test_the_next_number_closes_a_numbered_paragraph_read_as_a_title(nlp):
    text = ("EXPLANATORY NOTES\n\n"
            "1. The Hill Roads Resilience Project builds gravel roads in five upland\n"
            "Counties and is financed by a credit of US$ 44 million signed on 2 April\n"
            "2031; its works end in 2035 when the last county road is handed over.\n\n"
            "2. The Lake Clinics Programme extends a pilot that served 9,600 mothers\n"
            "in two counties. Its grant of US$ 5 million was agreed on 17 September\n"
            "2031 with the county health boards for a period of three years.\n")
    record = pipeline.extract_text(nlp, text, "t.txt")
    roads = next(p for p in record.projects if p.title == "Hill Roads Resilience Project")
    assert sorted(str(a.amount) for a in roads.amounts) == ["44000000"]


def test_a_gold_project_amount_may_carry_its_range_bound(tmp_path):
    text = "The Hill Wells Fund gets $1-2 million.\n"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    gold = {"doc": "d.txt",
            "mentions": [{"type": "PROJECT", "start": 4, "end": 19, "text": "Hill Wells Fund",
                          "value": {"title": "Hill Wells Fund", "acronym": None}},
                         {"type": "MONEY", "start": 25, "end": 37, "text": "$1-2 million",
                          "value": {"amount": "1000000", "currency": "USD", "qualifier": "exact", "amount_max": "2000000"}}],
            "projects": [{"title": "Hill Wells Fund", "acronym": None, "mentions": [4], "countries": [], "dates": [],
                          "amounts": [{"amount": "1000000", "currency": "USD", "mention": 25, "amount_max": "2000000"}]}]}
    path = tmp_path / "d.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    document = read_gold(path)
    assert str(document.projects[0].amounts[0].amount_max) == "2000000"
