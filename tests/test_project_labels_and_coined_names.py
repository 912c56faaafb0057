"""PROJECT detection on shapes unseen pages showed: a page's labels over its facts, names made of words no English
word list holds, a title line whose acronym is a coined word, two states' partnership, an acronym that owns a
name, and a project's acronym with a phase digit.

Every name and figure here is invented. Each row is (text, expected PROJECT span texts, in text order); an empty
list means no PROJECT at all. False-positive rows are included on purpose.
"""

import pytest

from pipeline.projects.common_words import is_common_english


def project_texts(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["PROJECT"]]


LABEL_ROWS = [
    # A page's labels ("... Dates", "... Table", "... Conditions"), however they are laid out, name no project.
    ("1. Terms and Conditions\nLoan name | Amount (billion yen)\n\n2. Loan Summaries\n(1) Harbour Bridge Works Project\n",
     ["Harbour Bridge Works Project"]),
    ("Key Dates\n\nKey Project Dates\nBoard Approval Date: 02-Feb-2031    Closing Date: 30-Jun-2036\n"
     "Revised Closing Date: 30-Jun-2037\n\nComponents Table\nName Component 1: Hill Roads\n", []),
    # "About the ..." heads a page's section about something, and is no name itself.
    ("About the Tidewater Seeds Fund\nThe fund opened in 2030 for coastal farmers.\n", []),
    # A bilingual heading over a list of projects, read in its last language.
    ("PROYECTOS VIGENTES / CURRENT PROJECTS\n1. Proyecto de Caminos Vecinales de Altamar\n",
     ["Proyecto de Caminos Vecinales de Altamar"]),
    # Records that open with their grant code, under a page bar: neither line is a card's name.
    ("NORTHWIND TRUST · GRANT RECORDS\nExport generated: 2031-02-11 10:15 UTC\n\n"
     "[1/2]  Grant ID: NWT-2031-0101\nTitle:    River Otter Fisheries Recovery\nAmount:   USD 250,000\n"
     "Award date: 14 Jun 2031\n\n[2/2]  Grant ID: NWT-2031-0202\nTitle:    Coastal Slate Schools Programme\n"
     "Amount:   USD 300,000\nAward date: 02 Nov 2031\n",
     ["River Otter Fisheries Recovery", "Coastal Slate Schools Programme"]),
]


@pytest.mark.parametrize("text, expected", LABEL_ROWS)
def test_a_pages_labels_and_bars_name_no_project(nlp, text, expected):
    assert project_texts(nlp, text) == expected


def test_a_word_list_tells_english_words_from_coined_ones():
    assert is_common_english("Regional") and is_common_english("harvest")
    assert not is_common_english("Tavoloma") and not is_common_english("Kisimvu")


COINED_ROWS = [
    # "the X programme", "programme X,", "X, the ... programme": one or two words no English list holds are a name.
    ("In 2031 the Tavoloma programme reached 4,100 households. Tavoloma pays in cash.", ["Tavoloma"]),
    ("The joint agency programme Kisimvu Rafiki, funded by Norway, trains midwives.", ["Kisimvu Rafiki"]),
    ("The ministry asked for advice on Tavoloma, the national cash transfer programme for families. Tavoloma grew.",
     ["Tavoloma"]),
    # Money given "for" a name of such words, then a relative clause: the name of what it pays for.
    ("Osterlich pledged EUR 4 million on 2 May 2031 for Kisimvu Rafiki, which trains village midwives.",
     ["Kisimvu Rafiki"]),
    # English words in the same places are not names; nor is a word said once, or used as a place ("in X"), nor a
    # donor the rules know, nor a company ("... Foods"), nor a body an appositive calls an agency.
    ("The Bank supported the Kigali programme last year.", []),
    ("Since 2029 the Danida programme in Kenya grew. Danida pays.", []),
    ("The office in Tavoloma opened. In 2031 the Tavoloma programme reached 4,100 households.", []),
    ("Sweden provided SEK 15 million in 2030 for Twiga Foods, which links farmers to shops.", []),
    ("Funding went to Velona, the Swedish agency that runs the programme. Velona pays.", []),
    ("The Bank gave USD 5 million for Green Towns, which builds parks.", []),
    ("In 2031 the Regional programme reached 4,100 households.", []),
    ("The programme Manager, appointed in 2031, reports monthly.", []),
    # A one-word name with inner capitals after a project noun is an acronym.
    ("The earlier project SolVerde (2024-2029) planted hedges on hill farms.", ["SolVerde"]),
]


@pytest.mark.parametrize("text, expected", COINED_ROWS)
def test_coined_words_by_a_project_noun_are_names(nlp, text, expected):
    assert project_texts(nlp, text) == expected


