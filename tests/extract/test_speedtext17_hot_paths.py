"""The text family's hot paths, rewritten for speed, read lines as before: each test states the
behaviour with hand-written lines, and where the old form was one expression, checks the new
one against it."""

from __future__ import annotations

import dataclasses
import re
import sys
from itertools import accumulate

import pytest

from sidebyside.extract.text import body
from sidebyside.extract.text.body import _code_mark, data_table_at, without_toggle
from sidebyside.extract.text.forms import with_blocks
from sidebyside.extract.text.kinds import APPEAL, FURNITURE, PROMO
from sidebyside.extract.text.lines import split_lines
from sidebyside.extract.text.rules import classify
from sidebyside.extract.wide import may_hold_wide
from sidebyside.extract.text.window import densest_stretch
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text


# --------------------------------------------------------------------------- "more" / "less" toggles

@pytest.mark.parametrize("text, expected", [
    ("The mayor opens the new bridge ... more", "The mayor opens the new bridge"),
    ("The mayor opens the new bridge… Less", "The mayor opens the new bridge"),
    ("The mayor opens the new bridge ...", "The mayor opens the new bridge"),
    ("The mayor opens the new bridge.", "The mayor opens the new bridge."),
    ("Furthermore", "Furthermore"),  # no word boundary before "more": a word, not a toggle
    ("She wanted more", "She wanted"),
    ("Tickets are sold out", "Tickets are sold out"),
    ("less", ""),
])
def test_a_toggle_at_the_end_is_taken_off(text, expected):
    assert without_toggle(text) == expected


def test_toggles_are_read_as_the_full_search_reads_them():
    toggle = body._TOGGLE
    pieces = ["Caption", " ", "\u00a0", ".", "...", "…", "more", "MORE", "less", "leſs", "X", "Xmore", "s", "e"]
    cases = [a + b + c for a in pieces for b in pieces for c in pieces]
    cases += ["A line with a break\nmore", "Line\n", ""]
    for text in cases:
        assert without_toggle(text) == toggle.sub("", text), text


def test_the_toggle_characters_are_the_ones_the_pattern_may_match():
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    letters = {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch("(?i)[morels]", chr(c))}
    assert set(body._TOGGLE_CHARS) == spaces | letters | {".", "…"}


# --------------------------------------------------------------------------- wide characters

@pytest.mark.parametrize("text, wide", [
    ("plain ASCII text", False),
    ("café crème, Straße", False),  # Latin-1
    ("Привет, мир", False),  # Cyrillic
    ("مرحبا بالعالم", False),
    ("中文新闻", True),
    ("한국어 뉴스", True),
    ("\u1100\u1161", True),  # Hangul Jamo
    ("an emoji \U0001F600", True),  # (above U+2E80: read further, as before)
])
def test_may_hold_wide(text, wide):
    assert may_hold_wide(text) is wide


# --------------------------------------------------------------------------- big captures

