"""Each line's features in its context, computed once, for the learned line scorer (model.py).

A line by itself says little (a short line may be a subheading or a menu item); its neighbours,
the blank lines around it, where it stands in the page's prose and whether the rule-based body
run holds it say the rest. Every feature is a number in about [0, 1], computed in one pass over
the lines plus a few prefix sums, so a long capture costs a few microseconds a line.

FEATURES names the columns; ``line_features`` gives one row per non-blank line.
"""

from __future__ import annotations

import math
from bisect import bisect_left

from sidebyside.extract.text.kinds import (
    APPEAL, BLANK, COMMENTS, CREDIT, FURNITURE, IMAGE, META, PROMO, PROSE, RULE, SHORT,
)
from sidebyside.extract.text.lines import Line
from sidebyside.extract.text.shape import SENTENCE_END

KINDS = (PROSE, SHORT, META, CREDIT, IMAGE, FURNITURE, PROMO, APPEAL, COMMENTS, RULE)
_NEAR, _FAR = 3, 12  # neighbourhoods (non-blank lines either side) for the prose density

FEATURES: tuple[str, ...] = (
    *(f"kind={k}" for k in KINDS),
    "weight_log", "heavy", "words_log", "ends_sentence", "ends_colon", "bullet", "indent_more", "indent_less",
    "lower_share", "title_share", "digit_share", "repeated", "repeat_of_prev", "blank_before", "blank_after",
    "chunk_lines_log", "prev_prose", "next_prose", "prev_weight_log", "next_weight_log",
    "density_near", "density_far", "prose_before", "prose_after", "middle", "position",
    "in_run", "kept", "run_distance_log", "before_run", "after_comments",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


def _log(x: int, scale: float) -> float:
    return min(1.0, math.log1p(x) / scale)


def _shares(text: str) -> tuple[float, float, float]:
    """Share of words starting lower-case, of words starting upper-case, of characters that are digits."""
    words = text.split()
    lower = upper = 0
    for w in words:
        c = w[0]
        if c.islower():
            lower += 1
        elif c.isupper():
            upper += 1
    n = len(words) or 1
    digits = sum(1 for ch in text if ch.isdigit()) if any(ch.isdigit() for ch in text[:200]) else 0
    return lower / n, upper / n, min(1.0, digits / max(len(text), 1))


def line_features(lines: list[Line], run: tuple[int | None, int | None], kept: set[int]) -> list[tuple[int, list[float]]]:
    """(line index, feature row) for each non-blank line; ``run`` is the rule-based body run
    (first, last line) and ``kept`` the indices of the lines its blocks keep."""
    content = [ln for ln in lines if ln.kind != BLANK]
    n = len(content)
    if n == 0:
        return []
    first, last = run
    counts: dict[str, int] = {}
    for ln in content:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    indents = sorted(ln.indent for ln in content if ln.kind == PROSE)
    usual_indent = indents[len(indents) // 2] if indents else 0

    # prefix sums of prose weight and of all weight over the non-blank lines
    prose_w = [0] * (n + 1)
    all_w = [0] * (n + 1)
    for k, ln in enumerate(content):
        w = min(ln.weight, 1000)
        all_w[k + 1] = all_w[k] + w
        prose_w[k + 1] = prose_w[k] + (w if ln.kind == PROSE else 0)
    total_prose = prose_w[n] or 1

    # blank-separated chunks: the number of non-blank lines in each line's chunk
    chunk_of = [0] * n
    start_k, k = 0, 0
    blank_before = [False] * n
    blank_after = [False] * n
    prev_index = None
    for k, ln in enumerate(content):
        if prev_index is not None and ln.index - prev_index > 1:
            blank_before[k] = True
            blank_after[k - 1] = True
            for j in range(start_k, k):
                chunk_of[j] = k - start_k
            start_k = k
        prev_index = ln.index
    for j in range(start_k, n):
        chunk_of[j] = n - start_k
    if n:
        blank_before[0] = content[0].index > 0
        blank_after[-1] = True

    run_first_k = bisect_left([ln.index for ln in content], first) if first is not None else None
    run_last_k = (bisect_left([ln.index for ln in content], last + 1) - 1) if last is not None else None
    comments_seen = False
    rows: list[tuple[int, list[float]]] = []
    kinds = KINDS
    for k, ln in enumerate(content):
        text = ln.text
        row = [0.0] * len(FEATURES)
        if ln.kind in kinds:
            row[kinds.index(ln.kind)] = 1.0
        lower, upper, digits = _shares(text)
        prev_ln = content[k - 1] if k else None
        next_ln = content[k + 1] if k + 1 < n else None
        lo, hi = max(0, k - _NEAR), min(n, k + _NEAR + 1)
        near = (prose_w[hi] - prose_w[lo]) / ((all_w[hi] - all_w[lo]) or 1)
        lo, hi = max(0, k - _FAR), min(n, k + _FAR + 1)
        far = (prose_w[hi] - prose_w[lo]) / ((all_w[hi] - all_w[lo]) or 1)
        before = prose_w[k] / total_prose
        after = (prose_w[n] - prose_w[k + 1]) / total_prose
        if run_first_k is None:
            in_run, distance, before_run = 0.0, n, 0.0
        elif k < run_first_k:
            in_run, distance, before_run = 0.0, run_first_k - k, 1.0
        elif k > run_last_k:
            in_run, distance, before_run = 0.0, k - run_last_k, 0.0
        else:
            in_run, distance, before_run = 1.0, 0, 0.0
        if ln.kind == COMMENTS and before > 0.3:
            comments_seen = True
        row[10:] = (
            _log(ln.weight, 7.0), 1.0 if ln.weight >= 200 else 0.0, _log(ln.words, 5.0),
            1.0 if text.endswith(SENTENCE_END) else 0.0, 1.0 if text[-1] == ":" else 0.0,
            1.0 if ln.bullet else 0.0, 1.0 if ln.indent > usual_indent else 0.0,
            1.0 if ln.indent < usual_indent else 0.0,
            lower, upper, digits, 1.0 if counts[text] > 1 else 0.0, 1.0 if ln.repeat_of_prev else 0.0,
            1.0 if blank_before[k] else 0.0, 1.0 if blank_after[k] else 0.0,
            _log(chunk_of[k], 4.0),
            1.0 if prev_ln is not None and prev_ln.kind == PROSE else 0.0,
            1.0 if next_ln is not None and next_ln.kind == PROSE else 0.0,
            _log(prev_ln.weight, 7.0) if prev_ln is not None else 0.0,
            _log(next_ln.weight, 7.0) if next_ln is not None else 0.0,
            near, far, before, after, 4.0 * before * after, k / n,
            in_run, 1.0 if ln.index in kept else 0.0, _log(distance, 5.0), before_run,
            1.0 if comments_seen else 0.0,
        )
        rows.append((ln.index, row))
    return rows