def test_the_value_of_a_coined_acronym_after_a_project_noun_is_an_acronym(nlp):
    doc = nlp("The earlier project SolVerde (2024-2029) planted hedges on hill farms.")
    (span,) = doc.spans["PROJECT"]
    assert (span._.value.title, span._.value.acronym) == (None, "SolVerde")


TITLE_LINE_ROWS = [
    # A line alone: a long title-case name and a coined acronym the page then uses again and again.
    ("Home | About | Projects\n\nHighland Terraces and Orchard-Pond Systems for Thriving Hill Villages (HORIZON)\n\n"
     "Project code: ABC/RU/031\n\nHORIZON trains farmer groups. HORIZON also builds ponds.\n",
     ["Highland Terraces and Orchard-Pond Systems for Thriving Hill Villages (HORIZON)", "HORIZON", "HORIZON"]),
    # The same line whose acronym the page never uses again stays unread by this rule.
    ("Highland Terraces and Orchard-Pond Systems for Thriving Hill Villages (HORIZON)\n\nThe page ends here.\n", []),
    # A body's or a document's name on a line of its own is no project, however often its acronym recurs.
    ("Common Market for Eastern Hill Districts (CEMARK)\n\nCEMARK met. CEMARK voted.\n", []),
    ("National Policy on Hill Water and Rural Sanitation (NAPOWAS)\n\nNAPOWAS says. NAPOWAS wants.\n", []),
    ("Lakeside Farmers Association of the Eastern Hills (LAKEFA)\n\nLAKEFA met. LAKEFA voted.\n", []),
]


@pytest.mark.parametrize("text, expected", TITLE_LINE_ROWS)
def test_a_title_line_with_a_coined_acronym_the_page_uses(nlp, text, expected):
    assert project_texts(nlp, text) == expected


OTHER_ROWS = [
    # Two states' relationship is no programme; a partnership with a sector or an object is.
    ("The Norway–Ghana Comprehensive Strategic Partnership was renewed in 2031.", []),
    ("The Norway–Ghana Health Partnership opened two clinics.", ["Norway–Ghana Health Partnership"]),
    # An acronym's possessive owns the name and stays out of it.
    ("TSU's Coastal Learning Window (CLW) opened in 2031.", ["Coastal Learning Window (CLW)"]),
    # An appositive that calls the name a programme makes a name ending in a country one.
    ("Teachers train through Reading Circles Ghana (RCG), a USD 8 million programme running to 2034.",
     ["Reading Circles Ghana (RCG)"]),
    # A project's acronym with a phase digit is the next phase; with a count after it, it is not.
    ("The Village Wells Scheme (ViWS) began in 2030. We are designing ViWS 2 to reach more districts. ViWS 3 wells broke."
     " ViWS 2 new boreholes opened.", ["Village Wells Scheme (ViWS)", "ViWS 2", "ViWS", "ViWS"]),
    # A French title ends before an English verb of description.
    ("The Programme d'Appui aux Écoles de Brousse helps schools.", ["Programme d'Appui aux Écoles de Brousse"]),
    # A list item that tells of money is no name; the window it names inside is.
    ("The scheme has two funders:\n- The Hillside Trust added £600k from its Dry Schools Window, which pays for roof gutters.\n"
     "- The town gave €90,000 for soap.\n", ["Dry Schools Window"]),
    # A quoted document about a project: the name ends where the document's subtitle starts.
    ("See the report “Valley Herds Programme: final evaluation” of 2031.", ["Valley Herds Programme"]),
    # A citation's file type in parentheses is no acronym of the quoted title before it.
    ('Sources: "Valley Herds Programme: mid-term review" (PDF), 2031.', ["Valley Herds Programme"]),
    # Two states' partnership with a project noun after it is a programme.
    ("The Ghana–Norway Economic Partnership programme trains nurses.", ["Ghana–Norway Economic Partnership"]),
    # A French title keeps a French word that looks like an English verb.
    ("Le Projet d'appui aux finances locales a démarré en 2031.", ["Projet d'appui aux finances locales"]),
    # "Action N – X" lines outside an action plan are tasks.
    ("Minutes\nAction 1 – Update Risk Register\nAction 2 – Hire Field Staff\n", []),
    # A numbered action of an action plan names a project, line after line.
    ("Annual Action Plan for Ruritania\n\nAction 1 – Clean Air Towns\nUnion grant: EUR 7 250 000\n\nAction 2 – Hill Schools Connect\n"
     "Union grant: EUR 3 100 000\n", ["Clean Air Towns", "Hill Schools Connect"]),
]


@pytest.mark.parametrize("text, expected", OTHER_ROWS)
def test_names_by_their_owners_phases_and_relations(nlp, text, expected):
    assert project_texts(nlp, text) == expected
