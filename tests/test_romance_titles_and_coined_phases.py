"""PROJECT detection on shapes unseen pages showed: acronyms whose letters the trims had cut off, Romance titles
whose acronym aligns inside them, bodies with Romance heads, coined names with a phase, "our programme"
appositives, headings that title a set of projects, places in capitals over a table's rows, and card labels.

Names, figures, dates and sentences are invented for these tests. Each row is (text, expected PROJECT span texts,
in text order); an empty list means no PROJECT at all. False-positive rows are included on purpose.
"""

import pytest


def project_texts(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["PROJECT"]]


ALIGNED_ROWS = [
    # The acronym spells words the left trims would drop: a verb with a country's possessive, "X and Y".
    ("Donors back Rebuilding Eastland's Coastal Schools (RECS) this year.", ["Rebuilding Eastland's Coastal Schools (RECS)"]),
    ("In 2033 the Orchard and Hill Terraces Facility (OHTF) opened its first window.",
     ["Orchard and Hill Terraces Facility (OHTF)"]),
    # ... but not across a page bar: "(XLS)" spells nothing there.
    ("Home > Eastland\nSave | Export Grid Sheet (XLS) | Mail\n", []),
    # A Romance title whose acronym spells words inside it starts at its head.
    ("• Projeto de Reforço da Pesca nas Ilhas do Norte (REPESCA)\n",
     ["Projeto de Reforço da Pesca nas Ilhas do Norte (REPESCA)"]),
    ("Its seeds came from the earlier Programa de Mejora de Semillas Andinas en Valle Alto (SEMAN), closed in 2030.",
     ["Programa de Mejora de Semillas Andinas en Valle Alto (SEMAN)"]),
    # A capitalized word before the head is the name's, whatever the acronym spells.
    ("Flagship Programme on Safe Markets in River Towns (SMR-River) | Eastland | 2,750,000\n",
     ["Flagship Programme on Safe Markets in River Towns (SMR-River)"]),
]

ROMANCE_ROWS = [
    # A title-case Romance name runs on in lower case after a function word, with words no English list holds.
    ("Le Fonds Varenne pour la pêche et la forêt finance dix coopératives.", ["Fonds Varenne pour la pêche et la forêt"]),
    # "a" joins a capitalized word after it; French "a démarré", "a un budget" is a verb.
    ("Projeto de Apoio e Resposta a Secas em Vale Fundo (SECAS VF)",
     ["Projeto de Apoio e Resposta a Secas em Vale Fundo (SECAS VF)"]),
    ("Le Projet d'appui aux marchés ruraux a démarré en 2031.", ["Projet d'appui aux marchés ruraux"]),
    ("Le Projet d'accès à l'eau potable a un budget de 4 millions d'euros.", ["Projet d'accès à l'eau potable"]),
    # A Romance body's head first: an office, a network.
    ("Partner: Office des Routes de Varenne (ORV), direction technique", []),
    ("Opérateur ........ Réseau des Pêcheurs du Lac (RPL)\n", []),
]

COINED_ROWS = [
    # A coined name with its phase, and the name alone elsewhere as the earlier phase.
    ("Support to artisans: Kitamba Ngozi Phase II receives €9m until 2038.", ["Kitamba Ngozi Phase II"]),
    ("Clinics are built under Njia Njema II from 2036.\nNjia Njema in its first years trained nurses.",
     ["Njia Njema II", "Njia Njema"]),
    ("The bank finances Umoja wa Kilimo Phase 2 in the valley.", ["Umoja wa Kilimo Phase 2"]),
    # A ruler's numeral, an address's parts: no phase of a project.
    ("The clinic was opened by the late Mokhethi III in 2030.", []),
    ("Office of Roads, 5th Floor, Kelavatte Stage II, Port Verena", []),
    # "our programme" after the name calls it a project.
    ("We committed £2 million in 2036. Shamba Safi, our programme on farm credit, doubled.", ["Shamba Safi"]),
    ("Caafimaad Hooyo, our child nutrition programme run in the east, got £8 million.", ["Caafimaad Hooyo"]),
]

