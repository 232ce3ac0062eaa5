"""Only in one article, in a language that writes every noun with a capital (German): a capital
alone makes no name there. Read in the app: a German pair listed "Funktion", "Sicherheit",
"Version der Anwendung", "Kommen Sie", "Neues Leitmotto" as names only one article gives."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.distinctive import listed_function_words
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.only_in import _capitals_say_nothing

from .helpers import article

GRAMMAR = listed_function_words("de")

# Invented: a software update and a trade fair, two stories.
UPDATE_DE = (
    "Die Firma KlarSoft hat die Version 4.2 ihres Kalenders veröffentlicht. Die Funktion zum Teilen "
    "von Terminen wurde verbessert. Kommen Sie mit der Sicherheit der Daten zurecht? Die Zahl der "
    "Zusatzfelder wurde erhöht. Das Update gibt es im Mac App Store."
)
FAIR_DE = (
    "Neues Leitmotto. Die Messe öffnet in Berlin am Montag. Aussteller aus Norwegen zeigen ihre "
    "Technik. Viele Besucher erwartet Jonas Hellwig von der Messe GmbH."
)


def only_in(text_a: str, text_b: str, language: str | None) -> tuple[set[str], set[str]]:
    a = dataclasses.replace(article(text_a), language=language)
    b = dataclasses.replace(article(text_b), language=language)
    found = analyse_framing(a, b).only_in
    return {o.entity for o in found[0]}, {o.entity for o in found[1]}


def test_german_common_nouns_and_phrases_are_not_only_in():
    left, right = only_in(UPDATE_DE, FAIR_DE, "de")
    assert not left & {"Funktion", "Sicherheit", "Kommen Sie", "Zahl der Zusatzfelder", "Das Update"}, left
    assert not right & {"Neues Leitmotto", "Technik", "Viele Besucher", "Die Messe", "Aussteller", "Montag"}, right
    # negatives: what is written as a name, or placed, or a known given name, stays
    assert "Mac App Store" in left, left
    assert "Berlin" in right, right


def test_the_rule_is_for_noun_capitalising_languages_only():
    text_a = "The Update arrived. Kommen Sie was the slogan. Sicherheit was the brand of the lock maker."
    text_b = "The fair opened in Kornstadt. Visitors came."
    left, _ = only_in(text_a, text_b, "en")
    assert "Sicherheit" in left or "Kommen Sie" in left, left  # English: capitals mean names


def test_what_the_capital_does_not_settle():
    assert _capitals_say_nothing("Funktion", "other", GRAMMAR)
    assert _capitals_say_nothing("Version der Anwendung", "other", GRAMMAR)
    assert _capitals_say_nothing("Neues Leitmotto", "person", GRAMMAR)
    # negatives: a place, a name written as one, an acronym, a title's leading article, a person
    assert not _capitals_say_nothing("Köln", "place", GRAMMAR)
    assert not _capitals_say_nothing("AgileBits", "other", GRAMMAR)
    assert not _capitals_say_nothing("DMEXCO", "organisation", GRAMMAR)
    assert _capitals_say_nothing("Das Update", "other", GRAMMAR)
    assert not _capitals_say_nothing("Die Zeit", "organisation", GRAMMAR)
    assert not _capitals_say_nothing("Jonas Hellwig", "person", GRAMMAR)
