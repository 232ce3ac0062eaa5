"""Big captures: which stretch of a capture too long to read line by line holds the article.

Past ``TextSettings.max_lines`` lines (a printed book, a log, a hostile file), each line gets a
cheap score from its length alone (a long line is likely prose, a short one a menu item, a
blank one nothing) and the maximum-sum run of those scores, summed over blocks of lines so the
search stays small, is the stretch read in full: ``max_lines`` lines around it.
"""

from __future__ import annotations

from itertools import accumulate, repeat

from sidebyside.settings import DEFAULT, TextSettings

BLOCKS = 50_000  # the search runs over at most this many blocks of lines
CAP = 4096  # (line lengths above this score as this: every one past 400 scores alike)


def densest_stretch(lines: list[str], settings: TextSettings = DEFAULT.extract.text) -> tuple[int, int]:
    """(first, end) line indices, end exclusive, of the ``max_lines`` lines to read."""
    n, size = len(lines), settings.max_lines
    if n <= size:
        return 0, n
    cost = settings.prose_cost
    short = dict(settings.line_costs)["short"]
    # each line's score looked up by its length, with every step in C (no Python per line)
    lengths = list(map(len, map(str.strip, lines)))
    top = min(max(lengths), CAP)
    table = [(min(k, 400) - cost) if k >= cost else (-short if k else 0) for k in range(top + 1)]
    if max(lengths) > CAP:
        lengths = list(map(min, lengths, repeat(CAP)))
    scores = list(map(table.__getitem__, lengths))
    step = -(-n // BLOCKS)
    # the blocks' sums: whole blocks as tuples of ``step`` scores, then the last, shorter one
    whole = n - n % step
    blocks = list(map(sum, zip(*[iter(scores[:whole])] * step)))
    if whole < n:
        blocks.append(sum(scores[whole:]))
    prefix = list(accumulate(blocks, initial=0))
    lows = list(accumulate(prefix, min))
    gains = [p - m for p, m in zip(prefix[1:], lows)]
    best = max(range(len(gains)), key=gains.__getitem__)
    first_block = prefix.index(lows[best], 0, best + 1)
    first, last = first_block * step, min(n, (best + 1) * step)
    if last - first >= size:
        return first, first + size
    spare = size - (last - first)
    start = max(0, first - spare // 2)
    return start, min(n, start + size)
