"""PROJECT detection on shapes unseen pages showed: acronyms whose letters the trims had cut off, Romance titles
whose acronym aligns inside them, bodies with Romance heads, coined names with a phase, "our programme"
appositives, headings that title a set of projects, places in capitals over a table's rows, and card labels.

Every name and figure here is invented. Each row is (text, expected PROJECT span texts, in text order); an empty
list means no PROJECT at all. False-positive rows are included on purpose.
"""

import pytest


def project_texts(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["PROJECT"]]


ALIGNED_ROWS = [
    # The acronym spells words the left trims would drop: a verb with a country's possessive, "X and Y".
    ("We fund Strengthening Eastland's Harbour Response (SEHR) there.", ["Strengthening Eastland's Harbour Response (SEHR)"]),
    ("The Delta and Hill Basins Water Fund (DHBWF) was set up in 2031.", ["Delta and Hill Basins Water Fund (DHBWF)"]),
    # ... but not across a page bar: "(PDF)" spells nothing there.
    ("Project Sheets > Eastland\nPrint | Download PDS (PDF) | Share\n", []),
    # A Romance title whose acronym spells words inside it starts at its head.
    ("• Projeto de Fortalecimento da Vigilância das Doenças em Vale Alto (VIGIDOVA)\n",
     ["Projeto de Fortalecimento da Vigilância das Doenças em Vale Alto (VIGIDOVA)"]),
    ("It builds on the cooperation Proyecto de Apoyo a la Gestión de Riesgos en la Cuenca Alta (GERCA), run by JICA.",
     ["Proyecto de Apoyo a la Gestión de Riesgos en la Cuenca Alta (GERCA)"]),
    # A capitalized word before the head is the name's, whatever the acronym spells.
    ("Joint Programme on Women's Trade in Border Towns (WTB-Border) | Eastland | 5,000,000\n",
     ["Joint Programme on Women's Trade in Border Towns (WTB-Border)"]),
]

ROMANCE_ROWS = [
    # A title-case Romance name runs on in lower case after a function word, with words no English list holds.
    ("The Fonds Varenne pour la paix et la résilience was set up in 2030.", ["Fonds Varenne pour la paix et la résilience"]),
    # "a" joins a name that goes on after it; French "a démarré" is a verb.
    ("Projeto de Prevenção e Combate a Incêndios em Vale Alto (FOGO AZUL)",
     ["Projeto de Prevenção e Combate a Incêndios em Vale Alto (FOGO AZUL)"]),
    ("Le Projet d'appui aux marchés ruraux a démarré en 2031.", ["Projet d'appui aux marchés ruraux"]),
    # A French title opening with "Initiative"; a quoted name a Romance apposition calls an initiative.
    ("Projets liés\n• Initiative régionale pour une pêche durable (IRPD) – 30 M€ – 2032-2036\n",
     ["Initiative régionale pour une pêche durable (IRPD)"]),
    ("Chile y Varenne lanzan «Puentes del Mar», iniciativa de voluntariado profesional.", ["Puentes del Mar"]),
    # A Romance body's head first: an office, a network.
    ("Executing agency: Office National des Eaux de Varenne (ONEV), Branche Eau", []),
    ("Maître d'ouvrage délégué ........ Réseau des Éleveurs du Nord (REN)\n", []),
]

COINED_ROWS = [
    # A coined name with its phase, and the name alone elsewhere as the earlier phase.
    ("Youth skills: Kitamba Ngozi Phase II gets €48m and runs to 2039.", ["Kitamba Ngozi Phase II"]),
    ("Feeder roads under Njia Salama II. Works start in 2036.\nNjia Salama phase one was a success.",
     ["Njia Salama II", "Njia Salama"]),
    ("The EU funds Amani na Ubora Phase 2 in the hills.", ["Amani na Ubora Phase 2"]),
    # An address's parts are no phase: "Stage II" after a comma.
    ("Ministry of Works, 3rd Floor, Kelawatte Stage II, Eastport", []),
    # "our programme" after the name calls it a project.
    ("We spent £4 million in 2035. Pamoja Mtaani, our programme on urban safety nets, grew.", ["Pamoja Mtaani"]),
    ("Hiil Dhalin, our maternal health programme delivered in the north, got £36 million.", ["Hiil Dhalin"]),
]

