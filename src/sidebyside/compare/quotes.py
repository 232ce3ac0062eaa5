"""Direct quotations: find every quoted passage and its marks, without speakers.

Forms handled: straight and curly double quotes, single-quote quotations (told apart from
apostrophes such as "Erdogan's", "'90s", "rock 'n' roll"), guillemets «» and „low-high“ marks,
quotes spanning paragraphs (the opening mark repeated at each paragraph, one close at the end;
or, where the later opening marks were lost, a paragraph left open that runs on to one whose only
double mark closes it), quotes inside quotes, and a quote split by its attribution ("A," he said,
"B.") within a paragraph (or over a break right after the attribution's comma).

Choice for split and multi-paragraph quotes: each contiguous run of quoted words is its own
part (so every span slices clean quoted words); the parts of one utterance are linked by
``utterance`` = the index of the first part. A quote inside a quote is an utterance of its own
with ``nested_in`` = the index of the enclosing part. ``kind`` is "fragment" for a scare quote
(one to three words inside the writer's sentence), else "statement".
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass

from sidebyside.compare.mismatched_marks import inner_opening_runs_on, mend_mismatched_closes
from sidebyside.compare.termdata import naming_data
from sidebyside.compare.title_case import SMALL_WORDS, VERSUS
from sidebyside.compare.tokens import inflections
from sidebyside.extract.cues import media_promo_lines
from sidebyside.extract.speech_dashes import SPEECH_DASHES, dash_handover
from sidebyside.resources import resource_json
from sidebyside.settings import DEFAULT, AttributionSettings

# Opening mark -> the marks that may close it.
_OPENERS: dict[str, tuple[str, ...]] = {
    '"': ('"', "”"),  # a straight opening mark closed by a curly one, as careless copy does
    "“": ("”", '"'),
    "„": ("“", "”"),
    "«": ("»",),
    "‹": ("›",),
    # German and Danish books and papers point them inwards (»Ja«, ›ja‹); a French quotation
    # over paragraphs opens each later one with » (closed by »)
    "»": ("«", "»"),
    "›": ("‹",),
    "'": ("'", "’"),
    "‘": ("’", "'"),
    "‚": ("‘", "’"),
    # Chinese (traditional) and Japanese corner brackets; 『』 are left out: at the top level they
    # set titles (『ほっかり餃子』), inside 「」 they are a quotation's own words
    "「": ("」",),
}
_DOUBLE = frozenset('"“”„«»')
_SINGLE = frozenset("'‘’‚‹›")
# Every mark that may open or close a quotation, and line breaks (a plural possessive's
# closing mark is looked for on its own line only).
_ANY_MARK = re.compile("[\"“”„«»‹›'‘’‚「」\n]")
# Single marks that are apostrophes, not an opening quote: '90s, 'n', 'em, 'til, 'cause.
_ELISION = re.compile(r"['‘’](?:\d\d?s?\b|n['‘’]|(?:em|til|cause|tis|twas|bout|round|s)\b)", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
FRAGMENT_MAX_WORDS = 3
# Bounds that keep pathological input (a million unmatched marks) linear and shallow.
MAX_QUOTE_CHARS = 6000  # one paragraph's part of a quotation
MAX_NESTING = 3  # quotes inside quotes inside quotes, and no deeper


@dataclass(frozen=True)
class QuoteMarks:
    """One quoted part: the words (start, end) and where its marks sit."""

    start: int
    end: int
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark; None when the quote runs on to the next paragraph
    utterance: int  # index of the first part of the same utterance
    nested_in: int | None
    kind: str


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the blank-line separated paragraphs of text; a text with no blank line
    but several lines (a page copied one paragraph a line) has one paragraph a line, as the text
    extractor reads it (else the whole article is one paragraph, and every rule that keeps a
    speaker within a paragraph would carry them over the whole text)."""
    breaks = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    spans = []
    start = 0
    for m in breaks.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def find_quotes(
    text: str,
    paragraphs: list[tuple[int, int]] | None = None,
    settings: AttributionSettings = DEFAULT.compare.attribution,
) -> list[QuoteMarks]:
    """All quoted parts of text in reading order (outer before inner), indexes linked.

    One pass over the marks with a stack of open quotations (at most MAX_NESTING + 1 deep): a
    mark closes the innermost open quotation it can close (those opened inside it and left open
    are dropped), else it opens one. Linear in the length of the text whatever the marks.

    A quotation over paragraphs opens each paragraph and closes only the last. When the opening
    marks of the later paragraphs were lost, it still runs on where the evidence is clear: a
    paragraph left open, then up to ``settings.lost_mark_paragraphs`` paragraphs without a double mark,
    then one whose only double mark closes a quotation ('I'm not just a party girl," she said.')."""
    paragraphs = paragraph_spans(text) if paragraphs is None else paragraphs
    lost_mark_paragraphs = settings.lost_mark_paragraphs
    text = mend_mismatched_closes(text, paragraphs, lost_mark_paragraphs)  # "'A," he said': offsets kept
    raw: list[_Part] = []
    carried: _Open | None = None
    # each paragraph's first two double marks, from one pass over the text: the rules below ask
    # them of every paragraph, some more than once
    doubles = [m.start() for m in _DOUBLE_MARK.finditer(text)]
    first_two = [_first_two(doubles, lo, hi) for lo, hi in paragraphs]
    lone_close = [_lone_close(text, lo, hi, two=two) for (lo, hi), two in zip(paragraphs, first_two)]
    spaced_close = [c is None and _lone_close(text, lo, hi, spaced=True, two=two) is not None
                    for c, (lo, hi), two in zip(lone_close, paragraphs, first_two)]
    unmarked = [c is None and two[0] is None for c, two in zip(lone_close, first_two)]

    # a paragraph that re-opens a quotation (a text that sets each sentence apart re-opens a quoted
    # paragraph so): its first double mark opens it, and it is left open (None) or quoted whole,
    # its only other double mark closing it at its end (True)
    reopened = [_reopens(text, lo, hi, two) for (lo, hi), two in zip(paragraphs, first_two)]
    later: dict[tuple[int, bool], bool] = {}

    def closed_later(k: int, spaced: bool = False) -> bool:
        """Whether a quotation left open at the end of paragraph k closes, its marks lost, in
        one of the paragraphs after it (only unmarked paragraphs between, or a paragraph that
        re-opens the quotation and is itself closed later: '“A. / B. / “C. / D.”'); spaced: a
        quotation opened by a single mark, which copy that mismatched its marks closes with a
        double one after a stray space."""
        if (k, spaced) in later:
            return later[(k, spaced)]
        later[(k, spaced)] = False  # a guard while the answer is looked for
        found = False
        for m in range(k + 1, min(len(paragraphs), k + 2 + lost_mark_paragraphs)):
            if lone_close[m] is not None or spaced and spaced_close[m]:
                found = True
                break
            if reopened[m] is not False and m > k + 1:
                found = reopened[m] or closed_later(m, spaced)
                break
            if m > k + 1 and text[paragraphs[m][0]] in _DOUBLE_OPENERS and not spaced \
                    and all(_SPOKEN_TO.search(text, lo, hi) for lo, hi in paragraphs[k + 1 : m]):
                # '"It will not affect your ability to browse ... / It won't require a reboot of
                # your computer. / "This Fix it will be available ...," she added.': the speaker's
                # own words (first or second person) run on to the quotation opening after them
                found = True
                break
            if not unmarked[m] or _reports_speech(text, *paragraphs[m]):
                break  # (a paragraph in the writer's voice reporting someone: "However, Hartog said ...")
        else:
            # the text ends while the quotation is open: it runs on to the end when every paragraph
            # after it speaks in the first person, as narration does not ('said: "We are aware ...
            # / We are providing assistance.' and no more)
            found = len(paragraphs) <= k + 1 + lost_mark_paragraphs and k + 1 < len(paragraphs) \
                and all(_FIRST_PERSON.search(text, lo, hi) for lo, hi in paragraphs[k + 1 :])
        later[(k, spaced)] = found
        return found

    for k, (lo, hi) in enumerate(paragraphs):
        next_start = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else None
        carried = _scan_paragraph(text, lo, hi, carried, next_start, raw, lambda spaced=False, k=k: closed_later(k, spaced),
                                  first_two[k])
    # (closed_later calls itself, so its closure holds it: a reference cycle; rebinding the name
    # frees it, and the text and lists it holds, by reference counting, not the cyclic collector)
    closed_later = None  # noqa: F811 (a rebinding that breaks the cycle, not a redefinition)
    raw = _split_french_incises(text, raw)
    raw += _dash_parts(text, paragraphs, raw, settings)
    return _finish(text, raw, settings)


