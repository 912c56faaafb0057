"""What the detection tests read from a doc: each PROJECT span with its title and acronym, or its text alone; each
amount's and date's value; each project record's facts."""

import pipeline


def project_values(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.value.title, s._.value.acronym) for s in doc.spans["PROJECT"]]


def project_texts(nlp, text):
    return [text for text, _, _ in project_values(nlp, text)]


def money_values(nlp, text):
    """Each MONEY span's text with its amount, currency and qualifier."""
    doc = nlp(text)
    return {s.text: (s._.value.amount, s._.value.currency, s._.value.qualifier) for s in doc.spans["MONEY"]}


def date_values(nlp, text):
    """Each DATE span's text with its start and end."""
    doc = nlp(text)
    return {s.text: (s._.value.start, s._.value.end) for s in doc.spans["DATE"]}


def facts(nlp, text):
    """{title or acronym: (countries, amounts, dates)} of each project record of a small text."""
    out = {}
    for project in pipeline.extract_text(nlp, text, "t.txt").projects:
        out[project.acronym or project.title] = (
            sorted(c.iso2 for c in project.countries),
            sorted(f"{a.amount} {a.currency}" for a in project.amounts),
            sorted(f"{d.start}/{d.end}" for d in project.dates),
        )
    return out
