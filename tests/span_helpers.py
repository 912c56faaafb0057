"""What the detection tests read from a doc: each PROJECT span with its title and acronym, or its text alone."""


def project_values(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.value.title, s._.value.acronym) for s in doc.spans["PROJECT"]]


def project_texts(nlp, text):
    return [text for text, _, _ in project_values(nlp, text)]
