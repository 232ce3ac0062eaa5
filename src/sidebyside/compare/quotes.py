"""Direct quotations: find every quoted passage and its marks, without speakers.

Forms handled: straight and curly double quotes, single-quote quotations (told apart from
apostrophes such as "Erdogan's", "'90s", "rock 'n' roll"), guillemets «» and „low-high“ marks,
quotes spanning paragraphs (the opening mark repeated at each paragraph, one close at the end),
quotes inside quotes, and a quote split by its attribution ("A," he said, "B.").

Choice for split and multi-paragraph quotes: each contiguous run of quoted words is its own
part (so every span slices clean quoted words); the parts of one utterance are linked by
``utterance`` = the index of the first part. A quote inside a quote is an utterance of its own
with ``nested_in`` = the index of the enclosing part. ``kind`` is "fragment" for a scare quote
(one to three words inside the writer's sentence), else "statement".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sidebyside.compare.text import word_spans

# Opening mark -> the marks that may close it.
_OPENERS: dict[str, tuple[str, ...]] = {
    '"': ('"',),
    "“": ("”", '"'),
    "„": ("“", "”"),
    "«": ("»",),
    "‹": ("›",),
    "'": ("'", "’"),
    "‘": ("’", "'"),
    "‚": ("‘", "’"),
}
_DOUBLE = frozenset('"“”„«»')
_SINGLE = frozenset("'‘’‚‹›")
_MARK = re.compile("[\"“„«‹'‘‚]")
# Single marks that are apostrophes, not an opening quote: '90s, 'n', 'em, 'til, 'cause.
_ELISION = re.compile(r"['‘’](?:\d\d?s?\b|n['‘’]|(?:em|til|cause|tis|twas|bout|round|s)\b)", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
FRAGMENT_MAX_WORDS = 3
# Bounds that keep pathological input (thousands of unmatched marks) linear and shallow.
MAX_QUOTE_CHARS = 6000  # one paragraph's part of a quotation
MAX_CLOSE_CANDIDATES = 64
MAX_NESTING = 3
# What may close each opening mark (« and ‹ also counted, for nested guillemets).
_CLOSERS = {
    opener: re.compile("[" + re.escape("".join(closers) + (opener if opener in "«‹" else "")) + "]")
    for opener, closers in _OPENERS.items()
}


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
    """(start, end) of the blank-line separated paragraphs of text."""
    spans = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def find_quotes(text: str) -> list[QuoteMarks]:
    """All quoted parts of text in reading order (outer before inner), indexes linked."""
    paragraphs = paragraph_spans(text)
    raw: list[list] = []  # [start_mark, close_mark, words_lo, words_hi, group_key, parent_key]
    finder = _Finder(text, paragraphs, raw)
    finder.run()
    return _finish(text, raw)


class _Finder:
    def __init__(self, text: str, paragraphs: list[tuple[int, int]], sink: list[list]):
        self.text = text
        self.paragraphs = paragraphs
        self.starts = [p[0] for p in paragraphs]
        self.sink = sink
        self.memo: dict[re.Pattern[str], tuple[int, int | None, int]] = {}

    def run(self) -> None:
        k = 0
        while k < len(self.paragraphs):
            lo, hi = self.paragraphs[k]
            k = self._scan(lo, hi, None, top_paragraph=k)

    def _scan(self, lo: int, hi: int, parent: int | None, top_paragraph: int | None = None) -> int:
        """Find quotes in text[lo:hi]; return the next paragraph index to scan (top level)."""
        text = self.text
        pos = lo
        next_paragraph = None if top_paragraph is None else top_paragraph + 1
        while pos < hi:
            m = _MARK.search(text, pos, hi)
            if m is None:
                break
            p = m.start()
            ch = text[p]
            if not self._can_open(p, lo):
                pos = p + 1
                continue
            close = self._find_close(p, hi)
            if close is not None:
                self._record(p, close, p + 1, close, len(self.sink), parent)
                pos = close + 1
                continue
            if top_paragraph is not None and ch in _DOUBLE:
                resumed = self._multi_paragraph(p, top_paragraph)
                if resumed is not None:
                    paragraph, pos = resumed
                    if paragraph != top_paragraph:
                        top_paragraph = paragraph
                        next_paragraph = paragraph + 1
                        hi = self.paragraphs[paragraph][1]
                    continue
            pos = p + 1
        return next_paragraph if next_paragraph is not None else 0

    def _multi_paragraph(self, p: int, k: int) -> tuple[int, int] | None:
        """A quote left open at a paragraph end that the next paragraph re-opens: record its
        parts; return (paragraph, position after the close) or None when it is no such quote."""
        text = self.text
        parts: list[tuple[int, int, int | None, int]] = []  # (open mark, lo, close mark, hi)
        open_at, k_now = p, k
        while True:
            hi = self.paragraphs[k_now][1]
            close = self._find_close(open_at, hi)
            if close is not None:
                parts.append((open_at, open_at + 1, close, close))
                break
            parts.append((open_at, open_at + 1, None, hi))
            if k_now + 1 >= len(self.paragraphs):
                break
            nxt = self.paragraphs[k_now + 1][0]
            if text[nxt] not in _OPENERS or text[nxt] not in _DOUBLE:
                break
            open_at, k_now = nxt, k_now + 1
        if len(parts) < 2:
            return None
        first = len(self.sink)
        for open_mark, lo, close_mark, hi in parts:
            self._record(open_mark, close_mark, lo, hi, first, None)
        last_close = parts[-1][2]
        return (k_now, last_close + 1 if last_close is not None else self.paragraphs[k_now][1])

    def _record(self, open_at: int, close_at: int | None, lo: int, hi: int, group: int, parent: int | None) -> None:
        index = len(self.sink)
        self.sink.append([open_at, close_at, lo, hi, group, parent])
        if self._depth(parent) < MAX_NESTING:
            self._scan(lo, hi, index)

    def _depth(self, parent: int | None) -> int:
        depth = 0
        while parent is not None:
            depth += 1
            parent = self.sink[parent][5]
        return depth

    def _can_open(self, p: int, lo: int) -> bool:
        text = self.text
        ch = text[p]
        prev = text[p - 1] if p > lo else " "
        nxt = text[p + 1] if p + 1 < len(text) else ""
        if not nxt or (nxt.isspace() and ch not in "«‹"):
            return False
        if ch in _SINGLE:
            if prev.isalnum() or _ELISION.match(text, p):
                return False
            return nxt.isalnum() or nxt in "[(…."
        return not prev.isalnum()

    def _next(self, pattern: re.Pattern[str], pos: int, hi: int) -> int | None:
        """Next match of pattern in text[pos:hi], remembering the last answer so that many
        unmatched opening marks do not rescan the same stretch."""
        memo = self.memo.get(pattern)
        if memo is not None:
            start, found, end = memo
            if start <= pos and found is not None and pos <= found < hi:
                return found
            if start <= pos and found is None and end >= hi:
                return None
        m = pattern.search(self.text, pos, hi)
        found = m.start() if m else None
        self.memo[pattern] = (pos, found, hi)
        return found

    def _find_close(self, p: int, hi: int) -> int | None:
        """The mark closing the one at p, within MAX_QUOTE_CHARS (candidates found at C speed)."""
        text = self.text
        ch = text[p]
        closers = _CLOSERS[ch]
        hi = min(hi, p + MAX_QUOTE_CHARS)
        depth = 0
        pos = p + 1
        for _ in range(MAX_CLOSE_CANDIDATES):
            q = self._next(closers, pos, hi)
            if q is None:
                return None
            pos = q + 1
            if text[q] == ch and ch in "«‹":
                depth += 1
                continue
            if ch in _SINGLE:
                prev = text[q - 1]
                nxt = text[q + 1] if q + 1 < len(text) else " "
                if prev.isspace() or nxt.isalnum():
                    continue  # an apostrophe inside the quotation
                if self._plural_possessive(q, hi):
                    continue  # "the drivers’ families": the quotation closes further on
            if depth:
                depth -= 1
                continue
            return q
        return None


    def _plural_possessive(self, q: int, hi: int) -> bool:
        """Whether the single mark at q is the apostrophe of a plural possessive ("drivers’
        families"): after an s, before a lower-case word, with a true close later in the paragraph."""
        text = self.text
        if text[q - 1] not in "sS" or not _POSSESSED.match(text, q + 1):
            return False
        end = text.find("\n", q, hi)
        end = hi if end < 0 else end
        opener = text.find("‘", q + 1, end)
        end = end if opener < 0 else opener  # a new quotation starts: this one closed at q
        for m in _SINGLE_CLOSE.finditer(text, q + 1, end):
            after = text[m.end()] if m.end() < len(text) else " "
            if not after.isalnum() and not text[m.start() - 1].isspace():
                return True
        return False


_POSSESSED = re.compile(r" [a-z]")
_SINGLE_CLOSE = re.compile("[’']")


def _finish(text: str, raw: list[list]) -> list[QuoteMarks]:
    """Trim, drop empty parts, order by position and renumber the links."""
    kept: list[tuple[int, int, list]] = []
    for item in raw:
        lo, hi = _trim(text, item[2], item[3])
        if hi > lo and any(ch.isalnum() for ch in text[lo:hi]):
            kept.append((lo, hi, item))
    kept.sort(key=lambda t: (t[0], -t[1], t[2][0]))
    new_index = {id(item): i for i, (_, _, item) in enumerate(kept)}
    by_raw = {i: item for i, item in enumerate(raw)}
    out: list[QuoteMarks] = []
    group_first: dict[int, int] = {}
    for i, (lo, hi, item) in enumerate(kept):
        group = item[4]
        utterance = group_first.setdefault(group, i)
        parent = item[5]
        while parent is not None and id(by_raw[parent]) not in new_index:
            parent = by_raw[parent][5]
        nested = new_index[id(by_raw[parent])] if parent is not None else None
        out.append(QuoteMarks(lo, hi, item[0], item[1], utterance, nested, "statement"))
    _link_split_quotes(text, out)
    words: Counter[int] = Counter()
    first: dict[int, QuoteMarks] = {}
    for q in out:
        words[q.utterance] += len(word_spans(text, q.start, q.end))
        first.setdefault(q.utterance, q)
    return [_with_kind(q, _kind(text, first[q.utterance], words[q.utterance])) for q in out]


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
    if before[-1] in ".!?:;—–-\"“”«»„'‘’":
        return "statement"
    last = before.split()[-1].lower().strip(",")
    return "statement" if last in _INTRODUCERS else "fragment"


# "A," he said, "B." -- the gap between the parts is a short attribution ending in a comma.
_SPLIT_GAP = re.compile(r"^\s*[,—–-]?\s+[^\"“”„«».!?\n]{1,70}?[,:—–]\s*$")


def _link_split_quotes(text: str, quotes: list[QuoteMarks]) -> None:
    for i in range(1, len(quotes)):
        q1, q2 = quotes[i - 1], quotes[i]
        if q1.nested_in is not None or q2.nested_in is not None or q1.close_at is None:
            continue
        if q2.utterance != i or q2.open_at <= q1.close_at:
            continue
        ending = text[q1.start : q1.close_at].rstrip()
        if ending.endswith((".", "!", "?", "…")) and not ending.endswith("..."):
            continue
        if not _SPLIT_GAP.match(text[q1.close_at + 1 : q2.open_at]):
            continue
        quotes[i] = QuoteMarks(q2.start, q2.end, q2.open_at, q2.close_at, q1.utterance, None, q2.kind)
