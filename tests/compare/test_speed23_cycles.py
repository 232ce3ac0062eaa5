"""Finding quotations leaves no reference cycle behind (compare/quotes.py): what it builds is
freed by reference counting as soon as it is dropped, not by a later pass of the cyclic
collector over everything a comparison allocated. Hand-written texts; the quotations found
(and their links) are the same."""

from __future__ import annotations

import gc

from sidebyside.compare.quotes import find_quotes

# a quotation over paragraphs (its later opening mark lost), a nested one, a French incise, a title
TEXT = (
    'Tara Reid has entered a rehab program.\n\n"I didn\'t know it was going to ruin my career.\n\n'
    "I'm not just a party girl,\" Reid said.\n\n"
    '"He told me \'we will win\' and left," the coach said.\n\n'
    "« Nous allons gagner, a-t-il expliqué. Et nous le ferons vite. »\n\n"
    'She appeared on "Face the Nation" on Sunday.'
)


def _cyclic_garbage_of(build) -> tuple[object, int]:
    """What build() returns, and how many objects the cyclic collector then finds unreachable."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        result = build()
        return result, gc.collect()
    finally:
        if was_enabled:
            gc.enable()


def test_finding_quotes_leaves_no_cycle():
    quotes, garbage = _cyclic_garbage_of(lambda: find_quotes(TEXT))
    assert garbage == 0
    texts = [TEXT[q.start : q.end] for q in quotes]
    assert texts[:2] == ["I didn't know it was going to ruin my career.", "I'm not just a party girl"]
    assert quotes[0].utterance == quotes[1].utterance  # one quotation over two paragraphs
    nested = next(q for q in quotes if TEXT[q.start : q.end] == "we will win")
    assert quotes[nested.nested_in].start < nested.start  # inside the coach's quotation
    incise = [q for q in quotes if q.start > TEXT.index("«")]
    assert len(incise) == 2 and incise[0].utterance == incise[1].utterance  # cut around "a-t-il expliqué"


def test_a_title_in_quotation_marks_is_still_no_quotation():
    quotes, garbage = _cyclic_garbage_of(lambda: find_quotes('She appeared on "Face the Nation" on Sunday.'))
    assert garbage == 0
    assert quotes == []


def test_the_check_sees_a_cycle_when_there_is_one():
    class Node:
        pass

    def build():
        node = Node()
        node.me = node  # a cycle, dropped on return
        return None

    assert _cyclic_garbage_of(build)[1] > 0
