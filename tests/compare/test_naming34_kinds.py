"""Kinds of nouns whose WordNet senses were never tagged (news_nouns.json things, appended):
the device or program news means, not the agent sense WordNet lists first."""

from __future__ import annotations

from sidebyside.compare.nouns import nouns


def test_untagged_device_nouns_are_things():
    lex = nouns()
    for noun in ("browser", "printer", "scanner", "router"):
        assert lex.kind(noun) == "thing", noun


def test_nouns_whose_person_sense_news_uses_stay_people():
    lex = nouns()
    for noun in ("trainer", "racer", "reformer", "server"):
        assert lex.kind(noun) == "person", noun
