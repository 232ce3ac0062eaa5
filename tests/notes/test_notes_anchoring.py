"""Re-anchoring: a note finds its passage again after the article's text changed."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sidebyside.notes.anchoring import anchor, describe
from sidebyside.notes.fingerprint import fingerprint, normalise

TEXT = (Path(__file__).parents[1] / "data" / "notes" / "article_v1.txt").read_text(encoding="utf-8")
PASSAGE = "would spoil the view from the promenade and hurt the tourist trade"


def _note_on(text: str, passage: str):
    start = text.index(passage)
    return describe(text, start, start + len(passage)), start, start + len(passage)


def test_describe_keeps_32_characters_of_context():
    quote, start, end = _note_on(TEXT, PASSAGE)
    assert quote.exact == PASSAGE
    assert quote.prefix == TEXT[start - 32 : start] and len(quote.prefix) == 32
    assert quote.suffix == TEXT[end : end + 32] and len(quote.suffix) == 32


def test_unchanged_text_is_exact():
    quote, start, end = _note_on(TEXT, PASSAGE)
    assert anchor(TEXT, quote, start, end).kind == "exact"


def test_edit_before_the_passage_moves_it():
    quote, start, end = _note_on(TEXT, PASSAGE)
    edited = TEXT.replace("The town council voted", "After a long night, the town council finally voted")
    where = anchor(edited, quote, start, end)
    assert where.kind == "moved"
    assert edited[where.start : where.end] == PASSAGE
    assert where.start == start + len("After a long night, the town council finally voted") - len("The town council voted")


def test_moved_prefers_the_occurrence_with_matching_context():
    text = "alpha beta gamma. The wall is high. delta epsilon. The wall is high. zeta eta theta."
    start = text.rindex("The wall is high")
    quote = describe(text, start, start + len("The wall is high"))
    # Shift everything so neither occurrence is at the old offsets.
    shifted = "Preface. " + text
    where = anchor(shifted, quote, start, start + len("The wall is high"))
    assert where.kind == "moved"
    assert where.start == shifted.rindex("The wall is high")


def test_a_word_changed_inside_the_passage_is_fuzzy():
    quote, start, end = _note_on(TEXT, PASSAGE)
    edited = TEXT.replace("hurt the tourist trade", "damage the tourist trade")
    where = anchor(edited, quote, start, end)
    assert where.kind == "fuzzy"
    assert edited[where.start : where.end] == "would spoil the view from the promenade and damage the tourist trade"


def test_a_changed_first_word_and_a_shift_are_still_found_fuzzily():
    quote, start, end = _note_on(TEXT, PASSAGE)
    edited = ("Update: " + TEXT).replace("would spoil the view", "could spoil the view")
    where = anchor(edited, quote, start, end)
    assert where.kind == "fuzzy"
    assert edited[where.start : where.end] == "could spoil the view from the promenade and hurt the tourist trade"


def test_the_passage_removed_makes_an_orphan():
    quote, start, end = _note_on(TEXT, PASSAGE)
    paragraph_start = TEXT.rindex("\n\n", 0, start) + 2
    paragraph_end = TEXT.index("\n\n", end)
    edited = TEXT[:paragraph_start] + TEXT[paragraph_end + 2 :]
    where = anchor(edited, quote, start, end)
    assert (where.kind, where.start, where.end) == ("orphan", None, None)


def test_a_rewritten_passage_is_an_orphan_not_a_wrong_match():
    quote, start, end = _note_on(TEXT, PASSAGE)
    edited = TEXT.replace(PASSAGE, "might change how the seafront looks to visitors")
    assert anchor(edited, quote, start, end).kind == "orphan"


def test_short_quote_tolerates_one_changed_letter_only_with_its_context():
    text = "Kremlin spokesperson Dmitry Peskov told reporters earlier that the talks would go on."
    start = text.index("Peskov")
    quote = describe(text, start, start + 6)
    edited = text.replace("Peskov", "Peskow")
    where = anchor(edited, quote, start, start + 6)
    assert where.kind == "fuzzy" and edited[where.start : where.end] == "Peskow"
    unrelated = "Completely different words about a sea wall and a harbour, with Peskow nowhere near."
    assert anchor(unrelated, quote, start, start + 6).kind == "orphan"


def test_fingerprint_ignores_whitespace_and_unicode_composition():
    assert normalise("  a\n\n b\tc ") == "a b c"
    assert fingerprint("Erdog\u0306an  met\nAssad") == fingerprint("Erdo\u011fan met Assad")
    assert fingerprint("one text") != fingerprint("another text")


words = st.sampled_from("the sea wall council harbour vote market tide ferry, said. and of".split())
edits = st.lists(words, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(before=edits, after=edits)
def test_edits_outside_the_passage_never_lose_it(before, after):
    quote, start, end = _note_on(TEXT, PASSAGE)
    edited = before + " " + TEXT[: start - 40] + TEXT[start - 40 : end + 40] + " " + after + TEXT[end + 40 :]
    where = anchor(edited, quote, start, end)
    assert where.kind in ("exact", "moved")
    assert edited[where.start : where.end] == PASSAGE


def test_a_copy_elsewhere_without_its_context_loses_to_the_edited_original():
    phrase = "the minister said on Tuesday"
    text = ("Opening remarks were brief. " * 3 + f"Prices will rise, {phrase} in a statement to parliament. "
            + "Filler sentence about other matters. " * 20 + f"Unrelated story: {phrase}.")
    start = text.index(phrase)
    quote = describe(text, start, start + len(phrase))
    edited = text.replace(f"rise, {phrase}", "rise, the minister said on Wednesday", 1)
    where = anchor(edited, quote, start, start + len(phrase))
    assert where.kind == "fuzzy"
    assert edited[where.start : where.end] == "the minister said on Wednesday"
    # With its context intact the copy elsewhere is the passage, moved.
    moved_text = "New intro. " + text.replace(f"rise, {phrase}", "rise, later", 1)
    moved_text = moved_text.replace(f"Unrelated story: {phrase}.", f"rise, {phrase} in a statement to parliament.")
    where = anchor(moved_text, quote, start, start + len(phrase))
    assert where.kind == "moved" and moved_text[where.start : where.end] == phrase


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_anchoring_any_edit_never_fails_and_exact_kinds_are_exact(data):
    start = data.draw(st.integers(0, len(TEXT) - 2))
    end = data.draw(st.integers(start + 1, min(len(TEXT), start + 150)))
    quote = describe(TEXT, start, end)
    cut = data.draw(st.integers(0, len(TEXT)))
    cut_end = data.draw(st.integers(cut, min(len(TEXT), cut + 60)))
    insert = data.draw(st.text(max_size=30))
    edited = TEXT[:cut] + insert + TEXT[cut_end:]
    where = anchor(edited, quote, start, end)
    assert where.kind in ("exact", "moved", "fuzzy", "orphan")
    if where.kind == "orphan":
        assert where.start is None and where.end is None
    else:
        assert 0 <= where.start < where.end <= len(edited)
    if where.kind in ("exact", "moved"):
        assert edited[where.start : where.end] == quote.exact
    if cut_end <= start - 32 or cut >= end + 32:  # the edit left the passage and its context alone
        shift = len(insert) - (cut_end - cut) if cut < start else 0
        assert where.kind in ("exact", "moved") and where.start == start + shift
