"""A listed label of several words for followers also finds its doctrine, and the other way round
("white nationalist" -> "white nationalism", "cultural Marxism" -> "cultural Marxist"); the
doctrine alone is not made a label ("racism" names the topic)."""

from __future__ import annotations

from sidebyside.compare.loaded import _doctrine_twin, find_loaded_terms


def _shown(text: str) -> list[str]:
    return [text[t.start : t.end] for t in find_loaded_terms(text, scored=False)]


def test_the_doctrine_of_a_listed_label_is_found_whole():
    text = "The congressman was under fire for defending white nationalism on Monday."
    assert _shown(text) == ["white nationalism"]
    text = "He wrote that radical feminism had taken over the faculty."
    assert "radical feminism" in _shown(text)


def test_the_followers_of_a_listed_doctrine_are_found():
    text = "The author, a self-described crony capitalist, spoke on Monday."
    assert "crony capitalist" in _shown(text)


def test_only_labels_of_several_words_get_a_twin():
    assert _doctrine_twin("racist", "contested label") is None  # "racism" alone names the topic
    assert _doctrine_twin("white nationalist", "evaluative") is None
    assert _doctrine_twin("white nationalist", "contested label") == "white nationalism"
    assert _doctrine_twin("cultural Marxism", "contested label") == "cultural Marxist"


def test_plain_reporting_of_the_topic_is_untouched():
    text = "The study measured racism in hiring across five cities."
    assert "racism" not in _shown(text)
