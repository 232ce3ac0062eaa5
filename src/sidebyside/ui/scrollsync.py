"""Piecewise-linear mapping between two panes' positions through matched anchor pairs.

Like Meld: between two consecutive matched regions, a position in A maps proportionally onto
the corresponding stretch of B, so panes of different lengths stay aligned on what they share.
"""

from __future__ import annotations

from bisect import bisect_right


def monotonic_anchors(pairs: list[tuple[float, float]], end_a: float, end_b: float) -> list[tuple[float, float]]:
    """(0,0), the longest chain of pairs increasing in both coordinates, (end_a,end_b).

    Crossing links (A's order differs from B's) would fold the mapping back on itself; keeping
    the longest increasing chain gives the most anchors that still make a monotonic map.
    """
    pts = sorted({(a, b) for a, b in pairs if 0 < a < end_a and 0 < b < end_b})
    # Longest strictly increasing subsequence on b (patience sorting with back-pointers).
    tails: list[int] = []
    tail_b: list[float] = []
    prev = [-1] * len(pts)
    for i, (a, b) in enumerate(pts):
        k = _bisect_left_strict(tail_b, b)
        if k and pts[tails[k - 1]][0] >= a:
            continue  # equal a: not strictly increasing in A
        if k == len(tails):
            tails.append(i)
            tail_b.append(b)
        elif b < tail_b[k]:
            tails[k] = i
            tail_b[k] = b
        else:
            continue
        prev[i] = tails[k - 1] if k else -1
    chain: list[tuple[float, float]] = []
    i = tails[-1] if tails else -1
    while i != -1:
        chain.append(pts[i])
        i = prev[i]
    chain.reverse()
    return [(0.0, 0.0), *chain, (float(end_a), float(end_b))]


def _bisect_left_strict(values: list[float], x: float) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def map_position(anchors: list[tuple[float, float]], y: float, reverse: bool = False) -> float:
    """Map a position of A onto B (or B onto A with reverse=True) through the anchors."""
    pts = [(b, a) for a, b in anchors] if reverse else anchors
    xs = [p[0] for p in pts]
    if y <= xs[0]:
        return pts[0][1] + (y - xs[0])
    if y >= xs[-1]:
        return pts[-1][1] + (y - xs[-1])
    i = bisect_right(xs, y) - 1
    (x0, y0), (x1, y1) = pts[i], pts[i + 1]
    if x1 == x0:
        return y0
    return y0 + (y - x0) * (y1 - y0) / (x1 - x0)
