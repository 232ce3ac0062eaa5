"""Loaded words no lexicon grades (insults, asides, anti- labels, certainty and size words) are
listed, with their literal senses kept out by context."""

from __future__ import annotations

import pytest

from sidebyside.compare.loaded import find_loaded_terms


def shown(text):
    """The words the app paints by default: listed ones (no graded score)."""
    return [text[h.start : h.end] for h in find_loaded_terms(text) if h.score is None]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The bill is ineffective and self-defeating.", "ineffective"),
        ("Critics call the plan a mess.", "mess"),
        ("He is driven by ego.", "ego"),
        ("Unsurprisingly, the minister stayed silent.", "Unsurprisingly"),
        ("A victory for radical anti-Americanism.", "anti-Americanism"),
        ("The party's anti-business agenda alarmed investors.", "anti-business"),
        ("Accounts supporting the Antifa movement were found.", "Antifa"),
        ("The so-called Muslim ban was upheld.", "Muslim ban"),
        ("Activists accused him of killing babies.", "killing babies"),
        ("It was a desperate attempt to win publicity.", "desperate attempt"),
        ("The report contains a glaring error.", "glaring"),
        ("The speech was dehumanizing.", "dehumanizing"),
        ("The mayor tried to appease the protesters.", "appease"),
        ("The results were depressing.", "depressing"),
        ("Only a fool would believe it.", "fool"),
        ("The campaign was an epic failure.", "epic"),
        ("Voters abandoned the party in droves.", "in droves"),
        ("The waiting was excruciating.", "excruciating"),
        ("He blamed spin doctors and partisan hacks.", "spin doctors"),
        ("Its members sold their souls to the donors.", "sold their souls"),
    ],
)
def test_loaded_words_are_shown(text, word):
    assert word in shown(text), (text, shown(text))


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers ate in the mess hall.",
        "She wrote under an alter ego.",
        "The comet follows an eccentric orbit.",
        "Cheap imports are depressing wages.",
        "Drivers squinted into the glaring sun.",
        "They played at the craps table.",
        "The resident alien applied for a visa.",
        "Families were desperate for water.",
        "Homer wrote an epic poem.",
        "The patient was in excruciating pain.",
    ],
)
def test_literal_senses_are_not_shown(text):
    assert shown(text) == [], (text, shown(text))


def test_a_left_context_word_is_for_one_word_terms_only():
    """'resident alien' is a legal status; 'resident illegal aliens' is still the label."""
    assert shown("He promised care for resident illegal aliens.") == ["illegal aliens"]
    assert shown("He promised care for resident aliens.") == []
