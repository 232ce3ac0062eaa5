"""English lead-ins that present a document's words as someone's: "Below is a statement by
Francesca Grifo, director of the program:" before the quotation. Functions over an
engine.Attribution (kept apart from the placement rules they extend)."""

from __future__ import annotations

from sidebyside.compare.attribution.records import Clause

_BY = frozenset(("by", "from"))
_OWNER_KINDS = frozenset(("person", "institution"))
_RELATIVES = frozenset("which who whom whose where that".split())
_SAYING = frozenset(("say", "add", "continue", "tell", "explain", "recall"))


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


def lead_quote_speaker(att, parts: list[int]) -> Clause | None:
    """'Co-Worker Calls Alleged Shooter (a heading) / "She's not a loose cannon. / She's very
    spiritual." / Kenneth Dorsey says the woman ... is a good person.': a quotation opening the
    story under its heading, whole paragraphs of it, and the paragraph right after opening with
    a person's clause of saying ("X says", "X said", "X added") that is no question: the words
    are that person's. Never a cross-head (a few words with no stop), never when the quotation
    names that person (someone else speaks of them)."""
    at, quotes, tokens, text = att.at, att.at.quotes, att.tokens, att.text
    first, last = quotes[parts[0]], quotes[parts[-1]]
    if first.nested_in is not None or first.kind != "statement":
        return None
    para, end_para = at.paragraph_at(first.open_at), at.paragraph_at(last.end)
    if para < 0 or end_para + 1 >= len(at.paragraphs) or at.paragraphs[para][0] != first.open_at:
        return None
    close = last.close_at if last.close_at is not None else last.end
    if text[close : at.paragraphs[end_para][1]].strip(" \u00a0\"”’'.,!?"):
        return None  # narration after the words in their paragraph
    if not any(c in text[first.start : last.end] for c in ".!?,"):
        return None  # a cross-head, not a speaker's sentence
    lo, hi = at.paragraphs[end_para + 1]
    found = att._clauses_between(lo, min(hi, att._sentence_end(lo)), None)
    if not found:
        return None
    clause = found[0]
    if clause.base not in _SAYING or clause.inverted or clause.speaker is None or clause.speaker.kind != "person" \
            or att._named_inside(clause.speaker, parts):
        return None
    k = at.token_range(lo, hi).start
    lead = clause.lead if clause.lead >= 0 else clause.first
    if min(lead, clause.first) != k or clause.verb - clause.last > 2 or tokens[clause.first].norm in ("he", "she"):
        return None  # the speaker's name must open the paragraph ("Kenneth Dorsey says")
    return clause


def split_clause_next_paragraph(att, parts: list[int]) -> Clause | None:
    """'"A couple of us tried to exit and they said, 'Please go back inside,'" / Pearce said,
    adding she was not afraid.': a quotation filling its paragraph and ending on a comma inside
    its marks, its sentence carried on by a paragraph that opens with a named person's clause of
    saying: the page broke the sentence between the words and their clause. Only a name (a
    pronoun there may be anyone), never a question's clause, never when the words name that
    person."""
    at, quotes, tokens, text = att.at, att.at.quotes, att.tokens, att.text
    first, last = quotes[parts[0]], quotes[parts[-1]]
    if first.nested_in is not None or first.kind != "statement" or not att._fills_paragraph(parts):
        return None
    close = last.close_at if last.close_at is not None else last.end
    if not text[last.start : close + 1].rstrip(" \u00a0\"”’'").endswith(","):
        return None  # the words end their sentence: no clause of theirs is left to come
    para = at.paragraph_at(last.end)
    if para + 1 >= len(at.paragraphs):
        return None
    lo, hi = at.paragraphs[para + 1]
    found = att._clauses_between(lo, min(hi, att._sentence_end(lo)), None)
    if not found:
        return None
    clause = found[0]
    if clause.base not in _SAYING or clause.speaker is None or clause.speaker.kind != "person" \
            or att._named_inside(clause.speaker, parts) or tokens[clause.first].norm in ("he", "she", "they"):
        return None
    lead = clause.lead if clause.lead >= 0 else clause.first
    if min(lead, clause.first) != at.token_range(lo, hi).start or clause.verb - clause.last > 2:
        return None  # the clause must open the paragraph ("Pearce said, adding ...")
    return clause
