"""A quotation opened by a single mark and closed by a double one, as careless copy leaves it.

"'I cant speak for the first death, but in this case it looks like a lack of experience," Gaskin
told the Timaru Herald.' and "Smith told the BBC: 'I'll miss playing a character ... / what a
character! "": the single opening mark finds no close, the double mark no opening, and the words
are no quotation at all. Where the evidence is clear, the single opening mark is read as a double
one, which the double mark then closes (set against the words it closes when a space stands
before it), in a copy of the text of the same length that the quotation finder scans (every
other offset stays the text's own).

Clear evidence: a single mark opening a paragraph or right after a colon, no single mark after
it that could close it (an apostrophe inside a word is none), and one double mark in a closing
place (after a word or a stop, before a space or the end) that is the only double mark of its
paragraph, in that paragraph or in the first paragraph after it to hold any mark, at most
``lost_mark_paragraphs`` paragraphs on.

Also curly double marks that all face one way in a paragraph ('“It is over,“ said Smith.',
'”It is over,” said Smith.'), an even number of them and no other double mark: read as straight
marks, paired in order.

Also a double close typed as two apostrophes, as text converted to plain ASCII writes it
('"... there's three people shot! \'\'\''): a paragraph that a straight double mark opened and
none closed, ending in two apostrophes, closes there.
"""

from __future__ import annotations

import re

# (the mark first, then what may stand before it, "^" or a colon and a space: the same matches as
# the look-behind first, but the engine skips to the marks instead of trying every position)
_SINGLE_OPEN = re.compile(r"(['‘])(?:(?<=^.)|(?<=:\s.))(?=[A-Za-z])")
_SINGLE_CLOSE = re.compile(r"(?<=\S)['’](?![A-Za-z])")
_DOUBLE = re.compile('["“”„«»]')
_CURLY_DOUBLE = re.compile("[“”]")
_OTHER_DOUBLE = re.compile('["„«»]')
_APOSTROPHES_CLOSING = re.compile(r"(?<=\S)''(?=\s*$)")
_ELISION = re.compile(r"['‘](?:\d\d?s?\b|n['‘’]|(?:em|til|cause|tis|twas|bout|round|s)\b)", re.I)


def mend_mismatched_closes(text: str, paragraphs: list[tuple[int, int]], max_paragraphs: int) -> str:
    """text with each single mark opening a quotation that a double mark closes replaced by a
    straight double mark (the same length), or text itself when there is none."""
    fixes: list[tuple[int, str]] = []
    for k, (lo, hi) in enumerate(paragraphs):
        # (counted first: most paragraphs hold fewer than two curly double marks)
        curly = [m.start() for m in _CURLY_DOUBLE.finditer(text, lo, hi)] \
            if text.count("“", lo, hi) + text.count("”", lo, hi) >= 2 else []
        if len(curly) >= 2 and len(curly) % 2 == 0 and len({text[c] for c in curly}) == 1 \
                and not _OTHER_DOUBLE.search(text, lo, hi):
            fixes += [(c, '"') for c in curly]  # '“It is over,“ said Smith.': paired in order, as straight marks are
        elif _reopened_by_same_mark(text, paragraphs, k):
            # '”Jag förstår oron. ... leva. / ”Därför ser vi ...”': Swedish (and Finnish) copy opens and
            # closes with ”, and re-opens each paragraph of a quotation with it: this paragraph's first
            # mark opens a quotation that runs on, its other marks pair in order
            fixes += [(m.start(), '"') for m in _CURLY_DOUBLE.finditer(text, lo, hi)]
        if text.count('"', lo, hi) % 2:
            end = _APOSTROPHES_CLOSING.search(text, max(lo, hi - 4), hi)
            if end is not None and text.rfind('"', lo, hi) < end.start():
                fixes += [(end.start(), '"'), (end.start() + 1, " ")]  # the quotation left open closes here
    k = 0
    while k < len(paragraphs):
        lo, hi = paragraphs[k]
        opener = _opening(text, lo, hi)
        if opener is None:
            k += 1
            continue
        for m in range(k, min(len(paragraphs), k + 1 + max_paragraphs)):
            p_lo, p_hi = paragraphs[m]
            start = opener + 1 if m == k else p_lo
            if _SINGLE_CLOSE.search(text, start, p_hi):
                break  # a single mark that may close it: the quotation is not left open
            doubles = list(_DOUBLE.finditer(text, p_lo, p_hi))
            if not doubles:
                continue
            if len(doubles) == 1 and inner_opening_runs_on(text, doubles[0].start(),
                                                            paragraphs[m + 1][0] if m + 1 < len(paragraphs) else None):
                break  # 'I told the players, "Keep your heads up. / 'We are not finished yet," ...': British marks
            if len(doubles) == 1 and _closing_place(text, doubles[0].start(), p_lo, p_hi) \
                    and not _SINGLE_CLOSE.search(text, start, doubles[0].start()):
                fixes.append((opener, '"'))
                c = doubles[0].start()
                if text[c - 1] == " " and (c + 1 >= p_hi or text[c + 1].isspace()):
                    fixes += [(c - 1, text[c]), (c, " ")]  # 'what a character! "': the close moved onto its words
                k = m
            break
        k += 1
    if not fixes:
        return text
    chars = list(text)
    for at, mark in fixes:
        chars[at] = mark
    return "".join(chars)


