"""Word choices: where both articles tell one fact, the words each writes (compare/word_choices.py).
Invented stories; each rule with a negative."""

from __future__ import annotations

import json

import pytest

from sidebyside.compare import compare
from sidebyside.compare.distinctive import distinctive_terms
from sidebyside.model import Article, Source, comparison_to_json
from sidebyside.settings import LexicalSettings

FILLER = ("The river port of Delvora lies two hundred kilometres north of the capital. Farmers there grow "
          "barley and flax, and the town's market draws traders from the hills every week.")


def _article(text: str, outlet: str) -> Article:
    return Article(source=Source(path=f"{outlet}.txt", format="text"), title="Trouble in Delvora", outlet=outlet,
                   language="en", text=text)


def _choices(a_text: str, b_text: str):
    c = compare(_article(a_text, "Northern Post"), _article(b_text, "Valley Herald"))
    return c, [(w.a.text, w.b.text, w.kind) for w in c.framing.word_choices]


@pytest.fixture(scope="module")
def dock_pair():
    a = ("Armed rebels attacked the northern town of Delvora on Sunday, residents reported. " + FILLER +
         " The mayor, Ilse Varga, claimed the old bridge was safe for lorries. Twelve people were hurt in the "
         "fighting near the grain store. Ilse Varga told a crowd that \"the brave defenders\" would hold the square.")
    b = ("Armed militants attacked the northern town of Delvora on Sunday, residents reported. " + FILLER +
         " The mayor, Ilse Varga, said the old bridge was safe for lorries. Fifteen people were hurt in the "
         "fighting near the grain store. Ilse Varga told a crowd that \"the loyal defenders\" would hold the square.")
    return _choices(a, b)


def test_a_contested_label_and_a_colouring_verb_are_word_choices(dock_pair):
    c, found = dock_pair
    assert ("rebels", "militants", "contested label") in found
    assert ("claimed", "said", "reporting verb") in found
    # the offsets are each article's: they give the words themselves
    for w in c.framing.word_choices:
        assert c.articles[0].text[w.a.start : w.a.end] == w.a.text
        assert c.articles[1].text[w.b.start : w.b.end] == w.b.text
        assert w.pair[0].start <= w.a.start < w.a.end <= w.pair[0].end
        assert w.pair[1].start <= w.b.start < w.b.end <= w.pair[1].end


def test_numbers_and_quoted_words_are_no_word_choice(dock_pair):
    _, found = dock_pair
    words = {x for a, b, _ in found for x in (a, b)}
    assert not words & {"Twelve", "Fifteen"}  # a fact stated differently (the discrepancy cue's)
    assert not words & {"brave", "loyal"}  # inside the quotation: the speaker's words


def test_most_telling_first(dock_pair):
    c, _ = dock_pair
    telling = [w.telling for w in c.framing.word_choices]
    assert telling == sorted(telling, reverse=True)
    assert c.framing.word_choices[0].kind == "reporting verb"


def test_names_inflections_and_spellings_are_no_word_choice():
    a = ("Inspector Karl Brenner says the harbour crane fell on the jetty on Monday, the authority said. " + FILLER)
    b = ("Inspector Paul Brenner said the harbor crane fell on the jetty on Monday, the authority said. " + FILLER)
    _, found = _choices(a, b)
    assert found == []  # "Karl"/"Paul": two names; "says"/"said": one verb; "harbour"/"harbor": one word


def test_plain_reporting_verbs_are_house_style():
    a = ("The ferry captain, Otto Lind, said the engine had failed twice before the storm. " + FILLER)
    b = ("The ferry captain, Otto Lind, told the engine had failed twice before the storm. " + FILLER)
    _, found = _choices(a, b)
    assert found == []


def test_other_words_only_in_near_copies():
    """Words of no known kind are a choice only between near copies of one sentence; in two
    sentences of one fact told apart they may be a difference of fact."""
    copy_a = ("Workers at the Delvora mill walked out over unpaid wages, a local paper said. " + FILLER)
    copy_b = ("Workers at the Delvora mill downed tools over unpaid wages, a local paper said. " + FILLER)
    _, found = _choices(copy_a, copy_b)
    assert ("walked out", "downed tools", None) in found
    apart_a = "Police detained a driver near the Delvora mill after the crash on the ring road, officials said."
    apart_b = "Firefighters freed a driver near the Delvora mill once the ring road crash had been cleared."
    _, found = _choices(apart_a, apart_b)
    assert not any(a == "Police" or b == "Firefighters" for a, b, _ in found)


def test_word_choices_are_in_the_json(dock_pair):
    c, _ = dock_pair
    data = json.loads(json.dumps(comparison_to_json(c)))
    first = data["framing"]["word_choices"][0]
    assert set(first) == {"a", "b", "pair", "kind", "category", "telling", "count"}
    assert first["a"]["text"] == "claimed" and first["b"]["text"] == "said"
    assert len(first["pair"]) == 2 and set(first["pair"][0]) == {"start", "end"}


def test_a_word_both_write_is_not_distinctive():
    a = ("The council approved the reservoir plan. Engineers praised the reservoir. The reservoir "
         "will hold water for the valley. Critics called the reservoir costly. ") * 2
    b = ("The council backed a new dam. The dam will hold water. Farmers welcomed the dam, and "
         "one reservoir engineer spoke. ") * 2
    terms_a, terms_b = distinctive_terms(a, b, settings=LexicalSettings(distinctive_max_share=1.0, distinctive_max_topic_terms=5))
    assert "reservoir" not in {t.term for t in terms_a}  # B writes it too (twice)
    assert "dam" in {t.term for t in terms_b}  # A never does


def test_a_word_of_one_passage_is_not_distinctive():
    """Every use in one short passage: that passage's story, not the outlet's habit."""
    rest = ("The council met in the old hall. Members spoke about the budget and the roads. "
            "The mayor thanked them. ") * 6
    a = ("Engineers inspected the flooded pipelines, and the pipelines were shut by the floodgate. " + rest
         + "Later the floodgate opened. " + rest + "By night the floodgate held.")
    b = "The council met in the old hall. Members spoke about the budget and the roads. " * 4
    terms_a, _ = distinctive_terms(a, b, settings=LexicalSettings(distinctive_max_share=1.0, distinctive_max_terms=100,
                                                                  distinctive_max_topic_terms=100))
    listed = {t.term for t in terms_a}
    assert "pipelines" not in listed  # both uses in the first sentence
    assert "floodgate" in listed  # used across the text


def test_two_forms_of_one_irregular_verb_are_no_word_choice_but_two_verbs_are():
    """Forms are joined through the one table of irregular verbs: "sought" / "seeking" are one
    verb, while "fled" / "flew" (both irregular pasts of one first letter) are two."""
    from sidebyside.compare.word_choices import _forms_of_one

    assert _forms_of_one("sought", "seeking") and _forms_of_one("struck", "strikes")
    assert not _forms_of_one("fled", "flew") and not _forms_of_one("sought", "sold")
