"""Block quotations without quotation marks: a <blockquote> is quoted words by its markup.

A blockquote block that holds no quotation mark of its own becomes one quoted part (kind
"statement"). A blockquote line that opens with a dash ("— World Food Programme (@WFP) March
10") is the credit of the quotation above it, not a quotation: the name it gives is the speaker
of that quotation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Iterable

from sidebyside.compare.quotes import QuoteMarks
from sidebyside.model import Block, Span

_CREDIT = re.compile(r"[—–-]\s*(?P<name>[^\W\d_][^()@,\n]*?)\s*(?:\(|,|@|$)")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_credit(text: str, block: Block) -> bool:
    start, end = _trimmed(text, block.start, block.end)
    return _CREDIT.match(text, start, end) is not None


def add_block_quotes(text: str, marks: list[QuoteMarks], blocks: Iterable[Block]) -> tuple[list[QuoteMarks], dict[int, tuple[str, Span]]]:
    """marks with a part added for each unmarked blockquote block, indexes renumbered; and the
    speaker named by a credit line, by index of the quoted part it credits."""
    quotes = [b for b in blocks if b.kind == "blockquote"]
    if not quotes:
        return marks, {}
    spans = sorted((m.start, m.end) for m in marks)
    starts = [s for s, _ in spans]
    reach = []  # reach[k]: the furthest end among spans[:k + 1]
    for _, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)
    added: list[tuple[QuoteMarks, Block]] = []
    for i, block in enumerate(quotes):
        start, end = _trimmed(text, block.start, block.end)
        if end <= start or is_credit(text, block):
            continue
        k = bisect.bisect_left(starts, end) - 1
        if k >= 0 and reach[k] > start:
            continue  # the block quotes with marks of its own: those parts already stand
        if added and added[-1][0].end > start and added[-1][0].start < end:
            continue  # a blockquote inside a blockquote: the outer one stands
        credit = quotes[i + 1] if i + 1 < len(quotes) and is_credit(text, quotes[i + 1]) else None
        added.append((QuoteMarks(start, end, start, None, -1, None, "statement"), credit))
    if not added:
        return marks, {}
    old = [(m, None) for m in marks]
    merged = sorted(old + added, key=lambda item: (item[0].start, -item[0].end))
    new_index = {id(m): k for k, (m, _c) in enumerate(merged)}
    by_old = {i: m for i, m in enumerate(marks)}
    out: list[QuoteMarks] = []
    credits: dict[int, tuple[str, Span]] = {}
    for k, (m, credit) in enumerate(merged):
        if m.utterance < 0:  # a block quotation: an utterance of its own
            out.append(replace(m, utterance=k))
            if credit is not None:
                cs, ce = _trimmed(text, credit.start, credit.end)
                found = _CREDIT.match(text, cs, ce)
                name_start = found.start("name")
                credits[k] = (found.group("name"), Span(name_start, found.end("name")))
            continue
        nested = new_index[id(by_old[m.nested_in])] if m.nested_in is not None else None
        out.append(replace(m, utterance=new_index[id(by_old[m.utterance])], nested_in=nested))
    return out, credits
