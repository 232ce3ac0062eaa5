"""Descriptions opened by a possessor ("Turkey's president", "the man's killer") and role nouns
followed by a past tense that is also a noun ("the gunman shot"): candidate mentions, with the
chain their possessor tells. Hand-written texts, negatives included."""

from __future__ import annotations

from sidebyside.compare.framing import article_views, referents

from .helpers import article


def mentions(text):
    """The body mentions (text -> chain) of an article compared with itself."""
    a, b = article(text), article(text)
    return {r.text: r.chain for r in referents(a, b, article_views(a, b)).chains[0].refs if r.field == "text"}


def test_a_past_tense_after_a_role_noun_is_its_verb():
    found = mentions("The gunman shot three people. The victim spoke to police. The blast hit the town.")
    assert found["The gunman"] == "role:gunman"
    assert found["The victim"] == "role:victim"
    assert found["The blast"] == "event:explosion"
    assert not any("spoke" in t or "shot" in t for t in found)


def test_a_participle_after_a_role_noun_opens_a_clause():
    # naming46: "accused of" after a person's noun is a reduced relative clause ("the teen [who
    # is] accused of the shooting"): the teen heads the description, which ends there (it was
    # "The teen accused", and "A former Ashworth city councillor accused" for a longer one)
    found = mentions("The teen accused of shooting the girl appeared in court.")
    assert found.get("The teen") == "role:teen"
    assert not any("accused" in t for t in found)
    # "the accused" alone is the participle's role
    found = mentions("The accused appeared in court. Police said the court heard the accused was calm.")
    assert "The accused" in found


def test_a_named_possessor_opens_a_description():
    found = mentions("Turkey's president spoke on Monday in Ankara.")
    assert found["Turkey's president"].startswith("role:president")


def test_a_described_possessor_opens_a_description_of_its_own():
    found = mentions("The victim's mother cried. The man's killer was jailed.")
    assert found["The victim's mother"] != found["The victim"]
    assert found["The victim's mother"].endswith(":of:role:victim")
    assert found["The man's killer"].endswith(":of:role:man")


def test_a_possessor_before_a_longer_phrase_makes_no_fragment():
    found = mentions("In 2002 she became president of Alabama's state medical association.")
    assert "Alabama's state" not in found


def test_people_nouns_the_noun_lexicon_leaves_out_head_descriptions():
    found = mentions("He paid the Watergate conspirators. Police said the arsonist fled.")
    assert found["the Watergate conspirators"].startswith("role:conspirator:plural")
    assert found["the arsonist"] == "role:arsonist"



def test_a_people_noun_modifying_another_is_no_person():
    found = mentions("They crossed the pedestrian bridge on Monday.")
    assert not any(chain.startswith("role:pedestrian") for chain in found.values())


def test_a_possessor_cut_from_a_longer_name_opens_nothing():
    # the finder reads "BBC" and "One" apart: "One's hit sci-fi drama" would be a fragment
    found = mentions("Capaldi replaces Matt Smith on BBC One's hit sci-fi drama.")
    assert not any(t.startswith("One's") for t in found)


def test_an_event_noun_before_a_role_noun_names_no_one_else():
    found = mentions("John Smith was arrested on Monday. Police said the shooting suspect fled.")
    assert found["the shooting suspect"] == found["John Smith"]