_DOUBLE_MARK = re.compile('["“”„«»]')
def _in_promo(promos: list[tuple[int, int]], at: int) -> bool:
    """Whether offset at is inside one of the promo lines (cues.media_promo_lines)."""
    k = bisect.bisect_right(promos, (at, float("inf"))) - 1  # the last line starting at or before at
    return k >= 0 and promos[k][0] <= at < promos[k][1]


def _first_two(doubles: list[int], lo: int, hi: int) -> tuple[int | None, int | None]:
    """The offsets of the first two of doubles (sorted offsets of double marks) inside [lo, hi)."""
    k = bisect.bisect_left(doubles, lo)
    first = doubles[k] if k < len(doubles) and doubles[k] < hi else None
    if first is None:
        return None, None
    return first, doubles[k + 1] if k + 1 < len(doubles) and doubles[k + 1] < hi else None


def _marks_of(text: str, lo: int, hi: int) -> tuple[int | None, int | None]:
    """The first two double marks of text[lo:hi] (what _first_two gives), searched for."""
    first = _DOUBLE_MARK.search(text, lo, hi)
    if first is None:
        return None, None
    second = _DOUBLE_MARK.search(text, first.end(), hi)
    return first.start(), None if second is None else second.start()


_DOUBLE_OPENERS = frozenset('"“„«')
_SENTENCE_ENDS = frozenset(".!?…")
# First-person words (and the second person's: a speaker's own words). Plainly
# \b(?:I|[Mm]y|[Mm]e)\b and so on; written to open on the first letter they match, the word
# boundary a look-behind after it and the rest of each word read after its letter, so the engine
# skips at once to those letters (a boundary first made it try every place of the text).
_FIRST_SINGULAR = re.compile(r"[IMm](?<!\w.)(?:(?<=I)|(?<=[Mm])[ye])\b")
_FIRST_PERSON = re.compile(r"[IWwOoUuMm](?<!\w.)(?:(?<=I)|(?<=[Ww])e|(?<=[Oo])ur|(?<=[Uu])s|(?<=[Mm])[ye])\b")
_SPOKEN_TO = re.compile(r"[IWwOoUuMmYy](?<!\w.)(?:(?<=I)|(?<=[Ww])e|(?<=[Oo])ur|(?<=[Uu])s|(?<=[Mm])[ye]|(?<=[Yy])our?)\b")


def _reopens(text: str, lo: int, hi: int, two: tuple[int | None, int | None] | None = None) -> bool | None:
    """Whether paragraph text[lo:hi] opens with a double mark and is quoted whole (True), or
    opens with one and holds no other (None: left open); False otherwise. two: the paragraph's
    first two double marks (_first_two), when the caller has them."""
    if text[lo : lo + 1] not in _DOUBLE_OPENERS:
        return False
    second = (two or _marks_of(text, lo, hi))[1]  # (the first is the one at lo)
    if second is None:
        return None
    return text[second + 1 : hi].strip() == "" and text[second - 1] in ".!?…"


def _lone_close(text: str, lo: int, hi: int, spaced: bool = False,
                two: tuple[int | None, int | None] | None = None) -> int | None:
    """Where a paragraph's only double mark closes a quotation it did not open: a straight or
    curly closing mark after a word or punctuation (not after a digit: an inch mark), not
    before a letter; spaced: also one ending the paragraph after a sentence's end and a stray
    space (as copy that mismatched its marks writes). None otherwise. two: the paragraph's
    first two double marks (_first_two), when the caller has them."""
    p, second = two or _marks_of(text, lo, hi)
    if p is None or second is not None:
        return None
    if text[p] not in '"”' or p == lo:
        return None
    prev, nxt = text[p - 1], text[p + 1 : p + 2]
    if spaced and prev.isspace() and text[p - 2 : p - 1] in _SENTENCE_ENDS and not text[p + 1 : hi].strip():
        return p  # 'And there's such a range of what the Doctor can be. "': a stray space before the close
    if prev.isspace() or prev.isdigit() or nxt.isalnum():
        return None
    return p


_FEET_INCHES = re.compile(r"\d['’′]\s?\d{1,2}$")
_NEXT_WORD = re.compile(r"\s*([\w'’]+)")


