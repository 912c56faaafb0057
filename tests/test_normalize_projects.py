"""normalize_project: title and acronym as the spec splits them."""

import pytest

from pipeline.normalize import normalize_project

CASES = [
    ("Industry Skills for Inclusive Growth Phase 2 (InSIGHT-2)", False, "Industry Skills for Inclusive Growth Phase 2", "InSIGHT-2"),
    ("Junior Professional Officers (JPO) Programme", False, "Junior Professional Officers (JPO) Programme", "JPO"),
    ("Rural Roads Programme (NIRF Programme)", False, "Rural Roads Programme", "NIRF Programme"),
    ("Coastal Resilience Facility (CRF)", False, "Coastal Resilience Facility", "CRF"),
    ("Promoting Decent Work in Rural Areas (3rd phase): Extending Coverage (EXT)", False,
     "Promoting Decent Work in Rural Areas (3rd phase): Extending Coverage", "EXT"),
    ("Project for Rural Water Supply in the Eastern Province", False, "Project for Rural Water Supply in the Eastern Province", None),
    ("SSN Fund", True, None, "SSN Fund"),
    ("TRIANGLE II", True, None, "TRIANGLE II"),
    ("KOICA III", True, None, "KOICA III"),
    ("Health Systems Fund (P163438)", False, "Health Systems Fund (P163438)", None),
    # Forms of the genre, with invented names.
    ("Sustainable Fisheries Partnership (SFP)", False, "Sustainable Fisheries Partnership", "SFP"),
    ("Support to Rural Credit Unions (SRCU)", False, "Support to Rural Credit Unions", "SRCU"),
    ("Green Growth Window (GGW-2)", False, "Green Growth Window", "GGW-2"),
    ("Skills for Youth Employment Phase II (SkYE II)", False, "Skills for Youth Employment Phase II", "SkYE II"),
    ("Women in Enterprise Facility (WIEF Programme)", False, "Women in Enterprise Facility", "WIEF Programme"),
    ("Coastal Towns Resilience Project (CTRP) ", False, "Coastal Towns Resilience Project", "CTRP"),
    ("Safe Migration for Domestic Workers ( SMDW )", False, "Safe Migration for Domestic Workers", "SMDW"),
    ("Tripartite Action on Labour Mobility in the Mekong Region (LABMOB in Mekong)", False,
     "Tripartite Action on Labour Mobility in the Mekong Region", "LABMOB in Mekong"),
    ("Farmers' Market Access Project", False, "Farmers' Market Access Project", None),
    ("Mugu–Jumla Road Improvement Project", False, "Mugu–Jumla Road Improvement Project", None),
    ("Project for Rural Electrification in the Northern Province (project 12345-001)", False,
     "Project for Rural Electrification in the Northern Province (project 12345-001)", None),
    ("Social Protection in Asia (2nd phase): Extending Coverage (SPA)", False,
     "Social Protection in Asia (2nd phase): Extending Coverage", "SPA"),
    ("Vocational Training Centres (VTC) Support Programme", False, "Vocational Training Centres (VTC) Support Programme", "VTC"),
    ("Urban Water Trust Fund", False, "Urban Water Trust Fund", None),
    # A place's own lowercase-led acronym, then the fund's capitals.
    ("eastern Lakeland Humanitarian Fund (eL HF)", False, "eastern Lakeland Humanitarian Fund", "eL HF"),
    ("Multi-Donor Trust Fund for Health (MDTF-H)", False, "Multi-Donor Trust Fund for Health", "MDTF-H"),
    ("PALM", True, None, "PALM"),
    ("SCORE", True, None, "SCORE"),
    ("ACCESS Asia", True, None, "ACCESS Asia"),
    ("I-SKILL", True, None, "I-SKILL"),
    ("GreenJobs-3", True, None, "GreenJobs-3"),
]

# Parentheses that are not acronyms stay in the title (spec: a project number, or any other parenthesis).
NOT_ACRONYMS = ["(P163438)", "(3rd phase)", "(IMF, 2010)", "(project 55346-001)", "(see annex)", "(2016-2020)", "(Norad)"]


@pytest.mark.parametrize("text,acronym_only,title,acronym", CASES, ids=[c[0][:40] for c in CASES])
def test_projects_title_and_acronym(text, acronym_only, title, acronym):
    value = normalize_project(text, acronym_only=acronym_only)
    assert (value.title, value.acronym) == (title, acronym)


@pytest.mark.parametrize("parenthesis", NOT_ACRONYMS)
def test_projects_other_parentheses_are_not_acronyms(parenthesis):
    value = normalize_project(f"Rural Roads Project {parenthesis}")
    assert (value.title, value.acronym) == (f"Rural Roads Project {parenthesis}", None)


def test_projects_empty_text_has_no_value():
    assert normalize_project("  ") is None