def _reference_stretch(lines, settings):
    """densest_stretch as one Python expression per line (the form it replaced)."""
    n, size = len(lines), settings.max_lines
    if n <= size:
        return 0, n
    cost, short = settings.prose_cost, dict(settings.line_costs)["short"]
    scores = [(min(k, 400) - cost) if k >= cost else (-short if k else 0) for k in map(len, map(str.strip, lines))]
    step = -(-n // 50_000)
    blocks = [sum(scores[i: i + step]) for i in range(0, n, step)]
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


def test_the_densest_stretch_holds_the_prose():
    settings = dataclasses.replace(S, max_lines=50)
    menu = ["Home", "World", "", "Sport", "  Login  "] * 40
    prose = ["  The council approved the budget after a long debate over the new bridge and its cost.  ", ""] * 10
    lines = menu + prose + menu
    first, end = densest_stretch(lines, settings)
    assert first <= len(menu) and end >= len(menu) + len(prose) - 1
    assert (first, end) == _reference_stretch(lines, settings)


def test_the_densest_stretch_counts_huge_lines_as_before():
    settings = dataclasses.replace(S, max_lines=7)
    lines = ["x" * k for k in (0, 3, 39, 40, 41, 399, 400, 401, 5000, 100_000)] * 11 + ["short"] * 5
    assert densest_stretch(lines, settings) == _reference_stretch(lines, settings)
    many = [" " * (i % 3) + "y" * ((i * 37) % 450) for i in range(123_457)]  # blocks of three lines, a shorter last one
    assert densest_stretch(many, dataclasses.replace(S, max_lines=999)) == _reference_stretch(
        many, dataclasses.replace(S, max_lines=999))


# --------------------------------------------------------------------------- tables, code, rules

def _lines(text):
    return split_lines(text, S)


def test_a_table_of_data_is_told_by_its_shared_separator():
    table = _lines("The tour dates:\n\nJune 9 – Tampa\nJune 10 – Miami\nJune 12 – Atlanta\nJune 14 – Dallas\n\nMore text.")
    assert data_table_at(table, 2, S) == 6
    # rows with figures but no separator they all share: no table, told at the second row
    rows = _lines("\n\nJune 9 – Tampa\nJune 10 | Miami\nJune 12 @ Atlanta\nJune 14 – Dallas\n\nMore text.")
    assert data_table_at(rows, 2, S) == 2


@pytest.mark.parametrize("text, code", [
    ("f(x)", True), ("x = 1", True), ("print x", True), ("<div>", True),
    ("Hello world", False), ("The budget, approved", False), ("Élan vital", False),
])
def test_a_line_that_shows_code(text, code):
    assert _code_mark(text) is code


def test_rules_are_tried_up_to_their_length_limits():
    assert classify("Related stories") == PROMO
    assert classify("Privacy Policy") == FURNITURE
    appeal = "Support our journalism: subscribe today and become a member to help us keep reporting."
    assert classify(appeal) == APPEAL
    assert classify("Related stories " + "x" * S.cue_max_chars) != PROMO  # past the cue rules' limit
    assert classify(appeal + " word" * S.footer_max_chars) != APPEAL


def test_blank_lines_go_back_around_list_items_and_paragraphs():
    paragraph = "The council approved the budget after a long debate over the new bridge and its cost to the town."
    lines = ["Menu", "Home", "• First item", "• Second item", paragraph, "3. A numbered item", "2024 was a year", "Other"] * 3
    text = with_blocks("\n".join(lines), S.few_blanks_share, S.few_blanks_min_lines, S.prose_min_weight)
    out = text.split("\n")
    at = out.index("• First item")
    assert out[at - 1] == "" and out[at + 1] == "• Second item"  # the items stay together
    assert out[out.index(paragraph) - 1] == "" and out[out.index(paragraph) + 1] == ""
    assert out[out.index("2024 was a year") - 1] == ""  # a digit opening no list item


@pytest.mark.parametrize("text, kind", [
    ("pos=LREC&id=yom-ad%253Cstyle%253Edisplay%253Anone%253C%252Fstyle", "short"),  # code, not words
    ("It rained.", "short"),  # too short for prose
    ("The council approved the new budget on Monday.", "prose"),
    ("© 2024 The Harbour Courier. All rights reserved.", "furniture"),
])
def test_rules_bounded_below_still_hold_above_their_bound(text, kind):
    assert classify(text) == kind


def test_a_line_tries_only_the_rules_its_length_allows():
    from sidebyside.extract.text.rules import Classifier, _not_words, _too_short_for_prose

    classifier = Classifier(S)
    band = classifier._bounds.index(next(b for b in classifier._bounds if b >= 10))
    tried = [test for _, test in classifier._rules[0][band]]
    assert _too_short_for_prose in tried and _not_words not in tried  # (a 10-character line)
    band = classifier._bounds.index(next(b for b in classifier._bounds if b >= S.short_prose_weight))
    tried = [test for _, test in classifier._rules[0][band]]
    assert _not_words in tried and _too_short_for_prose not in tried


@pytest.mark.parametrize("raw, may", [
    (b"<p>plain page, tabs\tand\r\nbreaks</p>", False),
    ("<p>caf\u00e9 \u2014 \u4e2d\u6587</p>".encode(), False),
    (b"<p>a stray NUL\x00 here</p>", True),
    (b"<p>an escape\x1b[0m</p>", True),
    (b"<p>a form feed\x0c</p>", False),  # (white space, kept)
    ("<p>\ufffe</p>".encode(), True),
])
def test_the_byte_check_before_removing_non_text(raw, may):
    from sidebyside.capture.html import _may_hold_non_text

    assert _may_hold_non_text(raw, "utf-8") is may
