"""A name's words read one way for only-in names and the naming analysis (entities.name_words),
and a device's parts that its more general noun does not name (news_nouns.json parts).
Hand-written examples, negatives included."""

from __future__ import annotations

from sidebyside.compare.entities import name_words, one_to_one, worded_alike
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.nouns import nouns

from .helpers import article


def test_name_words_drop_links_particles_and_initials():
    assert name_words("bureau of water and roads") == {"bureau", "water", "roads"}
    assert name_words("commission for elections in tarvia") == {"commission", "elections", "tarvia"}
    assert name_words("j marlow jr") == {"marlow", "jr"}  # an initial goes, a generation stays


def test_name_words_through_a_normaliser():
    assert name_words("ministry of roads", lambda w: w.rstrip("s")) == {"ministry", "road"}


def test_worded_alike_same_words_or_one_holding_the_other():
    assert worded_alike(frozenset({"harbour", "board"}), frozenset({"board", "harbour"}))
    assert worded_alike(frozenset({"harbour", "board"}), frozenset({"harbour", "board", "velmont"}))


def test_worded_alike_needs_two_shared_words_and_no_word_of_its_own_each():
    assert not worded_alike(frozenset({"board"}), frozenset({"harbour", "board"}))
    assert not worded_alike(frozenset({"harbour", "board", "east"}), frozenset({"harbour", "board", "west"}))


def test_one_to_one_drops_a_target_two_keys_claim():
    proposed = {"central bank": "velmont central bank", "tarvian central bank": "velmont central bank", "port": "port authority"}
    assert one_to_one(proposed) == {"port": "port authority"}


def test_a_part_is_not_named_by_its_whole():
    lex = nouns()
    assert not lex.related("device", "battery")
    assert not lex.related("battery", "device")
    assert not lex.related("machine", "engine")


def test_a_part_keeps_its_own_noun_and_the_whole_its_kinds():
    lex = nouns()
    assert lex.related("battery", "battery")
    assert lex.related("device", "gadget")  # (not a part: still a device)


PHONE_A = ("Orlen Mobile will sell the Kestra Fold phone next month. The device folds in half and "
           "costs $400. Orlen said the device would reach stores in March.")
PHONE_B = ("The Kestra Fold, which Orlen Mobile sells from March, has a 2100 mAh battery and a "
           "six-inch screen. Orlen said it would cost $400.")


def test_the_device_is_not_the_other_articles_battery():
    found = analyse_framing(article(PHONE_A), article(PHONE_B)).label_contrasts
    for c in found:
        a, b = {m.text for m in c.a}, {m.text for m in c.b}
        assert not (any("device" in x for x in a | b) and any("battery" in x for x in a | b))