def _inch_mark(text: str, p: int, hi: int, odd: bool) -> bool:
    """Whether the straight double mark (or two single marks, '') at p after a digit measures
    inches rather than closes a quotation: after feet ("6'2\"", "5'11''"); else, when the
    paragraph's double marks are odd in number (odd: one of them pairs with none), glued to what
    follows ('12"x12"') or before a lower-case word that is no speech verb or pronoun ('a 12"
    pipe') while a closing mark follows later in the paragraph. Even in number, the marks pair
    up: 'the "first 100" days … "a test of nerve."' closes after the number."""
    if not text[p - 1 : p].isdigit():
        return False
    if _FEET_INCHES.search(text, max(0, p - 6), p):
        return True
    if not odd:
        return False
    end = p + 2 if text[p] == "'" else p + 1
    nxt = text[end : end + 1]
    if nxt.isalnum():
        return True
    word = _NEXT_WORD.match(text, end, hi)
    if nxt != " " or word is None or not word.group(1)[:1].islower() or word.group(1) in _title_vocabulary()[2]:
        return False
    return any(text[q - 1] not in " \n" and not text[q + 1 : q + 2].isalnum()
               for q in (m.start() for m in _DOUBLE_MARK.finditer(text, end, min(hi, p + MAX_QUOTE_CHARS))))


def _opens_inside(text: str, p: int, hi: int) -> bool:
    """Whether a straight double mark inside a quotation that straight marks opened opens a quote
    of its own, as typewriter copy nests ('"The accusations are "smoke screens" meant to hide the
    failures," he said'): a space before it and a word after, its own close (glued to a word) next
    and a close for the outer quotation after that. Without a later close for both, it is the
    outer quotation's close or a new quotation after a lost one."""
    if not text[p - 1 : p].isspace() or not text[p + 1 : p + 2].isalnum():
        return False
    inner = text.find('"', p + 1, hi)
    if inner < 0 or text[inner - 1].isspace() or text[inner + 1 : inner + 2].isalnum():
        return False
    outer = text.find('"', inner + 1, hi)
    return outer >= 0 and not text[outer - 1].isspace() and not text[outer + 1 : outer + 2].isalnum()


def _closes_at_start(text: str, at: int) -> bool:
    """Whether the double mark opening a paragraph at ``at`` closes the quotation the paragraph
    before left open rather than re-opening it: a curly closing mark, or a straight one with a
    space after it, that the paragraph before ends a sentence (or a clause) before. A paragraph
    whose next double mark closes a quotation re-opens it after a stray space instead ('"We lost.
    / " We will be back," the coach said.')."""
    before = text[max(0, at - 8) : at].rstrip()[-1:]
    if before not in (".", "!", "?", "…", ",") or not (text[at] == "”" or text[at] == '"' and text[at + 1 : at + 2] in (" ", "\t")):
        return False
    line_end = text.find("\n", at)
    following = _DOUBLE_MARK.search(text, at + 1, len(text) if line_end < 0 else line_end)
    return following is None or (text[following.start() - 1].isspace() and text[following.end() : following.end() + 1].isalnum())


def _misplaced_close(text: str, lo: int, hi: int, two: tuple[int | None, int | None] | None = None) -> int | None:
    """A paragraph's only double mark typed with its space on the wrong side of it, after a
    comma ("... a lack of experience, "Gaskin told the Herald."): where a quotation a single
    mark opened closes. None otherwise. two: as _lone_close's."""
    p, second = two or _marks_of(text, lo, hi)
    if p is None or second is not None:
        return None
    return p if text[p] == '"' and text[max(lo, p - 2) : p] == ", " and text[p + 1 : p + 2].isupper() else None


class _Open:
    """An opening mark waiting for its close."""

    __slots__ = ("at", "mark", "parent", "group", "part", "words_at", "spaced")

    def __init__(self, at: int, mark: str, parent: _Open | None, group: _Part | None = None, lost: bool = False):
        self.at = at
        self.mark = mark
        self.parent = parent  # the quotation open around it when it opened
        self.group = group  # the first part of a quotation spanning paragraphs
        self.part: _Part | None = None  # what it became once closed (or ended a paragraph)
        # where the quoted words start: after the mark, or at the paragraph's start when the
        # paragraph continues a quotation whose opening mark was lost
        self.words_at = at if lost else at + 1
        self.spaced = False  # a quotation opened by a single mark, its marks lost: a spaced double mark may close it


class _Part:
    # (_first is None for a quotation's first part, which is its own group: a part that held
    # itself would be a reference cycle, left to the cyclic collector instead of freed at once)
    __slots__ = ("open_at", "close_at", "lo", "hi", "_first", "parent")

    def __init__(self, open_at: int, close_at: int | None, lo: int, hi: int, group: _Part | None, parent: _Open | None):
        self.open_at, self.close_at, self.lo, self.hi = open_at, close_at, lo, hi
        self._first = group
        self.parent = parent

    @property
    def group(self) -> _Part:
        """The first part of the quotation this part belongs to (itself when it is the first)."""
        return self._first or self


