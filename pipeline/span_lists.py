"""A doc's span groups as plain lists, made once per group and shared by every component that reads them,
and a span's text read from the doc's source text.

Iterating a SpanGroup builds a new Span object for each member every time, and each component reads the
groups of those before it (and the linker reads them all again): a list kept per group builds them once.
The lists are read-only for their readers; a group written again (doc.spans[key] = ...) gets a new list.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span, SpanGroup

SPAN_LISTS = "fs_span_lists"  # doc.user_data key: {group key: (SpanGroup, its spans as a list)}
DOC_TEXT = "fs_text"  # doc.user_data key: the text the doc was made from (its layout's), set by the layout component


def spans_of(doc: Doc, key: str) -> list[Span]:
    """doc.spans[key] as a list ([] when the doc has no such group). Do not change the list: it is shared."""
    group = doc.spans.get(key)
    if group is None:
        return []
    lists = doc.user_data.setdefault(SPAN_LISTS, {})
    kept = lists.get(key)
    # (The group object identifies the list: a group written again is a new object; one grown in place, a new length.)
    if kept is None or kept[0] is not group or len(kept[1]) != len(group):
        kept = lists[key] = (group, list(group))
    return kept[1]


def set_spans(doc: Doc, key: str, spans: Sequence[Span]) -> None:
    """doc.spans[key] = spans, in their order, with the list kept for spans_of (the Spans given are the ones read)."""
    group = doc.spans[key] = SpanGroup(doc, name=key, spans=spans)
    doc.user_data.setdefault(SPAN_LISTS, {})[key] = (group, list(spans))


def span_text(span: Span) -> str:
    """span.text, sliced from the doc's source text: Span.text builds a Token per word and joins their texts."""
    text = span.doc.user_data.get(DOC_TEXT)
    return span.text if text is None else text[span.start_char : span.end_char]
