"""The vocabulary of the PROJECT rules: the word lists of rules/projects.json, read once when the component is built."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


def _words(data: dict, key: str, lower: bool = False) -> frozenset[str]:
    return frozenset(w.lower() if lower else w for w in data.get(key, []))


@dataclass(frozen=True)
class Vocabulary:
    """Word lists that say what a name names (rules/projects.json)."""

    project_heads: frozenset[str]
    organization_heads: frozenset[str]
    non_project_heads: frozenset[str]  # organization heads included
    organization_acronyms: frozenset[str]
    organization_names: frozenset[str]
    function_words: frozenset[str]
    prepositions: frozenset[str]
    nouns_after_acronym: frozenset[str]
    list_cues: frozenset[str]
    list_heading_cues: frozenset[str]
    table_headers: frozenset[str]
    generic_headings: frozenset[str]
    region_words: frozenset[str]
    foreign_heads: frozenset[str]
    phase_words: frozenset[str]
    name_introducers: frozenset[str]
    left_stop_words: frozenset[str]
    left_stop_nouns: frozenset[str]
    noise_words: frozenset[str]
    guarded_heads: frozenset[str]
    foreign_function_words: frozenset[str]
    english_stop_words: frozenset[str]
    foreign_non_project_heads: frozenset[str]
    ordinal_words: frozenset[str]
    title_verbs: frozenset[str]
    term_heads: frozenset[str]
    headline_verbs: frozenset[str]
    plan_words: frozenset[str]
    weak_heads: frozenset[str]
    continuation_heads: frozenset[str]
    geographic_heads: frozenset[str]
    instrument_words: frozenset[str]
    compound_heads: frozenset[str]
    fund_heads: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    description_verbs: frozenset[str] = frozenset()
    document_part_words: frozenset[str] = frozenset()
    public_body_words: frozenset[str] = frozenset()
    organization_part_words: frozenset[str] = frozenset()
    cooperation_words: frozenset[str] = frozenset()
    theme_nouns: frozenset[str] = frozenset()
    building_words: frozenset[str] = frozenset()
    project_nouns: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()
    support_words: frozenset[str] = frozenset()
    programming_words: frozenset[str] = frozenset()
    plural_heads: frozenset[str] = frozenset()
    set_words: frozenset[str] = frozenset()  # lowercase
    programme_adjectives: frozenset[str] = frozenset()  # lowercase
    relation_keys: frozenset[str] = frozenset()  # lowercase
    activity_heads: frozenset[str] = frozenset()
    role_label_words: frozenset[str] = frozenset()  # lowercase
    non_role_label_words: frozenset[str] = frozenset()  # lowercase
    category_label_words: frozenset[str] = frozenset()  # lowercase
    label_heads: frozenset[str] = frozenset()
    relationship_words: frozenset[str] = frozenset()  # lowercase
    monetary_fund_names: frozenset[str] = frozenset()
    owner_nouns: frozenset[str] = frozenset()

    @cached_property
    def lowercase_heads(self) -> frozenset[str]:
        """The project heads in lower case, for names in sentence case ("Credit guarantee scheme")."""
        return frozenset(head.lower() for head in self.project_heads)

    @cached_property
    def organization_name_starts(self) -> frozenset[str]:
        """Each organization name cut before a space or a comma ("programme des nations unies" of "programme des
        nations unies pour le développement"): whether a name starts one is a set lookup, not a scan of the names."""
        return frozenset(org[:k] for org in self.organization_names for k, c in enumerate(org) if c in " ,")

    @classmethod
    def from_rules(cls, data: dict) -> "Vocabulary":
        organizations = data["organization_names"]
        return cls(
            project_heads=_words(data, "project_heads") | _words(data, "guarded_project_heads"),
            organization_heads=_words(data, "organization_heads"),
            non_project_heads=_words(data, "non_project_heads") | _words(data, "organization_heads"),
            organization_acronyms=frozenset(organizations["acronyms"]),
            organization_names=frozenset(name.lower() for name in organizations["names"]),
            function_words=_words(data, "title_function_words"),
            prepositions=_words(data, "prepositions"),
            nouns_after_acronym=_words(data, "generic_nouns_after_acronym"),
            list_cues=_words(data, "project_list_cues"),
            list_heading_cues=_words(data, "project_list_heading_cues"),
            table_headers=_words(data, "project_table_headers", lower=True),
            generic_headings=_words(data, "generic_headings", lower=True),
            region_words=_words(data, "region_words"),
            foreign_heads=_words(data, "foreign_project_heads"),
            phase_words=_words(data, "phase_words", lower=True),
            name_introducers=_words(data, "name_introducers", lower=True),
            left_stop_words=_words(data, "left_stop_words", lower=True),
            left_stop_nouns=_words(data, "left_stop_nouns", lower=True),
            support_words=_words(data, "support_words", lower=True),
            noise_words=_words(data, "page_noise_words", lower=True),
            guarded_heads=_words(data, "guarded_project_heads"),
            foreign_function_words=_words(data, "foreign_function_words", lower=True),
            english_stop_words=_words(data, "english_stop_words", lower=True),
            foreign_non_project_heads=_words(data, "foreign_non_project_heads"),
            ordinal_words=_words(data, "ordinal_words", lower=True),
            title_verbs=_words(data, "title_verbs", lower=True),
            term_heads=_words(data, "term_heads"),
            headline_verbs=_words(data, "headline_verbs", lower=True),
            plan_words=_words(data, "framework_plan_words"),
            document_heads=_words(data, "document_heads"),
            description_verbs=_words(data, "description_verbs", lower=True),
            document_part_words=_words(data, "document_part_words", lower=True),
            weak_heads=_words(data, "weak_project_heads"),
            continuation_heads=_words(data, "continuation_heads"),
            geographic_heads=_words(data, "geographic_heads"),
            instrument_words=_words(data, "instrument_words"),
            compound_heads=_words(data, "compound_heads"),
            fund_heads=_words(data, "fund_heads"),
            public_body_words=_words(data, "public_body_words", lower=True),
            organization_part_words=_words(data, "organization_part_words", lower=True),
            cooperation_words=_words(data, "cooperation_words"),
            theme_nouns=_words(data, "theme_nouns", lower=True),
            building_words=_words(data, "building_words"),
            project_nouns=_words(data, "project_nouns"),
            role_words=_words(data, "role_words"),
            programming_words=_words(data, "programming_words"),
            plural_heads=_words(data, "plural_project_heads"),
            programme_adjectives=_words(data, "programme_adjectives", lower=True),
            relation_keys=_words(data, "relation_field_keys", lower=True),
            activity_heads=_words(data, "activity_heads"),
            role_label_words=_words(data, "role_label_words", lower=True),
            non_role_label_words=_words(data, "non_role_label_words", lower=True),
            category_label_words=_words(data, "category_label_words", lower=True),
            label_heads=_words(data, "label_heads"),
            relationship_words=_words(data, "relationship_words", lower=True),
            monetary_fund_names=_words(data, "monetary_fund_names"),
            owner_nouns=_words(data, "owner_nouns"),
            set_words=_words(data, "project_set_words", lower=True) | _words(data, "region_words", lower=True),
        )