def _scan_paragraph(
    text: str, lo: int, hi: int, carried: _Open | None, next_start: int | None, raw: list[_Part], closed_later,
    two: tuple[int | None, int | None] | None = None,
) -> _Open | None:
    """Quotes of text[lo:hi]; return the quotation that runs on into the next paragraph, if any
    (closed_later() tells whether one left open closes, its marks lost, further on; with
    spaced=True, also by a double mark after a stray space)."""
    marks = [(m.start(), m.group()) for m in _ANY_MARK.finditer(text, lo, hi)]
    possessive_close = _possessive_closes(text, marks)
    two = two or _marks_of(text, lo, hi)
    lone = _lone_close(text, lo, hi, two=two)
    if lone is None:
        lone = _misplaced_close(text, lo, hi, two)
        if lone is not None and inner_opening_runs_on(text, lone, next_start):
            lone = None  # 'told the players, "Keep your heads up. / 'We are not finished yet."': British marks, nested
    stack: list[_Open] = []
    odd_marks: bool | None = None  # whether the paragraph's double marks are odd in number, once asked
    if carried is not None and carried.words_at == carried.at:
        stack.append(carried)  # the quotation of the paragraph before, its opening mark lost here
        carried = None
    skip = -1
    for p, ch in marks:
        if ch == "\n" or p == skip:
            continue
        if (ch == '"' or ch == "'" and text[p + 1 : p + 2] == "'") and stack and text[p - 1].isdigit():
            if odd_marks is None:
                odd_marks = (text.count('"', lo, hi) + text.count("''", lo, hi)) % 2 == 1
            inches = _inch_mark(text, p, hi, odd_marks)
        else:
            inches = False
        if inches:
            skip = p + 1 if ch == "'" else -1
            continue  # '"He is 6'2'' tall and armed," the sheriff said': inches, not a close
        if ch in "’'" and text[p + 1 : p + 2] == ch and stack and stack[-1].mark in "“\"" and not text[p - 1].isspace():
            entry = stack.pop()  # “...’’ : two single marks typed for a double one
            entry.part = _Part(entry.at, p, entry.words_at, p, entry.group, entry.parent)
            raw.append(entry.part)
            skip = p + 1
            continue
        if carried is not None and p == lo:
            stack.append(carried)  # the re-opened quotation of the paragraph before
            carried = None
            continue
        if ch == '"' and stack and stack[-1].mark == '"' and len(stack) <= MAX_NESTING and _opens_inside(text, p, hi):
            stack.append(_Open(p, ch, stack[-1]))  # '"The accusations are "smoke screens" meant to ...,"': nested
            continue
        closed = _close(text, p, ch, stack, possessive_close)
        if closed is None and p == lone and stack and all(e.mark in _SINGLE for e in stack) \
                and (stack[0].at == lo or _introduced_single(text, stack[0].at)):
            closed = 0  # "'I can't speak for the first death, but ...," Gaskin told the Herald': marks mismatched
        if closed is not None and closed == len(stack) - 2 and stack[-1].mark in _SINGLE and _STRAY_SINGLE_CLOSE.match(text, p + 1, hi):
            # '"... they said 'close your door, lock your door." '': the nested quotation's close typed
            # after the one around it; it closes there too
            inner = stack[-1]
            inner.part = _Part(inner.at, p, inner.words_at, p, inner.group, inner.parent)
            raw.append(inner.part)
        if closed is not None:
            entry = stack[closed]
            del stack[closed:]
            entry.part = _Part(entry.at, p, entry.words_at, p, entry.group, entry.parent)
            raw.append(entry.part)
            continue
        if ch == "“" and stack and stack[-1].mark == "“" and stack[-1].group is None and _can_open(text, p, lo):
            # '“It is over, said Smith. “We lost.”': a curly double opening inside one (nesting takes
            # single marks) shows the first left open; its close was lost before the attribution
            end = _attribution_left_open(text, stack[-1].words_at, p)
            if end is not None:
                entry = stack.pop()
                entry.part = _Part(entry.at, end, entry.words_at, end, None, entry.parent)
                raw.append(entry.part)
        if len(stack) <= MAX_NESTING and ch in _OPENERS and _can_open(text, p, lo):
            stack.append(_Open(p, ch, stack[-1] if stack else None))
    if not stack:
        return None
    bottom = stack[0]
    runs_on = (
        bottom.mark in _DOUBLE
        and next_start is not None
        and text[next_start] in _OPENERS
        and text[next_start] in _DOUBLE
    ) or _single_runs_on(text, bottom, next_start) or _corner_runs_on(text, bottom, next_start)
    if next_start is not None and len(stack) == 1 and bottom.mark in _DOUBLE and _closes_at_start(text, next_start):
        # '"… nobody will be left behind. / " Mayor Lena Ortiz said.': a text that sets a sentence a
        # line moved the closing mark onto the next line; it closes the quotation, opens none
        bottom.part = _Part(bottom.at, next_start, bottom.words_at, hi, bottom.group, None)
        raw.append(bottom.part)
        return None
    lost = not runs_on and next_start is not None and (
        bottom.mark in _DOUBLE and closed_later(bottom.spaced) or _introduced_single(text, bottom.at) and closed_later(True)
    )
    if not runs_on and not lost and bottom.group is None and len(stack) == 1 and bottom.mark in _DOUBLE and bottom.at == lo:
        end = _attribution_left_open(text, bottom.words_at, hi)
        if end is not None:  # '"We did nothing wrong, the two men said in a statement.': its close lost
            raw.append(_Part(bottom.at, end, bottom.words_at, end, None, None))
            return None
    if not runs_on and not lost and bottom.group is None and len(stack) == 1 and bottom.mark in _DOUBLE:
        end = _left_open_end(text, bottom, lo, hi)
        if end is not None:  # 'tweeted: "My stepmom passed peacefully this morning.' and no close
            bottom.part = _Part(bottom.at, end, bottom.words_at, end, None, None)  # (a quote closed inside it nests in it)
            raw.append(bottom.part)
            return None
    if runs_on or lost or bottom.group is not None:
        bottom.part = _Part(bottom.at, None, bottom.words_at, hi, bottom.group, None)
        raw.append(bottom.part)
    if runs_on:
        return _Open(next_start, text[next_start], None, bottom.part.group)
    if lost:
        carried = _Open(next_start, '"', None, bottom.part.group, lost=True)
        carried.spaced = bottom.spaced or bottom.mark in _SINGLE
        return carried
    return None


# a single close mark after a double close, alone before the paragraph's end: '... your door." \''
_STRAY_SINGLE_CLOSE = re.compile(r"[ \t\u00a0]?[’'][ \t\u00a0]*(?:\n|$)")


_DOUBLE_MARK = re.compile("[\"“”„«»]")


# A French attribution set inside the guillemets, its verb and pronoun inverted with hyphens
# ("« A, a-t-il expliqué. B »", "« A, explique-t-elle, B »"): the quotation is two parts around it.
_FRENCH_INCISE = re.compile(
    r",\s+(?:(?:a|avait|aurait)-t-(?:il|elle|on)\s+[^\W\d_]+|[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles))"
    r"(?:\s+[^\W\d_][^.,;:!?«»\n]{0,40})?[.,;]\s+(?=[^\W_])")


def _split_french_incises(text: str, raw: list[_Part]) -> list[_Part]:
    """Each quotation in guillemets cut in two around a French attribution inside its marks (the
    words before the incise's comma, and those after it): the two parts of one utterance, so
    that the attribution between them credits both."""
    out: list[_Part] = []
    for part in raw:
        m = _FRENCH_INCISE.search(text, part.lo, part.hi) if text[part.open_at] == "«" and part.close_at is not None else None
        if m is None or m.start() <= part.lo:
            out.append(part)
            continue
        first = _Part(part.open_at, m.start(), part.lo, m.start(), part.group if part.group is not part else None, part.parent)
        second = _Part(m.end() - 1, part.close_at, m.end(), part.hi, first.group, part.parent)
        out += (first, second)
    return out


