"""Names of works: "the Hill Road Rehabilitation", "Lake Towns Hospital Extension", "Upper Valley Rural
Electrification, Phase II". Such a name ends in the noun of the work done (rules/projects.json
activity_heads) instead of "Project"; it is read as a name when "the" introduces three words or more
before that noun in title case and nothing goes on after it ("Rehabilitation of feeder roads" describes).
"""

from __future__ import annotations

from ..span_lists import span_text
from .acronyms import acronym_after
from .boundaries import extend_right, settle
from .context import DetectionContext
from .filters import rejection

MIN_CONTENT_WORDS = 3
# After the head, a description goes on ("Improvement of ...") or a longer name does ("... Extension Programme").
CONTINUING = {"of", "for", "to", "and", "&", "in", "/"}


def activity_titles(ctx: DetectionContext) -> None:
    """A title-case run of three words or more ending in a works noun (Rehabilitation, Extension ...)."""
    for head in sorted(ctx.vocab.activity_heads):
        for i in ctx.positions.get(head, []):
            if ctx.taken[i]:
                continue
            following = ctx.texts[i + 1] if i + 1 < len(ctx.doc) else "\n"
            if following[:1].isupper() or following.lower() in CONTINUING:
                continue
            begin, end = settle(ctx, ctx.walk_back(i, ctx.title_floor(i)), i + 1)
            # "US$ 5 million to Eastland for the Hill Road Rehabilitation": after "for the" the name starts.
            begin = next((k + 1 for k in range(i - 1, begin, -1) if ctx.texts[k].lower() == "the"
                          and ctx.texts[k - 1] in ctx.vocab.prepositions), begin)
            # "for the Hill Road Rehabilitation": the article makes the works a named thing; a line or heading
            # without one is left to the structure finders.
            if begin == 0 or ctx.texts[ctx.word_before(begin)].lower() != "the" \
                    or begin >= end or ctx.content_words(begin, end) < MIN_CONTENT_WORDS \
                    or any(ctx.texts[k].islower() and not ctx.is_function(k) for k in range(begin, end)) \
                    or rejection(ctx, begin, end) is not None:
                continue
            # "Tigray Recovery: Rural Water Restoration" found in a table: its later use is the whole name's.
            words = ctx.text_of(begin, end)
            if any(text != words and text.endswith(words) for text in map(span_text, ctx.found)):
                continue
            end = extend_right(ctx, end, ctx.line_tokens(i)[1])
            ctx.add(begin, acronym_after(ctx, end, begin) or end, "activity-title")


RUN_JOINERS = {"and", "&", "-", "–"}
TIME_NOUNS = {"date", "dates", "deadline", "period", "schedule"}


def works_of_names(ctx: DetectionContext) -> None:
    """"finance the Rehabilitation of the Hill and Lake Pumping Stations": a works noun capitalized inside a
    sentence after "the", then "of (the)" and a title-case run of two words or more, names the works."""
    for head in sorted(ctx.vocab.activity_heads):
        for i in ctx.positions.get(head, []):
            # ("earmarked for the\nRehabilitation of ...": the article may end the line before.)
            if ctx.taken[i] or i == 0 or ctx.texts[ctx.word_before(i)] != "the" or ctx.texts[i + 1 : i + 2] != ["of"]:
                continue
            start = i + 3 if ctx.texts[i + 2 : i + 3] == ["the"] else i + 2
            # (Capitalized words and the "and", "&" and hyphens between them: "... Stations in the Nile valley" ends
            # before "in".)
            end, ceiling = start, ctx.line_tokens(i)[1]
            while end < ceiling and not ctx.spaces[end] and end not in ctx.money_tokens \
                    and (ctx.texts[end][:1].isupper() or ctx.texts[end] in RUN_JOINERS):
                end += 1
            while end > start and ctx.texts[end - 1] in RUN_JOINERS:
                end -= 1
            # ("the Extension of the Closing Date": a change to the project, no works.)
            if end <= start or not ctx.texts[start][:1].isupper() or ctx.content_words(start, end) < 2 \
                    or ctx.texts[end - 1].lower() in TIME_NOUNS \
                    or not ctx.is_free(i, end) or rejection(ctx, i, end) is not None or rejection(ctx, start, end) is not None:
                continue  # (the run is held to the rejections too: "the Upgrading of the Ministry Headquarters")
            ctx.add(i, end, "works-of-name")
