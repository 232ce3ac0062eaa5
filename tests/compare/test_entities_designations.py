"""A model's or a type's designation ("AK-47", "F-16") is one name of a thing: reader31 found
"AK" of "AK-47" listed as an organisation only one article names."""

from sidebyside.compare import compare
from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize
from sidebyside.model import Article, Source


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.kind) for e in EntityFinder(lexicon()).find(text, tokenize(text))]


def test_letters_joined_to_a_number_are_one_designation():
    assert ("AK-47", "other") in _entities("The raiders carried AK-47 rifles when they boarded the tanker.")
    assert ("F-16", "other") in _entities("Two F-16 jets flew low over Dravik on Monday.")
    assert ("MH-17", "other") in _entities("The MH-17 crash killed everyone on board.")


def test_no_designation_without_a_number_or_with_a_long_word():
    found = _entities("Officials from the UN-backed council met at the Dravik-2 depot in Orlo.")
    assert ("UN", "organisation") in found  # a hyphen before a word, no number
    assert ("Dravik-2", "other") not in found  # a name of six letters is no model's letters


def test_a_rifle_is_no_organisation_only_one_article_names():
    def article(text: str, outlet: str) -> Article:
        return Article(source=Source(path=f"{outlet}.txt", format="text"), title="Pirates", outlet=outlet,
                       language="en", text=text)

    a = article("The navy foiled a pirate attack off the coast on Tuesday, officials said. The pirates carried "
                "AK-47 rifles and fired on the tanker before a warship arrived.", "North Post")
    b = article("The navy foiled a pirate attack off the coast on Tuesday. Sailors said the pirates fired on the "
                "tanker before the warship arrived. No one was hurt.", "South Herald")
    only = [(o.entity, o.kind) for side in compare(a, b).framing.only_in for o in side]
    assert ("AK", "organisation") not in only


def test_a_designation_written_with_a_space_only_before_a_made_thing():
    assert ("AK 47", "other") in _entities("Pirates fired seven AK 47 guns at the tanker.")
    assert ("FBI", "organisation") in _entities("Agents from the FBI 10 days ago raided the depot.")
    assert _entities("Call 877-LAPD-24-7 with tips.") == []  # inside a phone number: no name