# Speech set off by a dash opening the paragraph, no quotation marks ("– Vi har inget val, säger
# Anna Berg. – Vi stänger.", "— Мы не знали, — сказал он.", "—No hay dinero —dijo el alcalde—. …").
# a new turn inside the paragraph: a sentence's end, then a dash ("… skolan. – Vi stänger")
_NEW_TURN = re.compile(r"[.!?…][ \t\u00a0]+[–—―][ \t\u00a0]*(?=\w|[¿¡])")
# the same in a paragraph whose speech dash is a hyphen-minus ("… sier hun. - Vi ber folk")
_NEW_HYPHEN_TURN = re.compile(r"[.!?…][ \t\u00a0]+-[ \t\u00a0]+(?=\w)")


def speech_dash_at(text: str, k: int) -> bool:
    """Whether text[k] is a speech dash: an en, em or horizontal dash, or a hyphen-minus with a
    space after it, as web copy sets the dash ("- Vi vet ikke, sier hun.")."""
    return text[k] in SPEECH_DASHES or text[k] == "-" and text[k + 1 : k + 2] in (" ", "\u00a0")


_CLAUSE_END = re.compile(r"[.!?…](?=[ \t\u00a0\n]|$)|[–—―]")


def _attribution_end(text: str, at: int, hi: int, hyphen: bool = False) -> int:
    """Where the speech resumes after an attribution starting at ``at``: after the dash that closes
    it ("—dijo el alcalde—. Llevamos"), after a new turn's dash ("säger hon. – Vi"), else hi."""
    end = _CLAUSE_END.search(text, at, hi)
    if end is None:
        return hi
    k = end.start()
    if text[k] in SPEECH_DASHES:
        k += 1  # the dash closing the attribution ("Ortega—.", "Ortega—, y")
        while k < hi and (text[k] in ".,;:" or text[k].isspace()):
            k += 1
        return k
    turn = (_NEW_HYPHEN_TURN if hyphen else _NEW_TURN).search(text, k, hi)
    return turn.end() if turn else hi


def _dash_parts(text: str, paragraphs: list[tuple[int, int]], raw: list[_Part],
                settings: AttributionSettings) -> list[_Part]:
    """The quoted parts of dash dialogue: a paragraph opened by a speech dash holds speech from
    after the dash to where it hands over to its attribution, resuming after it, else to the
    paragraph's end. A paragraph with no handover is speech only in a text that writes dialogue
    so elsewhere, when it is a sentence and not an item of a list (a short item, or one after a
    colon's paragraph); a dash inside a sentence opens nothing, nor does one in a paragraph the
    mark scanner found quotations in (its own marks say what is quoted there)."""
    opened = [k for k, (lo, hi) in enumerate(paragraphs) if speech_dash_at(text, lo)]
    if not opened:
        return []
    window = settings.dash_handover_words
    marked = sorted(p.lo for p in raw)  # (each part's words start in its own paragraph)
    found: list[tuple[int, tuple[int, int] | None]] = []
    for k in opened:
        lo, hi = paragraphs[k]
        j = bisect.bisect_left(marked, lo)
        if j < len(marked) and marked[j] < hi:
            continue
        handover = dash_handover(text, lo + 1, hi, window)
        if handover is None and text[lo] == "-":
            continue  # (a hyphen opens speech only where a speech verb takes over: else a list's item)
        found.append((k, handover))
    if not any(h for _, h in found):
        return []  # no speech verb takes over after any dash: a list, or datelines
    out: list[_Part] = []
    items: set[int] = set()  # paragraphs read as a list's items
    for k, handover in found:
        lo, hi = paragraphs[k]
        if handover is None:
            words = len(_WORD.findall(text, lo, hi))
            before = text[paragraphs[k - 1][0] : paragraphs[k - 1][1]].rstrip() if k else ""
            if words < settings.dash_min_words or text[hi - 1] not in ".!?…" or before.endswith(":") or k - 1 in items:
                items.add(k)  # an item of a list (or one after it), a dateline ("– Reuters")
                continue
        first: _Part | None = None
        start, opened_at, h = lo + 1, lo, handover
        while True:
            while start < hi and text[start].isspace():
                start += 1
            if start >= hi:
                break
            end = h[0] if h else hi
            if end > start:
                part = _Part(opened_at, end, start, end, first, None)
                out.append(part)
                first = first or part
            if h is None:
                break
            start = _attribution_end(text, h[1], hi, hyphen=text[lo] == "-")
            opened_at = start - 1
            h = dash_handover(text, start, hi, window) if start < hi else None
    return out


def _single_runs_on(text: str, bottom: _Open, next_start: int | None) -> bool:
    """A quotation in curly single marks, as Dutch and British papers set them, left open at its
    paragraph's end and re-opened by the same mark before a letter at the next one's start: it runs
    on ('‘Henk is het geheugen van deze gracht. / ‘Als ze hem weghalen, ...’'); so too in straight
    single marks opening both paragraphs ("'The market has ... / 'The risk is ...'")."""
    return bottom.mark in ("‘", "'") and next_start is not None and text[next_start] == bottom.mark \
        and text[next_start + 1 : next_start + 2].isalpha() and text[bottom.at + 1 : bottom.at + 2].isupper()


def _left_open_end(text: str, bottom: _Open, lo: int, hi: int) -> int | None:
    """Where a double-quoted quotation never closed in its paragraph ends: at the paragraph's
    end, when its words end a sentence there and hold no other double mark, and a reader can
    tell it is a quotation:
    - it follows a colon inside its paragraph ('tweeted: "My stepmom passed peacefully this
      morning.' and no close; a mark opening a paragraph may be a stray one of careless copy);
    - it opens right after the attribution of one closed before it in its paragraph ('"It is
      over," he said. "We lost.' then narration): at most six words, one of them a speaking
      verb, between that close and this opening;
    - it opens its paragraph and speaks in the first person singular, its close lost with the
      line that held it ('"And I just wanted to say that I will not bring dishonor to the
      decision to spare my life.'), as news narration does not ("we" may be the paper's own).
    Else None."""
    words = text[bottom.words_at : hi].rstrip()
    if not words.endswith((".", "!", "?")) or _DOUBLE_MARK.search(words):
        return None
    end = bottom.words_at + len(words)
    if bottom.at == lo:
        return end if _FIRST_SINGULAR.search(words) else None
    if text[lo : bottom.at].rstrip().endswith(":") or _after_attribution(text, bottom.at, lo):
        return end
    return None


