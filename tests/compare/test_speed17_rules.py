"""Rule code made cheaper must read as before: relative days, day labels, spellings, head words."""

from sidebyside.compare.entities import Entity
from sidebyside.compare.only_in import _bare_heads, stable_name
from sidebyside.compare.times import _read, find_times, time_label, time_vocabulary


def _relatives(text: str) -> list[int | None]:
    return [m.relative for m in find_times(text, "2024-03-14")]


def test_the_longest_relative_phrase_wins():
    mention = _read("yesterday morning", 0, time_vocabulary())
    assert mention is not None and mention.relative == -1
    assert _read("tomorrow", 0, time_vocabulary()).relative == 1


def test_a_relative_phrase_counts_only_as_whole_words():
    v = time_vocabulary()
    # "today" inside "todays" is no relative day (the plain substring test alone would say so)
    assert _read("todays Monday", 0, v).relative is None
    assert _read("Monday", 0, v).relative is None


def test_relative_days_resolve_in_running_text():
    found = find_times("The minister spoke yesterday. The vote is tomorrow.", "2024-03-14")
    assert [m.relative for m in found] == [-1, 1]
    assert [(m.month, m.day) for m in found] == [(3, 13), (3, 15)]


def test_time_label_drops_ordinal_endings_only_after_figures():
    assert time_label("on Nov. 12th") == "november 12"
    assert time_label("the 6th of June") == "june 6"
    assert time_label("on Tuesday") == "tuesday"  # no figure: no ending dropped
    assert time_label("the fourth of July") == "fourth of july"  # a word, not a figure: as written


def test_stable_name_of_one_spelling_and_of_several():
    assert stable_name(["Kiev"]) == "Kiev"
    assert stable_name(["WASHINGTON", "Washington"]) == "Washington"
    assert stable_name(["Kyiv", "Kiev", "Kiev"]) == "Kiev"


def _entity(key: str, kind: str, via: str = "name") -> Entity:
    text = key.title()
    return Entity(0, len(text), text, kind, key, text, via)


def test_a_bare_head_joins_the_one_longer_name_of_its_kind():
    own = [_entity("gulf", "place"), _entity("gulf", "place")]
    other = [_entity("persian gulf", "place")]
    assert _bare_heads(own, other) == {"gulf": "persian gulf"}


def test_a_name_that_is_no_head_word_stays_apart():
    own = [_entity("africa", "place")]
    other = [_entity("south africa", "place")]
    assert _bare_heads(own, other) == {}
