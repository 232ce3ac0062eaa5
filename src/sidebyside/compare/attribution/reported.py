"""Which narration words a speaker is reported to say: read-only, from the engine's clauses.

A clause of the narration reports words without quote marks in two ways: the clause its verb
introduces ("Vesk said the call was unusual", "officials said that the plan had failed",
"according to Vesk, the plan is a disaster"), and the sentence its speaker closes after a comma
("The call was inappropriate, Vesk said.", "The plan is a disaster, said Vesk, who leads the
group."). Those words are the speaker's, as a quotation's are (the loaded words show them apart);
what the writer says around them is not. The verb's object is no reported clause ("announced a
brutal crackdown"): a clause opens with "that" or holds a finite verb. Nothing here changes the
engine: it reads ``Attribution.clauses`` once they are found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sidebyside.compare.attribution.engine import Attribution

# What ends reported words: a sentence's end, a clause break that is no comma, a quotation mark
# (a quotation is read by the quote finder), a line break.
_BREAK = re.compile(r"[.!?;:\n—–()\"“”«»]")
_ENDS_SENTENCE = re.compile(r"[.!?\n]")
# Finite verbs that show a clause after a verb of saying ("said the call was unusual").
_FINITE = frozenset(
    """is are was were am 's 're has have had do does did will would could can may might must should
    isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't don't won't wouldn't couldn't
    can't shouldn't""".split()
)
# Words after which the writer goes on in a clause of their own ("... while Warren's allies").
_CONTRAST = frozenset("but while whereas".split())
_RELATIVE = frozenset("who which".split())
_COORDINATORS = frozenset("and or nor".split())
_FIRST_PERSON = frozenset("i we".split())
_ACCORDING = "according"
# Words a clause at its sentence's end may still have after its verb or speaker ("Vesk said on
# Monday", "said Vesk in a statement"): read up to this many, none a finite verb or "that".
_TAIL_WORDS = 4


def reported_words(att: Attribution, bases: frozenset[str], reach: int) -> list[tuple[int, int]]:
    """Sorted (start, end) text offsets of the words narration clauses with a verb of one of
    ``bases`` (or "according to") report their speaker saying; at most ``reach`` tokens after
    the verb. The writer's own "I said" reports no one's words but the writer's."""
    tokens = att.tokens
    spans: list[tuple[int, int]] = []
    for clause in att.clauses:
        if clause.inside is not None or clause.base not in bases and clause.base != _ACCORDING:
            continue
        if tokens[clause.first].norm in _FIRST_PERSON:
            continue
        head = min(clause.verb, clause.first, clause.lead if clause.lead >= 0 else clause.first)
        tail = max(clause.verb, clause.last)
        found = _before(tokens, head, tail) if _closes_sentence(att.text, tokens, head, tail) else None
        if found is None:
            found = _after(tokens, clause.verb, tail, reach, clause.base == _ACCORDING)
        if found is not None:
            spans.append((tokens[found[0]].start, tokens[found[1] - 1].end))
    return sorted(set(spans))


def _closes_sentence(text: str, tokens, head: int, tail: int) -> bool:
    """Whether the clause tokens[head..tail] stands after a comma and ends its sentence: at its
    end, a comma (a relative about the speaker: ", who leads the group") or a few words with no
    finite verb ("said on Monday"; not "Sham debunked, White House says inquiry is over"), then
    the sentence's closing mark. A line with no such mark is a headline's, whose closing speaker
    compare/headings.py reads (only one the body names speaking: "…, says Ohio" is no one's)."""
    if head == 0 or tokens[head].gap.strip() != ",":
        return False
    n = len(tokens)
    for m in range(tail + 1, min(n, tail + 1 + _TAIL_WORDS + 1)):
        gap = tokens[m].gap
        if _ENDS_SENTENCE.search(gap) or gap.strip() == ",":
            return True
        if _BREAK.search(gap) or gap.strip() or tokens[m].norm in _FINITE or tokens[m].norm == "that":
            return False
    return n - tail - 1 <= _TAIL_WORDS and bool(_ENDS_SENTENCE.search(text, tokens[-1].end))


def _before(tokens, head: int, tail: int) -> tuple[int, int] | None:
    """The token range [i, head) from the sentence's start (or the last break) to the comma
    before the clause."""
    i = head - 1
    while i > 0 and not _BREAK.search(tokens[i].gap):
        i -= 1
    return (i, head) if i < head else None


def _after(tokens, verb: int, tail: int, reach: int, according: bool) -> tuple[int, int] | None:
    """The token range the verb's clause reports after it: from after the verb (after the comma
    "according to Vesk," ends with) up to a break, a comma or the writer going on; None when
    that is the verb's object, no clause."""
    n = len(tokens)
    start = tail + 1
    if according:
        if start >= n or tokens[start].gap.strip() != ",":
            return None
    elif verb < tail:
        return None  # an inverted clause ("said Vesk") reports nothing after its speaker
    else:
        start = verb + 1
        if start >= n or _BREAK.search(tokens[start].gap) or "," in tokens[start].gap:
            return None  # "..., Vesk said." or "said, adding": nothing reported after the verb
    end = start
    while end < n and end - verb <= reach:
        tok = tokens[end]
        if end > start and (_BREAK.search(tok.gap) or "," in tok.gap):
            break
        if tok.norm in _CONTRAST or tok.norm in _RELATIVE and tokens[end - 1].norm in _COORDINATORS:
            break
        end += 1
    if end == start:
        return None
    words = [t.norm for t in tokens[start:end]]
    if not according and "that" not in words[:4] and not any(w in _FINITE for w in words):
        return None  # "announced a brutal crackdown": the verb's object
    return start, end