_WORD_THEN_WORD = re.compile(r"([A-Z][\w'’-]*)\s+([a-z]+)\b")


def _reports_speech(text: str, lo: int, hi: int) -> bool:
    """Whether an unmarked paragraph is the writer's report of someone's words, not a quotation
    running on with its marks lost: a capitalised subject right before a speech verb ("However,
    Hartog said there will be no move ...") and no word of the first or second person (a speaker's
    own words would hold one: "Smith said we could go")."""
    speaking = _title_vocabulary()[2]
    return any(m.group(2) in speaking and m.group(2) not in _PRONOUN_SUBJECTS for m in _WORD_THEN_WORD.finditer(text, lo, hi)) \
        and not _SPOKEN_TO.search(text, lo, hi)


_CLOSE_BEFORE = re.compile('["”»]')


def _after_attribution(text: str, at: int, lo: int) -> bool:
    """Whether the opening mark at ``at`` follows the short attribution of a quotation closed
    before it in its paragraph (from ``lo``): a comma, stop or colon closing at most six words,
    one of them a speaking verb."""
    closes = [m.start() for m in _CLOSE_BEFORE.finditer(text, lo, at)]
    if not closes:
        return False
    between = text[closes[-1] + 1 : at].strip()
    said = between.strip(" ,.:;").split()
    return bool(between) and between[-1] in ",.:" and len(said) <= 6 and any(w in _title_vocabulary()[2] for w in said)


_COMMA_THEN_WORDS = re.compile(r",\s+((?:[\w.'’-]+ ){1,5}[\w'’-]+)")
_PRONOUN_SUBJECTS = frozenset("he she they we i it".split())


def _attribution_left_open(text: str, lo: int, hi: int) -> int | None:
    """Where a quotation opening its paragraph and left open in it ends, its closing mark lost
    before the attribution: the comma before a subject of at most five words (a pronoun, a
    capitalised name or a determined noun phrase) and a speaking verb ('..., the two men said in
    a statement.'), or before a speaking verb and such a subject after it ('..., said Smith.'); None when the paragraph holds no such clause, or another quotation mark."""
    if any(c in text[lo:hi] for c in '"“”'):
        return None
    speaking = _title_vocabulary()[2]
    for m in _COMMA_THEN_WORDS.finditer(text, lo, hi):
        words = m.group(1).split()
        if len(words) >= 2 and words[0] in speaking and (words[1][:1].isupper() or words[1] in ("the", "a", "an", "his", "her", "their")):
            return m.start() + 1  # '..., said Smith.', '..., said the two men.': the subject after its verb
        verb_at = next((k for k, w in enumerate(words) if k >= 1 and w in speaking and w not in _PRONOUN_SUBJECTS), None)
        if verb_at is None:
            continue
        subject = words[:verb_at]
        first = subject[0]
        if len(subject) == 1 and first in _PRONOUN_SUBJECTS or first in ("the", "a", "an", "his", "her", "their", "its") \
                or all(w[:1].isupper() for w in subject):
            return m.start() + 1
    return None


def _introduced_single(text: str, at: int) -> bool:
    """A single opening mark after a colon ('Moffat told Hero Complex: 'You want ...'): a quotation
    of its own, which a double mark may close, in its paragraph or paragraphs later, when the
    marks were mismatched."""
    return text[at] in _SINGLE and text[max(0, at - 2) : at].strip() == ":"


def _close(text: str, p: int, ch: str, stack: list[_Open], possessive_close: set[int]) -> int | None:
    """Index in stack of the open quotation the mark at p closes, or None."""
    for i in range(len(stack) - 1, -1, -1):
        entry = stack[i]
        if p - entry.at > MAX_QUOTE_CHARS:
            return None  # too far: this and every older opening stay unclosed
        if ch not in _OPENERS[entry.mark]:
            continue
        if entry.mark in _SINGLE and ch in _SINGLE:
            prev = text[p - 1]
            nxt = text[p + 1] if p + 1 < len(text) else " "
            if prev.isspace() or nxt.isalnum() and not _cjk_opens("‘", nxt, nxt):
                return None  # an apostrophe inside the quotation (never before a Chinese word: "‘一带一路’建设")
            if p in possessive_close:
                return None  # "the drivers’ families": the quotation closes further on
        return i
    return None


def _can_open(text: str, p: int, lo: int) -> bool:
    ch = text[p]
    prev = text[p - 1] if p > lo else " "
    nxt = text[p + 1] if p + 1 < len(text) else ""
    if _cjk_opens(ch, prev, nxt):
        return True
    if nxt == " " and ch == '"' and text[p + 2 : p + 3].isupper() and prev == " " and text[p - 2 : p - 1] in _SENTENCE_ENDS:
        return True  # 'Taylor wrote. " The course of steroids ...': a new sentence opening a quotation, a stray space after the mark
    if not nxt or (nxt.isspace() and ch not in "«‹"):
        return False
    if ch in "»›" and not (nxt.isalnum() or nxt in "…(["):
        return False  # '»Ja«' opens; '», sagte er' and '» ' do not
    if ch in _SINGLE:
        if prev.isalnum() or _ELISION.match(text, p):
            return False
        return nxt.isalnum() or nxt in "[(…."
    # a straight mark glued between two letters ('estimates"at least 50 people"', a copy that lost
    # its space) opens; after a digit it is an inch mark ('a 12"x12" tile')
    return not prev.isalnum() or (ch == '"' and prev.isalpha() and nxt.isalpha())


def _possessive_closes(text: str, marks: list[tuple[int, str]]) -> set[int]:
    """Single closing marks that are the apostrophe of a plural possessive ("drivers’ families"):
    after an s, before a lower-case word, with a true close later on the same line before any
    new opening ‘. Found in one backward pass over the paragraph's marks."""
    out: set[int] = set()
    close_ahead = False
    for p, ch in reversed(marks):
        if ch == "\n" or ch == "‘":
            close_ahead = False
            continue
        if ch not in "’'":
            continue
        if ch == "'" and (p == 0 or text[p - 1].isspace() or text[p - 1] in "([") and text[p + 1 : p + 2].isalnum():
            # "as 'unsafe on most nights' and warns of 'a real risk'": the close ahead is the
            # close of a quotation opening after this mark, not of one this mark is inside
            close_ahead = False
            continue
        if close_ahead and text[p - 1] in "sS" and _POSSESSED.match(text, p + 1):
            out.add(p)
        after = text[p + 1] if p + 1 < len(text) else " "
        if not after.isalnum() and not text[p - 1].isspace():
            close_ahead = True
    return out


