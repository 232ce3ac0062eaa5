"""Split a text capture into lines with their features, each classified once (rules.py).

A w3m dump puts one HTML block per line: paragraphs are single long lines separated by blank
lines, list items start with a bullet ("•", "□", "1."), blockquotes are indented four spaces,
images without alt text print as "[name]". Copied text looks the same without bullets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidebyside.extract import cues
from sidebyside.extract.speech_dashes import speech_line, writes_dash_dialogue
from sidebyside.extract.text.kinds import BLANK, PROSE, RULE, SHORT
from sidebyside.extract.text.meta import MONTH_WORDS
from sidebyside.extract.text.rules import Classifier, Features
from sidebyside.extract.text.shape import BULLET, weight_of
from sidebyside.extract.wide import may_hold_wide
from sidebyside.settings import DEFAULT, TextSettings

# images and links a tool marks at a line's start: a file name or a link's number, one token in
# brackets ("[logo-print]", "[12]"), or lynx's inserted text ("[INS: ... :INS]"); a bracketed group
# of words ("[The Palace: Tale of Jang Noksu] ...", "[Exclusive] ...") is the line's own text (an
# image's alt text is printed without brackets)
_LEADING_IMAGES = re.compile(r"^(?:\[(?:[^\]\[\s]{0,80}|(?:INS|DEL):[^\]\[]{0,80})\]\s*)+(?=\w)")
# such a group of words, which the line is classified without (a series' label makes no headline prose)
_LEADING_LABELS = re.compile(r"^(?:\[[^\]\[]{0,80}\]\s*)+(?=\w)")
_RULE = re.compile(r"^[\s━─_=*~\-–—•·.]{3,}$")
_RULE_FIRST = frozenset("━─_=*~-–—•·.")
_BULLET_FIRST = frozenset("•◦▪▫●○■□‣⁃·*+-–")
_CUT = ("...", "…")
MAX_CARD_LINE = 2000  # a teaser's title or a caption twice, and what follows
_CELL_SPACES = re.compile(r"\s{3,}")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


@dataclass(slots=True)
class Line:
    index: int
    text: str  # stripped, bullet marker removed
    indent: int
    bullet: bool
    kind: str
    weight: int  # length with wide (CJK) characters counted three times (a word each)
    words: int
    repeat_of_prev: bool = False  # same text as the previous non-blank line (image + caption)
    runs_on: bool = False  # a clause of the paragraph the line above opened (no paragraph cost of its own)
    aside: bool = False  # a row of a table or listing set apart from the article (body.py): no body grows over it
    clause: bool = False  # a clause of a wide-script paragraph found in a capture without blank lines
    teaser: bool = False  # a teaser card's headline and summary run into one line (glued_teaser), a gallery's slide: no page prose


# "6. 12. 2026": the month and year of a spaced dotted date after the day (Czech, Slovak)
_MONTH_AND_YEAR = re.compile(r"\d{1,2}\.\s(?:19|20)\d\d(?!\d)")


def _starts_with_month(text: str, bullet: re.Match[str]) -> bool:
    """"10. März 2026", "6. 12. 2026": a day before a month, not a numbered list item."""
    if not text[0].isdigit():
        return False
    rest = text[bullet.end():].split(None, 1)
    return bool(rest) and (rest[0].lower().rstrip(".,") in MONTH_WORDS
                           or _MONTH_AND_YEAR.match(text, bullet.end()) is not None)


def doubled(text: str) -> bool:
    """The line opens with the same words twice ("Title Title ..."): a teaser card."""
    if not 40 <= len(text) <= MAX_CARD_LINE:
        return False  # (a paragraph that says one thing over and over is no teaser)
    j = text.find(text[:20], 12, MAX_CARD_LINE // 2 + 20)
    return j > 0 and text.startswith(text[:j].rstrip(), j)


# a lower-case letter or a figure right before a capital opening a word: where a teaser's
# headline runs into its summary without a space ("...Student-AthleteA 24-year-old woman ...")
_GLUED = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z]*[ ,’'])")


def glued_teaser(text: str, settings: TextSettings = DEFAULT.extract.text) -> bool:
    """A teaser card whose headline runs into its summary with no space between (a site's menu
    of stories, its title and summary in two elements a tool printed as one line: "Customers
    Leave Without Paying $690 Bill At Troy SteakhouseA party of six left ..."): a headline of
    ``glued_title_words`` words or more, its long words all capitalised, glued to a run of
    ``glued_summary_words`` words or more, half of them lower-case (a sentence). A capital after
    three letters or fewer is inside a word ("MacBook", "YouTube"), and a line whose long words
    before the capital are not all capitalised opens with a sentence, not a headline."""
    if len(text) < settings.glued_min_chars:
        return False
    for match in _GLUED.finditer(text, 0, settings.glued_scan_chars):
        left = text[: match.start()].split()
        if len(left) < settings.glued_title_words or sum(ch.isalpha() for ch in left[-1]) < 4:
            continue
        long_words = [w for w in left if len(w) >= 4 and w[0].isalpha()]
        if len(long_words) < 3 or sum(w[0].isupper() for w in long_words) < 0.8 * len(long_words):
            return False  # (the line opens with a sentence, not a headline)
        right = text[match.start():].split()
        if len(right) < settings.glued_summary_words:
            return False
        return 2 * sum(w[0].islower() for w in right) >= len(right)
    return False


# (what a player's label holds beside its words: figures, times, percentages, a form's field)
_PLAYER_NOISE = re.compile(r"\[[^\]]*\]|-?\d+(?::\d+)*%?|, selected$")
_PLAYER_FIRST = frozenset(w[:4] for w in (*cues.PLAYER_CONTROLS, *cues.PLAYER_PREFIXES))
# a player's read-outs: a capture without one holds no player (one search in C spares the pass)
_PLAYER_HINTS = ("ullscreen", "urrent Time", "urrent time", "layback Rate", "layback rate")


def _player_line(text: str) -> int:
    """1: one of a video player's labels ("Play Video", "Current Time 0:00", "captions off,
    selected"); 0: a value in its menus ("1", "50%", "/"); -1: other text."""
    if text[:4].lower() not in _PLAYER_FIRST:
        return 0 if len(text) <= 6 and not any(ch.isalpha() for ch in text) else -1
    low = text.lower()
    if low.startswith(cues.PLAYER_PREFIXES):
        return 1
    rest = _PLAYER_NOISE.sub("", low).strip(" ,")
    return 1 if rest in cues.PLAYER_CONTROLS else (0 if not rest else -1)


def mark_player(lines: list[Line], content: str, settings: TextSettings = DEFAULT.extract.text) -> None:
    """A web video player's controls printed as text (its buttons, time read-outs and caption
    settings, a line each: ``player_labels`` labels or more, at most ``player_gap`` other lines in a
    row between them) are no text of the page: blank lines, which the article reads on across."""
    if not any(hint in content for hint in _PLAYER_HINTS):
        return
    first = last = -1
    labels = misses = 0

    def close() -> None:
        if labels >= settings.player_labels:
            for k in range(first, last + 1):
                line = lines[k]
                if line.kind != BLANK:
                    lines[k] = Line(line.index, "", 0, False, BLANK, 0, 0)

    for i, line in enumerate(lines):
        if line.kind == BLANK:
            continue
        kind = _player_line(line.text) if line.weight <= settings.player_line_max_weight else -1
        if kind > 0:
            if labels == 0:
                first = i
            labels, last, misses = labels + 1, i, 0
        elif kind < 0 and labels:
            misses += 1
            if misses > settings.player_gap:
                close()
                labels = misses = 0
    close()


def split_lines(content: str, settings: TextSettings = DEFAULT.extract.text, blank_free: bool = False) -> list[Line]:
    """Classify every line of the capture; blank lines are kept (they separate blocks).
    ``blank_free``: the capture had no blank lines of its own (they were put back)."""
    out: list[Line] = []
    append = out.append
    kind_of = Classifier(settings).kind
    prev_text = None
    dialogue = None  # whether the capture writes dash dialogue (read when a dashed sentence is met)
    for index, raw in enumerate(content.splitlines()):
        stripped = raw.strip()
        if not stripped:
            append(Line(index, "", 0, False, BLANK, 0, 0))
            continue
        if stripped[0] in _INVISIBLE or stripped[-1] in _INVISIBLE:
            stripped = stripped.strip(_INVISIBLE + " \t\u00a0")
            if not stripped:
                append(Line(index, "", 0, False, BLANK, 0, 0))
                continue
        indent = len(raw) - len(raw.lstrip()) if raw[0] in " \t\u00a0" else 0
        bullet = False
        first = stripped[0]
        if first in _BULLET_FIRST or first.isdigit():
            match = BULLET.match(stripped)
            if match and first == "–" and speech_line(stripped, settings.dash_speech_words):
                if dialogue is None:
                    dialogue = writes_dash_dialogue(content)  # once, at the first such line
                match = None if dialogue else match  # "– Vi har inget val, säger X.": speech, no bullet
            if match and len(stripped) > match.end() and not _starts_with_month(stripped, match):
                bullet = True
                stripped = stripped[match.end():].strip()
                second = BULLET.match(stripped)  # "• • LIVE"
                if second and len(stripped) > second.end() and not stripped[0].isdigit():
                    stripped = stripped[second.end():].strip()
                first = stripped[0]
        label = ""
        if first == "[" and not cues.IMAGE_PLACEHOLDER.match(stripped):
            stripped = _LEADING_IMAGES.sub("", stripped) or stripped
            if stripped[0] == "[" and (bare := _LEADING_LABELS.sub("", stripped)) and bare != stripped:
                label, stripped = stripped[: len(stripped) - len(bare)], bare
            first = stripped[0]
        if first in _RULE_FIRST and _RULE.match(stripped) and not any(ch.isalnum() for ch in stripped):
            append(Line(index, stripped, indent, bullet, RULE, 0, 0))
            continue
        if "   " in stripped:
            # cells a tool set apart with spaces (a table it could not lay out as columns): the
            # spaces between them are no text, and would make two menu items weigh as prose
            stripped = _CELL_SPACES.sub("  ", stripped)
        features = Features(stripped)
        weight = features.n if stripped.isascii() else weight_of(stripped)
        kind = kind_of(features)
        glued = False
        if kind == PROSE and (doubled(stripped) or (weight <= settings.teaser_max_weight and stripped.endswith(_CUT))
                              or (glued := glued_teaser(stripped, settings))):
            # a teaser's title shown twice (image alt text and link) joined into one line, a
            # teaser's text cut short ("Microsoft removes the safeguard hold for Windows..."), or
            # its headline run into its summary (no prose of the page's either)
            kind = SHORT
        stripped = label + stripped
        append(Line(index, stripped, indent, bullet, kind, weight, stripped.count(" ") + 1, stripped == prev_text,
                    teaser=glued))
        prev_text = stripped
    if may_hold_wide(content):  # (most captures hold no wide script: one pass in C tells)
        _wide_paragraphs(out, settings, blank_free)
    return out


def _wide_line(line: Line, s: TextSettings) -> bool:
    """A line of a wide script without spaces between words (Chinese, Japanese; a space may set
    clauses apart, Korean's between words make its tokens shorter) long enough for a clause."""
    return (line.kind in (SHORT, PROSE) and not line.bullet and line.weight >= s.wide_clause_weight
            and line.weight >= 2 * len(line.text) - s.wide_clause_weight and line.words * s.wide_clause_chars
            <= len(line.text))


def _wide_paragraphs(lines: list[Line], s: TextSettings, blank_free: bool = False) -> None:
    """Lines of a wide script broken after each clause (a blog's ``<br>``), two or more without a
    blank line between, are the lines of one paragraph: prose however short each is, when a
    paragraph of the same shape, or prose, is the next or the previous block (a list of links
    with long titles stands alone between menus and headings); the paragraph's cost is paid
    once, by its first line. In a capture without blank lines of its own, a long block is read
    as its runs of clauses (``_wide_runs``), and the clauses found are marked: no chunk of
    unended lines demotes them (body.py)."""
    blocks: list[tuple[int, int, bool, bool]] = []  # (first, end, every line a wide clause, prose alone)
    first = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].kind != BLANK:
            continue
        if i > first:
            block = lines[first:i]
            if blank_free and len(block) >= s.wide_run_lines and not all(_wide_line(x, s) for x in block):
                blocks.extend(_wide_runs(lines, first, i, s))
            else:
                blocks.append((first, i, len(block) >= 2 and all(_wide_line(x, s) for x in block), False))
        first = i + 1
    for k, (lo, hi, clauses, alone) in enumerate(blocks):
        if not clauses:
            continue
        near = [blocks[j] for j in (k - 1, k + 1) if 0 <= j < len(blocks)]
        if alone or any(c or any(x.kind == PROSE for x in lines[a:b]) for a, b, c, _ in near):
            for x in lines[lo:hi]:
                x.kind = PROSE
                x.runs_on = x.index > lo
                x.clause = blank_free


def _wide_runs(lines: list[Line], first: int, end: int, s: TextSettings) -> list[tuple[int, int, bool, bool]]:
    """A long block that is not all wide clauses (a capture without blank lines prints the
    header, the post and the sidebar as one block) as its parts: each run of
    ``wide_run_lines`` wide clauses or more in a row is a paragraph's lines, the rest apart.
    A run of ``wide_run_alone_lines`` or more inside such a block is prose without a paragraph
    beside it (a list of teasers' titles is shorter)."""
    out: list[tuple[int, int, bool, bool]] = []
    k = first
    while k < end:
        j = k
        while j < end and _wide_line(lines[j], s):
            j += 1
        if j - k >= s.wide_run_lines:
            out.append((k, j, True, j - k >= s.wide_run_alone_lines))
            k = j
            continue
        j = max(j, k + 1)
        while j < end and not _wide_line(lines[j], s):
            j += 1
        if out and not out[-1][2]:
            out[-1] = (out[-1][0], j, False, False)
        else:
            out.append((k, j, False, False))
        k = j
    return out
