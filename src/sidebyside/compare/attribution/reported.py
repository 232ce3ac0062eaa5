"""Which narration words a speaker is reported to say: read-only, from the engine's clauses.

A clause of the narration reports words without quote marks in two ways: the clause its verb
introduces ("Vesk said the call was unusual", "officials said that the plan had failed",
"according to Vesk, the plan is a disaster"), and the sentence its speaker closes after a comma
("The call was inappropriate, Vesk said.", "The plan is a disaster, said Vesk, who leads the
group."). Those words tell what the speaker meant in the writer's words: the loaded words count
them the outlet's paraphrase (compare/loaded.py ``speakers_reported_words``, session 27); only
the label of a verb of naming (``labelled_words``: "called it a hoax") is the speaker's word. The verb's object is no reported clause ("announced a
brutal crackdown"): a clause opens with "that" or holds a finite verb. Nothing here changes the
engine: it reads ``Attribution.clauses`` once they are found.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from sidebyside.compare.attribution.vocabulary import DO_FORMS, FINITE_AUXILIARIES
from sidebyside.compare.text import ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS

if TYPE_CHECKING:
    from sidebyside.compare.attribution.engine import Attribution

# What ends reported words: a sentence's end, a clause break that is no comma, a quotation mark
# (a quotation is read by the quote finder), a line break.
_BREAK = re.compile(r"[.!?;:\n—–()\"“”«»]")
_ENDS_SENTENCE = re.compile(r"[.!?\n]")
# Finite verbs that show a clause after a verb of saying ("said the call was unusual").
_FINITE = FINITE_AUXILIARIES | DO_FORMS | frozenset(
    """am 's 're isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't don't won't wouldn't
    couldn't can't shouldn't""".split()
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
    verbs = sorted(c.verb for c in att.clauses if c.inside is None)
    for clause in att.clauses:
        if clause.inside is not None or clause.base not in bases and clause.base != _ACCORDING:
            continue
        if tokens[clause.first].norm in _FIRST_PERSON:
            continue
        head = min(clause.verb, clause.first, clause.lead if clause.lead >= 0 else clause.first)
        tail = max(clause.verb, clause.last)
        found = _before(tokens, head, tail) if _closes_sentence(att.text, tokens, head, tail) else None
        if found is not None and any(found[0] <= v < found[1] for v in verbs):
            continue  # '"...," he told settler leaders, according to a statement': a clause of its own
        if found is not None:
            ranges = _without_subjects_relative(tokens, *found)
        else:
            found = _after(tokens, clause.verb, tail, reach, clause.base == _ACCORDING)
            ranges = [found] if found is not None else []
        spans.extend((tokens[i].start, tokens[j - 1].end) for i, j in ranges)
    return sorted(set(spans))


def reports_after(text: str, sentence: tuple[int, int], after: int, at: int, language: str | None = None) -> bool:
    """Whether a clause of saying in one sentence (text[sentence[0]:sentence[1]]), its verb after
    offset ``after``, tells of the words at offset ``at`` as someone else's than its speaker's:
    words it reports ("Chief Tom Tennant said the man fled") or the one it is told to ("a man
    told the driver to stop"). The engine reads that sentence alone (its clauses need no other);
    every verb of saying counts but a verb of naming (whose label labelled_words reads)."""
    from sidebyside.compare.articletext import ArticleText
    from sidebyside.compare.attribution.engine import Attribution

    start, end = sentence
    att = Attribution(ArticleText(text[start:end]), language=language)
    tokens, after, at = att.tokens, after - start, at - start
    clauses = [c for c in att.clauses
               if c.inside is None and not c.inverted and c.base not in att.vocab.naming and tokens[c.verb].start >= after]
    if any(c.verb + 1 < len(tokens) and tokens[c.verb + 1].start == at for c in clauses):
        return True  # the verb's object: "told the driver", "said the man fled"
    bases = frozenset(c.base for c in clauses)
    return any(after <= first <= at < last for first, last in reported_words(att, bases, len(tokens)))


# A verb of naming or judging's object: a pronoun, or a phrase a determiner opens ("called it a
# hoax", "deemed the vote a sham", "called her a liar"); what opens its label after the object.
_OBJECT_PRONOUNS = frozenset("it them him us".split())
_OBJECT_OPENERS = frozenset("the this that these those her his their its our a an".split())
_LABEL_OPENERS = frozenset("a an".split())
_FRONTING = frozenset("which what whom".split())
# Words that end a label: the writer goes on, or a clause of its own opens.
_LABEL_ENDS = frozenset("that which who whom because when while but after before since if".split())
# Tokens an object runs over before its label ("the new voting rules a sham").
_OBJECT_WORDS = 4