_POSSESSED = re.compile(r" [a-z]")


def _finish(text: str, raw: list[_Part], settings: AttributionSettings) -> list[QuoteMarks]:
    """Trim, drop empty parts, order by position and renumber the links."""
    kept: list[tuple[int, int, _Part]] = []
    promos = media_promo_lines(text)
    for part in raw:
        lo, hi = _trim(text, part.lo, part.hi)
        if hi > lo and _ALNUM.search(text, lo, hi):
            if part.group is part and part.close_at is not None and not speech_dash_at(text, part.open_at) and is_title(text, lo, hi, part.open_at, part.close_at, settings.title_max_words):
                continue  # "Face the Nation", a song, a book: a title, no quotation
            if promos and _in_promo(promos, part.open_at):
                continue  # "Vera Lind 'informed enough' to talk politicsVideo": a video's title, no one's words
            kept.append((lo, hi, part))
    kept.sort(key=lambda t: (t[0], -t[1], t[2].open_at))
    new_index = {id(part): i for i, (_, _, part) in enumerate(kept)}
    out: list[QuoteMarks] = []
    group_first: dict[int, int] = {}
    for i, (lo, hi, part) in enumerate(kept):
        utterance = group_first.setdefault(id(part.group), i)
        nested = None
        parent = part.parent
        while parent is not None:  # the nearest enclosing quotation that was closed and kept
            if parent.part is not None and id(parent.part) in new_index:
                nested = new_index[id(parent.part)]
                break
            parent = parent.parent
        out.append(QuoteMarks(lo, hi, part.open_at, part.close_at, utterance, nested, "statement"))
    _link_split_quotes(text, out, settings.split_gap_chars)
    words: Counter[int] = Counter()
    first: dict[int, QuoteMarks] = {}
    for q in out:
        words[q.utterance] += len(_WORD.findall(text, q.start, q.end))
        first.setdefault(q.utterance, q)
        words[q.utterance] += _cjk_words(text, q.start, q.end)
    return [_with_kind(q, "statement" if _cjk_statement(text, first[q.utterance]) else _kind(text, first[q.utterance], words[q.utterance]))
            for q in out]


# Chinese ideographs and Japanese kana: text written without spaces between its words
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# full-width marks before a quotation that open it as someone's words: a colon, a sentence's end
_CJK_INTRODUCING = frozenset("：。！？；")


def _cjk_opens(ch: str, prev: str, nxt: str) -> bool:
    """A curly mark or a corner bracket glued to the Chinese or Japanese word before it opens a
    quotation (“改造成“口袋公园”", "山田首相は「…", "国家‘一带一路’"): these languages set no space there."""
    return ch in "“「‘" and bool(_CJK_CHAR.match(prev)) and bool(nxt) and not nxt.isspace()


def _cjk_words(text: str, lo: int, hi: int) -> int:
    """Words of a Chinese or Japanese quotation, about one per two characters (the _WORD count
    reads a whole unspaced run as one): a sentence is no scare-quote fragment."""
    return len(_CJK_CHAR.findall(text, lo, hi)) // 2


def _cjk_statement(text: str, first: QuoteMarks) -> bool:
    """A quotation after a full-width colon or sentence end ('林海峰说：“…”') opens someone's words,
    as an ASCII colon does in _kind."""
    before = text[max(0, first.open_at - 2) : first.open_at].rstrip()
    return bool(before) and before[-1] in _CJK_INTRODUCING


def _corner_runs_on(text: str, bottom: _Open, next_start: int | None) -> bool:
    """A corner-bracket quotation over paragraphs, each opened with 「 and only the last closed."""
    return bottom.mark == "「" and next_start is not None and text[next_start] == "「"


_ALNUM = re.compile(r"[^\W_]")
_SENTENCE_PUNCTUATION = re.compile(r"[.,;:!?\n]")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")  # as compare.text counts words
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'\-]*|\d[\w’'\-]*")
_SENTENCE_END = re.compile(r"[.;!?\n]")
_LAST_WORD = re.compile(r"([^\W\d_]+),?\s*$")
# Words right before quotation marks that announce a name, not words someone said.
_NAMING_CUES = frozenset("title titled entitled nickname nicknamed moniker dubbed named hashtag slogan tagline motto".split())


@functools.lru_cache(maxsize=1)
def _title_vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(small words title case leaves in lower case, from resources/terms/title_case.json; words
    around a title, speech verbs and pronouns that show a quotation instead, from
    resources/attribution/speech.json)."""
    data = resource_json("attribution/speech.json")
    speaking = {"he", "she", "they", "i", "we", "it"}
    for entry in data["speech_verbs"]:
        if entry["speaking"]:  # verbs that put words in someone's mouth, not "felt" or "called"
            speaking |= inflections(entry["verb"])  # with an irregular verb's forms ("told")
    return SMALL_WORDS | VERSUS, frozenset(data["title_cues"]), frozenset(speaking)


@functools.lru_cache(maxsize=1)
def _work_nouns() -> frozenset[str]:
    """Nouns of works a title names ("memoir", "film"), from resources/terms/naming.json."""
    data = naming_data()
    return frozenset(data["work_nouns"])


def _after_work_noun(text: str, open_at: int) -> bool:
    """Whether the mark at open_at follows a work's noun ('in his 2006 memoir, "A G-Man's Life"'):
    what it opens is that work's title, set beside it."""
    before = _LAST_WORD.search(text, max(0, open_at - 40), open_at)
    return before is not None and before.group(1).lower() in _work_nouns()