LAYOUT_ROWS = [
    # A heading in capitals with a plural head titles a section of projects, in any language.
    ("TECHNICAL COOPERATION PROJECTS AND GRANTS\n\nThe ministry lists them below.\n", []),
    ("PROYECTOS Y FONDOS REGIONALES\n\nEl ministerio los coordina.\n", []),
    ("CURRENT PROGRAMMES (signed grants in EUR)\nFlagship programme | Districts | Grant\n"
     "River Schools Without Walls | Eastland, Westland | 1,480,000\n", ["River Schools Without Walls"]),
    # An indefinite article after a colon, before a heading's common words, describes a project.
    ("4. VALEX: A NATIONAL PROJECT IN TWO STAGES\nThe project started in 2032.\n", []),
    # ... while prose that names one after "a", and a heading's letter "A", keep it.
    ("The budget grew with a Hill Seeds Security Programme loan of EUR 6 million.", ["Hill Seeds Security Programme"]),
    ("COMPONENT A   RURAL WATER SUPPLY PROGRAMME\n", ["RURAL WATER SUPPLY PROGRAMME"]),
    # Countries and region words in capitals over a table's rows are no acronyms; a country's office is a body.
    ("Borrower   Operation   Fund   Board date   Sum\n"
     "EASTLAND   Upland Irrigation Programme – Phase II   AAF   4 Feb 2033   64.10\n"
     "WESTLAND   Lagoon Flood Defence Project   BBF   9 Aug 2033   21.35\n"
     "REGIONAL   Four Rivers Navigation Project   BBF   2 Mar 2033   7.25\n",
     ["Upland Irrigation Programme – Phase II", "Lagoon Flood Defence Project", "Four Rivers Navigation Project"]),
    ("Tenders.\n\n3. WESTLAND – Country Office, Port Verena\nProject: Clean Springs for Hill Villages (CSHV)\n",
     ["Clean Springs for Hill Villages (CSHV)"]),
    # A table's note mark after a name is no part of it; a power line's rating inside a name is.
    ("Borrower   Operation   Fund   Board date   Sum\n"
     "EASTLAND   Valley Sanitation Framework c/   AAF   6 May 2032   38.00\n"
     "WESTLAND   Eastland–Westland 132 kV Ring Main Project   BBF   1 Oct 2032   9.90\n",
     ["Valley Sanitation Framework", "Eastland–Westland 132 kV Ring Main Project"]),
    ("The 25 MW Ridge Wind Farm Project was signed.", ["Ridge Wind Farm Project"]),
    # A page's title after the label of the page it is.
    ("Project profile — Upland Tea Gardens in Eastland (Jardins de thé des hautes terres)\n\nStatus: Closed\n",
     ["Upland Tea Gardens in Eastland"]),
    # A card's "Project:" label is not part of the name.
    ("Note: one lot was re-tendered.\n\nProject: Dryland Seeds Facility (DSF)\nLocation: Eastland | Duration: 2034–2037\n"
     "Award: EUR 2.4 million, signed 5 June 2035.\n\nProject: Market Towns Jobs Project (MTJP)\n"
     "Location: Westland | Duration: 2034–2037\nAward: EUR 1.1 million, signed 9 July 2035.\n",
     ["Dryland Seeds Facility (DSF)", "Market Towns Jobs Project (MTJP)"]),
    # A French title opening with "Initiative"; a quoted name a Romance apposition calls an initiative.
    ("Projets associés\n• Initiative nationale pour une irrigation économe (INIE) – 12 M€ – 2033-2037\n",
     ["Initiative nationale pour une irrigation économe (INIE)"]),
    ("Varenne lanza «Caminos Claros», iniciativa de formación vial.", ["Caminos Claros"]),
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

    text = ("Westland pays into the basket fund PAVE (Programa de Apoio à Vila Escolar), with five others.\n"
            "From PAVE the districts buy desks. The FAO (Food and Agriculture Organization) advises.\n")
    assert project_texts(nlp, text) == ["PAVE", "Programa de Apoio à Vila Escolar", "PAVE"]
    record = extract_text(nlp, text, "page.txt")
    assert [(p.title, p.acronym) for p in record.projects] == [("Programa de Apoio à Vila Escolar", "PAVE")]