def labelled_words(att: Attribution, reach: int) -> list[tuple[int, int]]:
    """Sorted (start, end) text offsets of the labels the clauses of a verb of naming or judging
    give their subject's words ("Vesk called it a hoax", "which he considers conspiracy
    theories", "Critics deemed the vote a sham", "regards the deal as a betrayal"): the words
    after the verb's object, at most ``reach`` tokens. None in a passive or an inverted clause,
    none of the writer's own "I call it", none after an object with no label after it ("called
    the reporters to the office", "called for an inquiry", "saw the fire")."""
    tokens, vocab = att.tokens, att.vocab
    spans: list[tuple[int, int]] = []
    naming = [c for c in att.clauses if c.base in vocab.naming] if vocab.naming else []
    for clause in (*naming, *att.label_clauses):
        if clause.inside is not None or clause.inverted or clause.first > clause.verb:
            continue
        if tokens[clause.first].norm in _FIRST_PERSON:
            continue
        fronted = clause.first > 0 and tokens[clause.first - 1].norm in _FRONTING
        found = _label_after(tokens, clause.verb, fronted, clause.base in vocab.label_after_as, reach)
        if found is not None:
            found = _unquoted(att._quote_of_token, *found)  # (a quotation's words are read by the quote finder)
        if found is not None:
            spans.append((tokens[found[0]].start, tokens[found[1] - 1].end))
    return sorted(set(spans))


def _unquoted(quote_of_token: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The label's tokens up to the first one inside a quotation ('called it "a hoax" on Monday':
    none; the quoted words are the speaker's by the quotation's own credit)."""
    stop = next((m for m in range(start, end) if quote_of_token[m] >= 0), end)
    return (start, stop) if stop > start else None


def _joined(tokens, m: int) -> bool:
    """Whether token m goes on its phrase: no comma, break or quotation mark before it."""
    return not _BREAK.search(tokens[m].gap) and "," not in tokens[m].gap


def _label_after(tokens, v: int, fronted: bool, as_only: bool, reach: int) -> tuple[int, int] | None:
    """The token range of the label after verb v's object (after v itself when the object stands
    before the subject: "which he considers ..."), past "as" or "to be"; None when no label
    follows the object as the verb's shape needs."""
    n = len(tokens)
    m = v + 1
    if m >= n or not _joined(tokens, m):
        return None
    if not fronted:
        obj = tokens[m]
        if obj.norm in _OBJECT_PRONOUNS:
            m += 1
        elif obj.norm in _OBJECT_OPENERS or obj.possessive and not obj.cap or obj.cap:
            m += 1  # the phrase runs to "as", "to be" or the article opening the label
            while m < n and m - v <= _OBJECT_WORDS and _joined(tokens, m) and tokens[m].norm not in _LABEL_OPENERS \
                    and tokens[m].norm not in ("as", "to") and tokens[m].norm not in _LABEL_ENDS:
                m += 1
            if m >= n or not _joined(tokens, m) or tokens[m].norm not in _LABEL_OPENERS and tokens[m].norm not in ("as", "to"):
                m = v + 3  # "called the plan reckless": a label with no article after a determiner and its noun
                if as_only or obj.norm not in _OBJECT_OPENERS or not _bare_label(tokens, m):
                    return None
        else:
            return None  # "called for an inquiry", "called white supremacists": no object read, no label
    if m >= n or not _joined(tokens, m):
        return None
    if tokens[m].norm == "as":
        m += 1
        if m < n and tokens[m].norm == "being":
            m += 1
    elif tokens[m].norm == "to":
        if m + 1 >= n or tokens[m + 1].norm != "be":
            return None  # "called the reporters to the office"
        m += 2
    elif as_only:
        return None  # "saw it happen": a label only after "as"
    start = end = m
    while end < n and end - start < reach and (end == start or _joined(tokens, end)) and tokens[end].norm not in _LABEL_ENDS:
        end += 1
    if end == start or start < n and not _joined(tokens, start):
        return None
    return start, end


# Words after a verb's object that go on the verb, no label ("called the meeting off").
_NOT_LABELS = frozenset("""off back up out in into on onto for to about over down away home around through by with at
    from of after before during since until again today yesterday tonight now then""".split())


def _bare_label(tokens, m: int) -> bool:
    """Whether tokens[m] opens a label with no article after a determiner and one noun ("called
    the plan reckless", "deemed the vote unfair"): a lower-case word on the same phrase that no
    break, comma or quotation mark parts from the noun, and neither a particle, a preposition
    nor a word of time ("called the meeting off", "called the plan on Monday")."""
    return (m < len(tokens) and _joined(tokens, m) and _joined(tokens, m - 1) and not tokens[m].cap
            and tokens[m].norm.isalpha() and tokens[m].norm not in _NOT_LABELS and tokens[m].norm not in _LABEL_ENDS
            and tokens[m].norm not in _LABEL_OPENERS and tokens[m - 1].norm not in _LABEL_ENDS)


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


