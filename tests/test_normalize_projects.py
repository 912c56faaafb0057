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
]


@pytest.mark.parametrize("text,acronym_only,title,acronym", CASES, ids=[c[0][:40] for c in CASES])
def test_projects_title_and_acronym(text, acronym_only, title, acronym):
    value = normalize_project(text, acronym_only=acronym_only)
    assert (value.title, value.acronym) == (title, acronym)


def test_projects_empty_text_has_no_value():
    assert normalize_project("  ") is None
