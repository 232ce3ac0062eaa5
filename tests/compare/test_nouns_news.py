"""The common-noun lexicon as news uses it: things WordNet files under another first sense or
lacks ("the patch", "the flaw"), nouns that name one thing in a story, and plurals in -es."""

from __future__ import annotations

from sidebyside.compare.nouns import nouns


def test_news_nouns_for_things_are_things():
    lex = nouns()
    for word in ("patch", "update", "flaw", "vulnerability", "cables", "patches", "updates"):
        assert lex.kind(lex.lemma(word)) == "thing", word
    # negative: a noun of a person or of no thing keeps its kind
    assert lex.kind(lex.lemma("actress")) == "person"
    assert lex.kind(lex.lemma("statement")) != "thing"


def test_nouns_of_one_thing_in_a_story_are_related_and_others_not():
    lex = nouns()
    assert lex.related("patch", "update") and lex.related("flaw", "vulnerability")
    assert not lex.related("patch", "flaw")  # the fix is not the flaw it fixes
    assert lex.related("car", "vehicle")  # WordNet's links still hold


def test_a_plural_in_es_only_after_a_hissing_sound():
    lex = nouns()
    assert lex.lemma("lines") == "line"  # never the surname "Lin"
    assert lex.lemma("patches") == "patch" and lex.lemma("boxes") == "box" and lex.lemma("buses") == "bus"


def test_a_thing_described_with_two_news_nouns_is_one_chain():
    from sidebyside.compare.framing import analyse_framing

    from .helpers import article

    framing = analyse_framing(
        article("Microsoft released a patch for Internet Explorer on Wednesday. The patch fixes a flaw that "
                "attackers used. Microsoft urged users to install the patch."),
        article("Microsoft issued an emergency update for Internet Explorer on Wednesday. The update closes a "
                "vulnerability that attackers exploited. Users should install the update."),
    )
    things = [c for c in framing.label_contrasts if c.kind == "thing"]
    sides = [{m.text.lower() for m in c.a} | {m.text.lower() for m in c.b} for c in things]
    assert any("the patch" in s and "the update" in s for s in sides)
    # negative: the fix is never the flaw it fixes
    assert not any("the patch" in s and ("a vulnerability" in s or "a flaw" in s) for s in sides)