def is_title(text: str, lo: int, hi: int, open_at: int, close_at: int,
             max_words: int = DEFAULT.compare.attribution.title_max_words) -> bool:
    """Whether text[lo:hi], in quotation marks, names something rather than quotes someone: a
    nickname inside a name (Vincent "the Oddfather" Gigante); a title written in title case ("Face
    the Nation", "Takin' It to the Streets") with no attribution beside it; one capitalised word
    inside a sentence ("Twilight" fans); one word a title word announces ("the hit 'Pose'"). A
    title set beside a work's noun may be long and hold commas ('his memoir, "A G-Man's Life:
    The FBI, 'Deep Throat' and the Struggle for Honor in Washington"')."""
    if hi - lo > 12 * max_words:
        return False
    end = hi
    while end > lo and text[end - 1] in ".!?":
        end -= 1
    beside_work = _after_work_noun(text, open_at)
    colon = text.find(":", lo, end)
    if colon >= 0 and text[colon + 1 : colon + 2] == " " and text[colon + 2 : colon + 3].isupper() \
            and not _SENTENCE_PUNCTUATION.search(text, lo, colon) and not _SENTENCE_PUNCTUATION.search(text, colon + 1, end):
        pass  # "Secret Man: The Story of Watergate's Deep Throat": a title and its subtitle, read as one
    elif beside_work and not _SENTENCE_END.search(text, lo, end):
        pass  # a work's title, its commas and colon inside
    elif _SENTENCE_PUNCTUATION.search(text, lo, end):
        return False  # sentences, not a title
    small, cues, speaking = _title_vocabulary()
    words = _TITLE_WORD.findall(text, lo, hi)
    if not words or len(words) > max_words and not beside_work:
        return False
    prev_word = (text[max(0, open_at - 30) : open_at].split()[-1:] or [""])[0]
    next_word = (text[close_at + 1 : close_at + 30].split()[:1] or [""])[0]
    if len(words) <= 4 and text[open_at - 1 : open_at] == " " and text[close_at + 1 : close_at + 2] == " " \
            and prev_word[:1].isupper() and next_word[:1].isupper() and end == hi and not prev_word.endswith((".", "!", "?", ":")):
        return True  # a nickname inside a name: Vincent "the Oddfather" Gigante, Mark 'Deep Throat' Felt
    if len(words) <= 5 and prev_word.lower().strip("“”\"'’,") in _NAMING_CUES:
        return True  # 'earned him the title "the Oddfather"', 'the hashtag "MeToo"'
    for k, word in enumerate(words):
        if word[0].isupper() or word[0].isdigit():
            continue
        if k == 0 or word.lower() not in small:
            return False
    after = text[close_at + 1 : close_at + 24].lstrip(" ,—–-").split(" ", 1)[0].lower().strip(".,;:")
    before = text[max(0, open_at - 40) : open_at].rstrip(" ,:").lower()
    last_before = before.split()[-1].strip("“”\"'’") if before.split() else ""
    if after in speaking or last_before in speaking:
        return False  # '"Get Out," he said' / 'protesters chanted, "Red for Ed"': someone's words
    if len(words) > 1:
        return True
    if not _sentence_opening(text, open_at):
        return True  # one capitalised word inside a sentence: a name or a title ("Twilight" fans)
    near_before = before.split()[-2:] if before.split() else []
    return any(w.strip("’'\"") in cues - {"on", "in", "of"} for w in near_before) or after in cues - {"on", "in", "of"}


def _sentence_opening(text: str, open_at: int) -> bool:
    """Whether the mark at open_at opens a sentence (or follows a colon or a dash)."""
    before = text[max(0, open_at - 4) : open_at].rstrip(" \u00a0")
    return not before or before[-1] in ".!?:\n—–-\"“”'‘’"


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:"):
        hi -= 1
    return lo, hi


def _with_kind(q: QuoteMarks, kind: str) -> QuoteMarks:
    return QuoteMarks(q.start, q.end, q.open_at, q.close_at, q.utterance, q.nested_in, kind)


_INTRODUCERS = frozenset(
    """said says say told tells added adds asked replied wrote writes stated declared tweeted posted
    answered responded shouted chanted read reads that""".split()
)


def _kind(text: str, first: QuoteMarks, words: int) -> str:
    """A fragment is a scare quote: one to three words set inside the writer's own sentence
    ('a common "enemy"'), not a short utterance that starts a sentence or follows a colon or
    a speech verb ('"No comment," he said'; 'said: "We are united."')."""
    if words > FRAGMENT_MAX_WORDS:
        return "statement"
    before = text[max(0, first.open_at - 40) : first.open_at]
    if not before.strip() or "\n" in before[len(before.rstrip()) :] or before.rstrip().endswith("\n"):
        return "statement"
    before = before.rstrip()
    if before[-1] in ".!?:;—–-\"“”«»„'‘’" and not re.search(r"[^\W\d_]s['’]$", before):
        return "statement"  # (a plural's possessive mark is a word's end: "the rivals’ ‘plan’")
    last = before.split()[-1].lower().strip(",")
    return "statement" if last in _INTRODUCERS else "fragment"


# "A," he said, "B." -- the gap between the parts is a short attribution ending in a comma.
_SPLIT_GAP = re.compile(r"\s*[,—–-]?\s+[^\"“”„«».!?\n]{1,70}?[,:—–]\s*$")


# a gap that goes on with the writer's own words right after the close: a preposition or an article
_WRITERS_WORDS = re.compile(r"\s+(?:of|in|at|for|on|from|with|the|a|an)\s")


def _link_split_quotes(text: str, quotes: list[QuoteMarks], max_gap: int) -> None:
    for i in range(1, len(quotes)):
        q1, q2 = quotes[i - 1], quotes[i]
        if q1.nested_in is not None or q2.nested_in is not None or q1.close_at is None:
            continue
        if q2.utterance != i or q2.open_at <= q1.close_at:
            continue
        ending = text[q1.start : q1.close_at].rstrip()
        if ending.endswith((".", "!", "?", "…")) and not ending.endswith("..."):
            continue
        gap = text[q1.close_at + 1 : q2.open_at]
        if q2.open_at - q1.close_at > max_gap or not _SPLIT_GAP.match(text, q1.close_at + 1, q2.open_at):
            continue
        if not ending.endswith((",", ";", ":", "—", "–", "-")) and _WRITERS_WORDS.match(gap):
            continue  # 'was "ensconced in the bosom" of a clinic — "I hear ...': the writer's sentence runs on
        if "\n" in gap and (gap[gap.index("\n") :].strip() or not gap[: gap.index("\n")].rstrip().endswith(",")):
            continue  # an attribution opening the next paragraph introduces a quotation of its own
            # (only '," Coburn says,' ending a paragraph runs on into the next one's quotation)
        quotes[i] = QuoteMarks(q2.start, q2.end, q2.open_at, q2.close_at, q1.utterance, None, q2.kind)
