"""One way to do each thing: shipped JSON parsed once and handed out frozen, one title-case test
with one list of small words, one table of the states' short forms. Hand-written texts, each with
a negative."""

from __future__ import annotations

import json

import pytest

from sidebyside.compare import article_quotes
from sidebyside.compare.entities import find_entities
from sidebyside.compare.title_case import HEADLINE_WORDS, SMALL_WORDS, VERSUS, title_cased
from sidebyside.resources import read_resource_text, resource_json


def test_a_resource_is_parsed_once_and_handed_out_frozen():
    first = resource_json("terms/quantities.json")
    assert resource_json("terms/quantities.json") is first  # one parse for every reader
    thawed = json.loads(json.dumps(first, default=dict))  # (arrays as lists again)
    assert thawed == json.loads(read_resource_text("terms/quantities.json"))  # the same values
    with pytest.raises(TypeError):
        first["number_words"]["two"] = 3  # no reader can change what the others read
    assert isinstance(first["approximators"], tuple)
    with pytest.raises(AttributeError):
        first["approximators"].append("roughly")


def test_title_case_counts_the_words_title_case_capitalises():
    def words(text: str) -> list[tuple[str, bool]]:
        return [(w.lower() if not w[0].isupper() else w, w[0].isupper()) for w in text.split()]

    assert title_cased(words("Video Shows Dramatic Rescue of Kidnapped Girl"), 3)
    assert not title_cased(words("Drivers for DoorDash and the Things app met"), 3)  # "app", "met": prose
    assert not title_cased(words("The Only Democrat"), 4)  # too few words to tell
    # a share below one tolerates a word in lower case ("Crazy, yes Yes Sure Fine": 4 of 5)
    assert title_cased(words("Crazy yes Yes Sure Fine"), 3, share=0.8)
    assert not title_cased(words("Crazy yes no Sure Fine"), 3, share=0.8)
    # with no small words, "with" counts against the title
    assert not title_cased(words("Dogs with Cats"), 3, small=frozenset())
    assert title_cased(words("Dogs with Cats Fight"), 3)


def test_one_list_of_small_words_with_its_extra_sets():
    assert {"a", "the", "of", "with", "into"} <= SMALL_WORDS
    assert "over" not in SMALL_WORDS and "over" in HEADLINE_WORDS  # only the only-in test leaves it out
    assert VERSUS == {"v", "vs"}


def test_a_quotation_in_title_case_is_no_speech_and_a_sentence_is():
    chant = 'Workers chanted, "Save our port," as hundreds of them lined the gates, and then, "{}"'
    slogan = article_quotes(chant.format("Fewer Cranes for Profit, More Jobs for Workers."))
    assert [q.speaker for q in slogan] == ["Workers", None]  # a slogan's words: no one's speech
    said = article_quotes(chant.format("Fewer cranes for profit, more jobs for workers."))
    assert [q.speaker for q in said] == ["Workers", "Workers"]


@pytest.mark.parametrize(("text", "town"), [
    ("The crash happened near Tacoma, WA on Friday.", "Tacoma"),  # a postal code
    ("The crash happened near Springfield, Mo. on Friday.", "Springfield, Mo"),  # a news abbreviation
])
def test_a_state_written_short_after_a_town_is_read_from_one_table(text, town):
    found = {e.text: e.kind for e in find_entities(text)}
    assert found.get(town) == "place", found
    assert "WA" not in found and "Mo" not in found


def test_a_short_form_in_no_row_of_the_table_is_no_state():
    found = {e.text: e.kind for e in find_entities("The crash happened near Tacoma, QX on Friday.")}
    assert "QX" in found  # no state's code: a name of its own
    found = {e.text for e in find_entities("The crash happened near Juneau, Alas. on Friday.")}
    assert "Juneau, Alas" not in found  # news style writes Alaska in full: no abbreviation in the table
