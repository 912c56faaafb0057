"""Finding PROJECT mentions: named projects, programmes, funds, facilities, schemes.

A title is recognised by its shape, never by a list of titles. The finders below run in
the declared order over one `DetectionContext` (context.py); each takes what it finds unless
an earlier finder took those tokens, and each span carries in `span.id_` the rule that found
it ("title-acronym", "project-list", ...). The reasons to trim a candidate are the functions
of boundaries.py (LEFT_TRIMS, SUFFIXES), the reasons to reject it those of filters.py
(REJECTIONS); their word lists are data in rules/projects.json. The order is hand-written:
names with the strongest evidence (the layout, an aligned acronym) go first.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span

from ..layout import Layout
from .context import DetectionContext, Vocabulary
from .acronym_lines import acronym_title_lines
from .alias_names import named_names
from .activity_names import activity_titles, works_of_names
from .block_names import described_name_lines, headless_blocks, identified_name_lines, sibling_blocks
from .card_names import fact_cards
from .coded_names import coded_names
from .coined_names import coined_phases, headed_coined_names
from .defined_terms import defined_terms
from .comma_acronyms import comma_acronyms
from .csv_names import csv_columns
from .export_names import earlier_phases, export_columns
from .furniture import release_furniture, skip_furniture
from .markdown_names import bold_fields, field_headings
from .noun_phrase_names import names_described_in_parentheses, names_in_noun_phrases
from .numbered_names import numbered_sections
from .page_titles import breadcrumb_titles
from .partner_lists import partner_items
from .quoted_names import quoted_names
from .role_fields import role_fields
from .context_names import (acronym_nouns, appositives, defined_names, described_names, introduced_names,
                            names_before_nouns, nouns_then_titles, verb_titles)
from .glossary_names import glossary_projects, skip_glossaries
from .leading_acronyms import leading_acronyms, spelled_long_forms
from .echoed_names import echoed_capitals, echoed_headings
from .layout_names import headings, inline_lists, labelled_lines, project_lists
from .mentions import acronym_mentions, acronym_numerals, acronym_phases, repeated_names
from .names import title_acronyms, title_keywords
from .romance_names import foreign_titles
from .route_names import route_names
from .sibling_items import sibling_items
from .field_cards import field_cards, identified_titles
from .table_names import (acronym_fields, field_values, identified_records, label_lines, project_tables, related_fields,
                          tab_tables)

Finder = Callable[[DetectionContext], None]

FINDERS: tuple[Finder, ...] = (
    skip_glossaries,  # sets aside "ABC    Long Form" glossary blocks
    skip_furniture,  # sets aside copyright and address lines, and the line breaks around a breadcrumb trail
    bold_fields,  # sets aside "**Budget:**" labels; "**Project:** X" in Markdown
    partner_items,  # sets aside the organisations listed under "Partners", "The consortium"
    role_fields,  # sets aside the body in "Borrower: X", "Executing agency: X", "Bénéficiaire : X"
    coded_names,  # "AB-1234: Hill Water Works", "• XY042 Hill Water Works – USD 2 million"
    project_lists,  # items under "Current projects:"
    inline_lists,  # "Closed grants: X (2019–2021) and Y."
    project_tables,  # the Project column of a table, a "Project title ..... X" row
    tab_tables,  # the Project column of a tab-separated table
    export_columns,  # the "purpose_project" column of a database export
    csv_columns,  # the "grant_title" column of a quoted CSV export
    field_values,  # "Project: X" in a key-value sheet
    defined_terms,  # 'Lakeside Grain Stores (the "Project")'; '("Lakeside" or the "Company")' set aside
    identified_name_lines,  # "Hill Waste Works" over "Project number: 70815"
    described_name_lines,  # "Harbour Voices" over "This five-year activity trains ..."
    field_headings,  # "## Project: X" in Markdown
    related_fields,  # "Predecessor: XX-1-P0099 – Hill Schools Pilot" under an activity's related activities
    label_lines,  # "Project title" on one line, "X" on the next
    field_cards,  # a name line over "Status: / Dates: / Budget:" fields, card after card
    identified_titles,  # a page's title line over its "Project ID: ..." field
    breadcrumb_titles,  # the title line under "Home / Projects / Project Details / Eastland"
    identified_records,  # "AB-24/0012 – Hill Clinics Outreach – Health Partners – US$ 90,000" record lines
    fact_cards,  # a name line over "2022–2026 · NOK 40 million" or "Budget / USD 2 million" lines, card after card
    acronym_title_lines,  # a line alone, "Highland Terraces ... for Thriving Hill Villages (HORIZON)", its acronym used on the page
    title_acronyms,  # "Coastal Resilience Facility (CRF)"
    foreign_titles,  # "Programa de ...", "Projet d'appui à ..."
    acronym_phases,  # "CRF II", "CRF-SU", and "CRF" when only "CRF II" was defined
    leading_acronyms,  # "PAVE (Programa de Apoio à Vila Escolar)": the acronym before its long form
    acronym_mentions,  # "CRF" elsewhere, before a keyword reading takes it
    title_keywords,  # "Coastal Roads Support Project"
    acronym_fields,  # "program_acronym: CRSP" in the record that names "Coastal Roads Support Program"
    comma_acronyms,  # "the Lagoon Roads Facility, or LRF, funds ...": the acronym between commas
    headings,  # "2. Coastal Roads Support"
    echoed_headings,  # "Harbour Voices" over a paragraph that opens "Harbour Voices trains ..."
    echoed_capitals,  # "2) HARBOUR VOICES – fishing villages" over "... keeps Harbour Voices running"
    headless_blocks,  # "Harbour Voices" over "Countries: / Period:" fields, block after block, or over "A ... window for ..."
    labelled_lines,  # "Chad – Bright Homes", "Window 1 – River Voices", line after line
    appositives,  # "Green Jobs, the joint programme"
    introduced_names,  # "under Green Jobs, the programme ..."
    quoted_names,  # 'the programme “Green Jobs”'
    named_names,  # "the initiative, known as Green Jobs,"
    nouns_then_titles,  # "the regional project Safe Wells for Villages, implemented ..."
    acronym_nouns,  # "the PALM scheme"
    names_before_nouns,  # "the Green Jobs programme"
    names_in_noun_phrases,  # "the Hill Wells rural water scheme", "the separate Harbour Grants scheme", "the Lake Towns pilot"
    names_described_in_parentheses,  # "Hillwater (our girls' schooling programme, ...)"
    verb_titles,  # "funded Improve Hill Clinics, whose ..."
    described_names,  # "a first programme of this kind, Harvest Ruritania I, closed", "a contribution to SolarVillages Eastland,"
    defined_names,  # "Hill Songs is a three-year scheme led by ..."
    acronym_numerals,  # "TRELLIS II", never spelled out
    coined_phases,  # "Kitamba Ngozi Phase II", "under Njia Njema II"
    headed_coined_names,  # "Project Velona is the boldest ..."
    acronym_phases,  # again, for acronyms the finders above introduced ("ABC, the programme ... ABC-2")
    spelled_long_forms,  # "ABC (Alpha Bright Coasts)" after "ABC" was found a project: the long form that spells it
    glossary_projects,  # "BRF    Borehole Rehabilitation Fund" in a glossary, when a project: by head or by a found acronym
    sibling_items,  # "• Lantern Schools – grants ..." in a list whose other item opens with a name found above
    sibling_blocks,  # "Saltmarsh Hydrogen Valley" over its paragraph, in a run of such blocks two of whose lines open with names found above
    numbered_sections,  # "3. Eastland – Hill Hospital Extension" in a numbered series whose other line holds a name found above
    activity_titles,  # "the Hill Road Rehabilitation", "Lake Towns Hospital Extension", after the structures had their say
    works_of_names,  # "finance the Rehabilitation of the Hill and Lake Pumping Stations"
    route_names,  # "the Eastport–Hilltown Railway", "the Lake–Hill 225 kV Interconnector"
    release_furniture,  # gives copyright and address lines back to the later uses of names found elsewhere
    repeated_names,  # later uses of every name found, and "Green Jobs" for "Green Jobs Ruritania"
    earlier_phases,  # "Green Jobs" alone when "Green Jobs - Phase 2" was found
)


def find_projects(doc: Doc, layout: Layout, vocabulary: Vocabulary, dates: list[Span], amounts: list[Span],
                  is_place: Callable[[Span], bool], places: list[Span] = (),
                  finders: tuple[Finder, ...] = FINDERS, place_at: Callable[[int, int], bool] | None = None) -> list[Span]:
    """PROJECT spans of one doc, in text order; `is_place(span)` says whether a span is a country or currency,
    `places` are the country names found in it; `place_at(start, end)`, when given, answers is_place(doc[start:end])."""
    ctx = DetectionContext.build(doc, layout, vocabulary, dates, amounts, is_place, places, place_at)
    for finder in finders:
        finder(ctx)
    return sorted(ctx.found, key=lambda s: (s.start, s.end))
