"""Facts anchored by a referent the two outlets name differently.

A referent both articles name in one sentence each, each in its own words ("the end of the
Turkish occupation" / "the presence of Turkish troops"), is what those two sentences are about: a reader
sees them as one fact told two ways even where they share few words, so the word-vector
alignment scores them under its floor. Only referents each body names in one sentence anchor a
fact (a person or country named in many sentences anchors none), only of the kinds the settings list,
and only between two sentences no other fact has taken."""

from __future__ import annotations

import bisect

from sidebyside.model import AlignedSentence, LabelContrast, Mention, Span


def facts_of_contrasts(contrasts: tuple[LabelContrast, ...], sentences: tuple[list[Span], list[Span]],
                       aligned: list[AlignedSentence], kinds: frozenset[str]) -> list[AlignedSentence]:
    """The sentence pairs (not yet aligned) that hold every body mention, on each side, of a
    contrasted referent of one of ``kinds`` ("" for a family of contested descriptions)."""
    taken = ({s.a.start for s in aligned}, {s.b.start for s in aligned})
    starts = ([s.start for s in sentences[0]], [s.start for s in sentences[1]])
    out = []
    for c in contrasts:
        if (c.kind or "") not in kinds or not c.a or not c.b:
            continue
        spans = [_one_sentence(side_mentions, sentences[side], starts[side]) for side, side_mentions in enumerate((c.a, c.b))]
        if spans[0] is None or spans[1] is None or spans[0].start in taken[0] or spans[1].start in taken[1]:
            continue
        taken[0].add(spans[0].start)
        taken[1].add(spans[1].start)
        out.append(AlignedSentence(Span(spans[0].start, spans[0].end), Span(spans[1].start, spans[1].end), 0.0,
                                   anchor=(_label(c.a), _label(c.b))))
    return out


def _one_sentence(mentions: tuple[Mention, ...], sentences: list[Span], starts: list[int]) -> Span | None:
    """The one sentence that holds every mention of a referent in one article, or None when the
    article names it in two sentences or more (or a mention crosses a sentence's end)."""
    k = bisect.bisect_right(starts, mentions[0].start) - 1
    if k < 0 or any(not (sentences[k].start <= m.start and m.end <= sentences[k].end) for m in mentions):
        return None
    return sentences[k]


def _label(mentions: tuple[Mention, ...]) -> str:
    """How one sentence names the referent: its longest run of overlapping mentions ("presence
    of Norlandic" and "Norlandic troops" are "presence of Norlandic troops")."""
    runs: list[tuple[int, int, str]] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if runs and m.start < runs[-1][1]:
            start, end, text = runs[-1]
            if m.end > end:
                runs[-1] = (start, m.end, text + m.text[end - m.start:])
        else:
            runs.append((m.start, m.end, m.text))
    return max(runs, key=lambda r: (r[1] - r[0], -r[0]))[2]