def _opening(text: str, lo: int, hi: int) -> int | None:
    """The single mark opening a quotation at the paragraph's start or right after a colon."""
    para = text[lo:hi]
    # (a paragraph opening with no single mark and holding no colon has none: most skip the scan)
    found = _SINGLE_OPEN.search(para) if para[:1] in ("'", "‘") or ":" in para else None
    if found is None:
        return None
    at = lo + found.start(1)
    if _ELISION.match(text, at):
        return None
    if _DOUBLE.search(text, lo, at):
        return None  # a double mark before it: a quotation of the usual kind may hold it
    return at


def _closing_place(text: str, at: int, lo: int, hi: int) -> bool:
    """A double mark where a close sits: after a word or a stop and before a space or the end
    ('character! "'), or set off after a comma before the attribution (', "Gaskin told')."""
    if at == lo or text[at] not in '"”':
        return False
    prev, nxt = text[at - 1], text[at + 1 : at + 2]
    ends = nxt == "" or nxt.isspace() or at + 1 >= hi
    if not prev.isspace():
        return not prev.isdigit() and ends
    return text[at - 2 : at - 1] in (".", "!", "?", ",") and (ends or nxt.isupper())


def inner_opening_runs_on(text: str, at: int, next_start: int | None) -> bool:
    """A double mark after a comma and a space, before a capital (', "Keep'), in a paragraph whose
    next paragraph (opening at next_start) opens with a quotation mark: the inner quotation of
    British copy (single marks outside, double inside) opening, the quotation running on over the
    next paragraph; no close of a mismatched single mark (the quotation finder asks it too)."""
    if at < 2 or text[at - 1] != " " or text[at - 2] != "," or not text[at + 1 : at + 2].isupper():
        return False
    return next_start is not None and text[next_start : next_start + 1] in ("'", "‘", '"', "“")


def _reopened_by_same_mark(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """Paragraph k opens with ” before a word, holds an odd number of double marks, all ”, and the
    next paragraph opens with ” too: a quotation over paragraphs in copy whose one mark opens and
    closes (”…”), re-opened at each paragraph."""
    lo, hi = paragraphs[k]
    if k + 1 >= len(paragraphs) or text[lo : lo + 1] != "”" or not text[lo + 1 : lo + 2].isalnum():
        return False
    nxt = paragraphs[k + 1][0]
    if text[nxt : nxt + 1] != "”" or _OTHER_DOUBLE.search(text, lo, hi) or "“" in text[lo:hi]:
        return False
    return text.count("”", lo, hi) % 2 == 1
