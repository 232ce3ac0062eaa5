"""English lead-ins that present a document's words as someone's: "Below is a statement by
Francesca Grifo, director of the program:" before the quotation. Functions over an
engine.Attribution (kept apart from the placement rules they extend)."""

from __future__ import annotations

from sidebyside.compare.attribution.records import Clause

_BY = frozenset(("by", "from"))
_OWNER_KINDS = frozenset(("person", "institution"))
_RELATIVES = frozenset("which who whom whose where that".split())


def statement_by(att, k: int, e: int, nouns: frozenset[str]) -> Clause | None:
    """The sentence tokens[k:e] ends in the colon before a quotation, names no speech verb of
    its own, and holds a noun of words said ("statement", "message") followed by "by"/"from" and
    a name, with at most an apposition set off by a comma after the name before the colon: the
    name speaks the words ('Below is a statement by Francesca Grifo, director of UCS's
    Scientific Integrity Program:'). Not 'Smith replied to a statement by Jones:' (Smith's verb),
    nor 'a statement by Jones, who said:' (a clause of its own)."""
    tokens = att.tokens
    for m in range(k, e - 2):
        if tokens[m].norm not in nouns or tokens[m + 1].norm not in _BY:
            continue
        run = att._run_starting(m + 2)
        if run is None or run.first != m + 2 or run.kind not in _OWNER_KINDS or run.last >= e:
            return None
        if any(not tokens[j].cap and att.vocab.verbs.get(tokens[j].norm) is not None for j in range(k, e)):
            return None
        after = run.last + 1
        if after < e and (tokens[after].gap.strip() != "," or any(
                tokens[j].norm in _RELATIVES or tokens[j].norm in ("he", "she", "they") for j in range(after, e))):
            return None
        clause = Clause(m, run.first, run.last, "say", lead=run.run_first)
        clause.speaker = att._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None
    return None
