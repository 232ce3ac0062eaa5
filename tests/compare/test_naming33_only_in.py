"""Only-in items and label contrasts (framing._not_named_otherwise): an item is a naming
difference only when it is the contrasted referent (it holds a contrast mention's head), never
when it is another referent written inside that mention. Hand-written spans, with negatives."""

from __future__ import annotations

from sidebyside.compare.framing import _not_named_otherwise
from sidebyside.model import LabelContrast, Mention, OnlyIn, Span

A = "Crowds marched against the government in Ankara and the Turkish occupation of Afrin."


def _span(text: str, word: str) -> Span:
    start = A.index(word)
    return Span(start, start + len(word))


def _mention(phrase: str) -> Mention:
    start = A.index(phrase)
    return Mention(start, start + len(phrase), phrase)


CONTRASTS = [
    LabelContrast(entity="the government in Ankara", a=(_mention("the government in Ankara"),), b=()),
    LabelContrast(entity="the Turkish occupation", a=(_mention("the Turkish occupation of Afrin"),), b=()),
]


def _kept(*words: str) -> set[str]:
    items = tuple(OnlyIn(w, (_span(A, w),)) for w in words)
    return {o.entity for o in _not_named_otherwise((items, ()), CONTRASTS)[0]}


def test_the_head_of_a_contrast_mention_is_no_omission():
    assert _kept("occupation", "government") == set()


def test_a_name_after_the_head_is_another_referent_named_in_one_article_only():
    # "Ankara" of "the government in Ankara", "Afrin" of "the occupation of Afrin": the contrast
    # is about the government and the occupation; the other article names neither place
    assert _kept("Ankara", "Afrin") == {"Ankara", "Afrin"}


def test_a_modifier_before_the_head_is_kept_too():
    assert _kept("Turkish") == {"Turkish"}


def test_an_item_with_one_mention_holding_a_head_is_dropped():
    items = (OnlyIn("occupation", (Span(0, 6), _span(A, "occupation"))),)
    assert _not_named_otherwise((items, ()), CONTRASTS)[0] == ()


def test_a_possessive_owner_is_not_the_head():
    text = "Ankara's government"
    contrast = LabelContrast(entity=text, a=(Mention(0, len(text), text),), b=())
    items = (OnlyIn("Ankara", (Span(0, 6),)), OnlyIn("government", (Span(9, 19),)))
    kept = _not_named_otherwise((items, ()), [contrast])[0]
    assert [o.entity for o in kept] == ["Ankara"]
