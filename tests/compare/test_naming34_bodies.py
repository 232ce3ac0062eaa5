"""The body in charge told by its speakers (naming.json body_speakers) and a plural with a
body's sense of its own ("the authorities"). Hand-written text, with negatives."""

from __future__ import annotations

from .helpers import naming_chains, naming_contrasts


def _chains(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in naming_chains(text)[2].refs:
        out.setdefault(r.chain, []).append(r.text)
    return out


def test_the_authorities_are_a_body_candidate():
    found = _chains("Authorities said the fire was set. According to authorities, the road was closed.")
    assert ["Authorities", "authorities"] in found.values()


def test_a_plural_sense_of_a_thing_is_not_taken():
    # "arms" (weapons) is a sense of the plural only, but of a thing: left to the singular's
    assert not any("small arms" in t for texts in _chains("Their small arms were seized on Friday.").values()
                   for t in texts)


def test_officials_and_authorities_across_are_one_referent():
    found = naming_contrasts("Heavy floods hit the north on Monday. Officials said 40 people had died.",
                             "Heavy floods hit the north on Monday. Authorities said 40 people had died.")
    c = next(iter(found.values()))
    assert {m.text for m in c.a} == {"Officials"} and {m.text for m in c.b} == {"Authorities"}


def test_speakers_are_not_joined_when_an_article_tells_both():
    found = naming_contrasts(
        "Heavy floods hit the north on Monday. Officials said 40 people had died. Authorities said roads were shut.",
        "Heavy floods hit the north on Monday. Authorities said 40 people had died.")
    assert not any("Officials" in {m.text for m in c.a} for c in found.values())


def test_speakers_told_by_their_country_are_not_joined():
    found = naming_contrasts("Heavy floods hit the north on Monday. Russian officials said 40 people had died.",
                             "Heavy floods hit the north on Monday. Authorities said 40 people had died.")
    assert not any("Authorities" in {m.text for m in c.b} for c in found.values())


def test_a_body_told_by_its_chiefs_and_a_word_of_its_name_is_the_body():
    found = naming_contrasts(
        "The ship ran aground on Saturday, the Coastguard Agency of Veland said. The agency sent two tugs.",
        "The ship ran aground on Saturday. Coastguard chiefs said no fuel had leaked.")
    c = found["Coastguard Agency of Veland"]
    assert {m.text for m in c.b} == {"Coastguard chiefs"}


def test_chiefs_of_a_word_no_name_holds_join_nothing():
    found = naming_contrasts(
        "The ship ran aground on Saturday, the Marine Accident Board said.",
        "The ship ran aground on Saturday. Crash investigators are probing it. Transport chiefs said more.")
    assert not any("Transport chiefs" in {m.text for m in c.b} for c in found.values())


def test_a_kind_of_body_in_lower_case_is_not_the_one_named():
    # "police chiefs", "bank officials": no word of a name, only a kind of body
    found = naming_contrasts(
        "The Marfin Investment Bank branch was set on fire on Wednesday.",
        "A bank branch was set on fire on Wednesday, bank officials said.")
    assert not any("bank officials" in {m.text for m in c.b} for c in found.values())


def test_officials_of_a_one_word_organisation_are_it_but_never_a_persons():
    found = naming_contrasts("CNN reporter Sanjay Gupta was approached on Monday, CNN officials confirmed Tuesday.",
                             "CNN said on Tuesday that Sanjay Gupta had been approached.")
    assert "CNN officials" in {m.text for m in found["CNN"].a}
    found = naming_contrasts("Obama met Gupta on Monday, Obama officials said on Tuesday.",
                             "Obama met Gupta on Monday, the White House said.")
    assert not any("Obama officials" in {m.text for m in c.a} for c in found.values())