# Relative pronouns that open a clause describing the noun before them ("that" opens as many
# reported clauses as relative ones: not read); determiners after a verb form ("arrested a man").
_RELATIVE_PRONOUNS = frozenset("who whom whose which".split())
_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS
# What a past participle follows in its own verb group: "was caught", "had been taken", "to be seen".
_PARTICIPLE_AFTER = _FINITE | frozenset("be been being to not never".split())


def _without_subjects_relative(tokens, start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges of the words a closing clause reports (tokens[start:end], "…, officials
    said") without a relative clause describing their subject: "A former mayor who was caught on
    tape purportedly discussing a bribe has resigned" reports the resignation; the relative
    clause is the writer's telling who the mayor is, its hedge ("purportedly") the writer's.
    A relative clause after a comma ends at the next comma; one without ends where the main
    verb opens (a finite auxiliary after the clause's own verb, or a past form after a noun:
    "hanged himself"), else runs to the end (no main verb found: the words are not credited)."""
    k = next((m for m in range(start + 1, end) if tokens[m].norm in _RELATIVE_PRONOUNS), None)
    if k is None or not _subject_only(tokens, start, k):
        return [(start, end)]
    kept = [(start, k)]
    if "," in tokens[k].gap:
        close = next((m for m in range(k + 1, end) if "," in tokens[m].gap), None)
        if close is not None:
            kept.append((close, end))
        return kept
    main = _main_verb(tokens, k + 1, end)
    if main is not None:
        kept.append((main, end))
    return kept


def _subject_only(tokens, start: int, k: int) -> bool:
    """Whether tokens[start:k] read as a subject's noun phrase: no finite verb among them, and
    no verb form before a determiner ("Police arrested a man who": the man is an object)."""
    for m in range(start, k):
        norm = tokens[m].norm
        if norm in _FINITE or norm in _RELATIVE_PRONOUNS:
            return False
        if m + 1 < k and tokens[m + 1].norm in _DETERMINERS and not tokens[m].cap:
            return False  # a verb and its object ("arrested a man", "took the bribe")
    return True


def _main_verb(tokens, start: int, end: int) -> int | None:
    """The first token of the main clause's verb after a restrictive relative clause starting at
    ``start`` (just after its pronoun): the second verb form after the pronoun, the first being
    the relative clause's own ("who was caught on tape ... has resigned", "who took bribes
    resigned", "whom police named ... has fled"); a verb form is a finite auxiliary, the word
    right after "who" or "which", or a past form after a noun ("a new hierarchy hanged
    himself"; not "was caught", "the alleged"). None when no second one is found."""
    verbs = 0
    for n in range(start, end):
        tok = tokens[n]
        if n > start and (_BREAK.search(tok.gap) or "," in tok.gap):
            return None
        if n == start:
            verb = tokens[n - 1].norm in ("who", "which") or tok.norm in _FINITE
        else:
            verb = tok.norm in _FINITE or _past_after_noun(tokens, n)
        if verb:
            verbs += 1
            if verbs == 2:
                return n
    return None


def _past_after_noun(tokens, n: int) -> bool:
    """Whether tokens[n] is a past form opening a verb group: "-ed" or an irregular verb's past
    form ("took", "fled"), in lower case, not after an auxiliary, "to", a determiner, an adverb
    or a participle ("was caught", "the alleged", "purportedly discussed"), nor a hyphen's part."""
    tok, prev = tokens[n], tokens[n - 1]
    return (not tok.cap and (tok.norm.endswith("ed") and len(tok.norm) > 4 or tok.norm in _past_forms())
            and prev.norm not in _PARTICIPLE_AFTER and prev.norm not in _DETERMINERS
            and not prev.norm.endswith(("ly", "ing")) and "-" not in tok.gap)


@functools.cache
def _past_forms() -> frozenset[str]:
    """Irregular verbs' past forms ("took", "fled"), from the one table of irregular verbs."""
    from sidebyside.compare.tokens import irregular_verbs

    return frozenset(f for forms in irregular_verbs().values() for f in forms if not f.endswith(("s", "ing")))


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
    if not according and "that" not in words[:4] and not any(w in _FINITE for w in words) \
            and not any(_past_after_noun(tokens, k) for k in range(start + 1, end)):
        return None  # "announced a brutal crackdown": the verb's object; "said the change paved the way": a clause
    that = words.index("that") if not according and "that" in words[1:6] else None
    if that is not None and not any(w in _FINITE for w in words[:that]):
        start += that + 1  # "told settler leaders on Monday that ...": whom it was told is the writer's
        if start >= end:
            return None
    return start, end
