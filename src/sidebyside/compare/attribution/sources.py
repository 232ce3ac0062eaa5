"""The sources an article cites, grouped from the clauses of its narration and its quotes' speakers."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from sidebyside.compare.text import fold
from sidebyside.model import Quote, SourceCitation, Span
from sidebyside.compare.attribution.identity import name_key, same_speaker
from sidebyside.compare.attribution.people import _nearest
from sidebyside.compare.attribution.records import NARRATOR, Clause, Speaker


class SourceGrouping:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def sources(self, quotes: Sequence[Quote] = ()) -> tuple[SourceCitation, ...]:
        """Who the article cites: the speakers of its narration's clauses and of its quotes,
        one citation per source with every place that cites it."""
        groups: dict[str, list] = {}  # key -> [name, kind, spans]

        def add(speaker: Speaker, span: Span) -> None:
            if speaker.parts:  # "Putin and Erdogan underlined": each of them is cited
                for part in speaker.parts:
                    add(part, span)
                return
            key = speaker.key + ("|" + name_key(speaker.medium) if speaker.medium else "")
            entry = groups.get(key)
            if entry is None:
                groups[key] = [speaker.cited_as, speaker.kind, [span]]
                return
            if speaker.cited_as.startswith("the ") and not entry[0].startswith("the "):
                entry[0] = speaker.cited_as  # "the Kremlin" over "Kremlin"
            entry[2].append(span)

        for clause in self.clauses:
            # (the narrator's own "I said" cites no one: it is a source only for the words it speaks)
            if clause.inside is None and clause.speaker is not None and clause.speaker.key != NARRATOR.key:
                speaker = clause.speaker
                if clause.base == "interview" and speaker.name in self.lex.media or self._medium_reports(clause):
                    speaker = replace(speaker, kind="media")  # "according to Vanity Fair": a medium, no person
                add(speaker, self._span(clause))
        for quote in quotes:
            if not quote.speaker or quote.speaker_span is None:
                continue
            key = self._group_of(quote.speaker, groups)
            if key is not None:
                groups[key][2].append(quote.speaker_span)
            else:
                add(self._speaker_for_name(quote.speaker, quote.speaker_span.start), quote.speaker_span)
        out = []
        for name, kind, spans in groups.values():
            unique = tuple(sorted(set(spans), key=lambda sp: (sp.start, sp.end)))
            out.append(SourceCitation(name, unique, kind))
        out.sort(key=lambda c: c.spans[0].start)
        return tuple(out)

    def _group_of(self, speaker: str, groups: dict) -> str | None:
        """The citation a quote's speaker belongs to: the same name, or a partial of it."""
        key = name_key(speaker)
        if key in groups:
            return key
        for k, (name, _kind, _spans) in groups.items():
            if same_speaker(name.split(" (")[0], speaker):
                return k
        return None

    def _speaker_for_name(self, name: str, at: int) -> Speaker:
        """A speaker given by name only (a credit line, a caller's quote): the full name the
        article gives for it, its kind from the term lists and its last word."""
        words = tuple(fold(w) for w in name.split())
        if words:
            display = _nearest(self._full.get(words[-1], ()), self._full_starts.get(words[-1], ()), at,
                               lambda fwords: fwords[len(fwords) - len(words) :] == words, self.settings.name_tries)
            if display is not None:
                return Speaker(display, "person", name_key(display))
        bare = name[4:] if name.startswith("the ") else name
        last = fold(bare.split()[-1]) if bare.split() else ""
        if bare in self.lex.media:
            kind = "media"
        elif bare in self.lex.organisations or last in self.vocab.org_heads or last in self.vocab.body_nouns:
            kind = "institution"
        elif name[:1].islower():
            kind = "anonymous"
        else:
            kind = "person"
        return Speaker(name, kind, name_key(name))

    def _medium_of_unnamed(self, clause: Clause) -> str | None:
        """'a source said told Sputnik': the medium named right after an unnamed source's verb."""
        tokens = self.tokens
        n = len(tokens)
        for v in range(clause.verb, min(n, clause.verb + 3)):
            if tokens[v].norm == "told":
                return self._medium_after(v)
        return None