LAYOUT_ROWS = [
    # A heading in capitals with a plural head titles a section of projects, in any language.
    ("SOUTH-SOUTH COOPERATION PROGRAMMES AND FUNDS\n\nThe agency runs them.\n", []),
    ("PROGRAMAS Y FONDOS DE COOPERACIÓN\n\nLa agencia los coordina.\n", []),
    ("JOINT PROGRAMMES (approved budgets in US$)\nJoint programme | Countries | Approved budget\n"
     "Harbour Voices Across Borders | Eastland, Westland | 3,600,000\n", ["Harbour Voices Across Borders"]),
    # An indefinite article before a heading's common words describes a project.
    ("2. VALEX: A REGIONAL PROGRAMME IN THREE PHASES\nThe programme started in 2030.\n", []),
    # ... while prose that names one after "a" keeps it.
    ("It was supplemented by a Global Seed Security Program grant of US$ 10 million.", ["Global Seed Security Program"]),
    # Countries and region words in capitals over a table's rows are no acronyms; a country's office is a body.
    ("Country   Project / programme   Window   Approved   Amount\n"
     "MOROCCO   Hill Water Governance Programme – Phase II   ADB   10 Oct 2031   120.00\n"
     "SENEGAL   Delta Coastal Protection Project   ADF   27 Jun 2031   15.80\n"
     "MULTINATIONAL   Three Lakes Interconnection Project   ADF   11 Dec 2031   12.00\n",
     ["Hill Water Governance Programme – Phase II", "Delta Coastal Protection Project", "Three Lakes Interconnection Project"]),
    ("Awards this quarter.\n\n1. ETHIOPIA – Country Office, Addis Ababa\nProject: Hill Water Access for Herders (HWAH)\n",
     ["Hill Water Access for Herders (HWAH)"]),
    # A table's note mark after a name is no part of it; a power line's rating inside a name is.
    ("Country   Project / programme   Window   Approved   Amount\n"
     "EASTLAND   Hill Roads Framework b/   ADB   18 Jul 2031   110.00\n"
     "WESTLAND   Eastland–Westland 330 kV Interconnection Project   ADF   11 Dec 2031   12.00\n",
     ["Hill Roads Framework", "Eastland–Westland 330 kV Interconnection Project"]),
    ("The 50 MW Lake Solar Plant Project was approved.", ["Lake Solar Plant Project"]),
    # A page's title after the label of the page it is.
    ("Project profile — Hill Cocoa Landscapes in Eastland (Paysages cacaoyers des collines)\n\nStatus: Operational\n",
     ["Hill Cocoa Landscapes in Eastland"]),
    # A body's part of a heading: "X – Country Office, City".
    ("Awards.\n\n1. EASTLAND – Country Office, Port Verena\n\nProject: Hill Water Access for Herders (HWAH)\n",
     ["Hill Water Access for Herders (HWAH)"]),
    # A card's "Project:" label is not part of the name.
    ("Note: lot 3 was cancelled.\n\nProject: Lowland Recovery Facility (LRF)\nLocation: Eastland | Duration: 2033–2036\n"
     "Call-off: Br 31.8 million, awarded 20 November 2035.\n\nProject: Host Towns Jobs Project (HTJP)\n"
     "Location: Eastland | Duration: 2033–2036\nCall-off: Br 12.1 million, awarded 2 December 2035.\n",
     ["Lowland Recovery Facility (LRF)", "Host Towns Jobs Project (HTJP)"]),
]


@pytest.mark.parametrize("text, expected", ALIGNED_ROWS)
def test_acronyms_keep_the_words_they_spell_and_romance_titles_start_at_their_head(nlp, text, expected):
    assert project_texts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", ROMANCE_ROWS)
def test_romance_titles_run_on_in_their_own_words_and_bodies_stay_out(nlp, text, expected):
    assert project_texts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", COINED_ROWS)
def test_coined_names_with_a_phase_and_our_programme_appositives(nlp, text, expected):
    assert project_texts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", LAYOUT_ROWS)
def test_section_headings_table_places_and_card_labels(nlp, text, expected):
    assert project_texts(nlp, text) == expected


def test_an_acronym_before_its_long_form_names_the_project_and_joins_its_title(nlp):
    from pipeline.extract import extract_text

    text = ("Westland is a partner of the pooled fund FASA (Fundo de Apoio ao Sector da Água), with six donors.\n"
            "Through FASA the ministry pays the districts. The WHO (World Health Organization) advises.\n")
    assert project_texts(nlp, text) == ["FASA", "Fundo de Apoio ao Sector da Água", "FASA"]
    record = extract_text(nlp, text, "page.txt")
    assert [(p.title, p.acronym) for p in record.projects] == [("Fundo de Apoio ao Sector da Água", "FASA")]

