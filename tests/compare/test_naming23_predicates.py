"""Participants joined through the event they take part in: the predicate-argument reading of a
sentence (naming.slots._slots: reduced passives, asides, event nouns' participants) and the
slots held over each article's whole body (slot_maps, whole_article_slots). Hand-written text,
negatives included: the attacker and the victim of one verb, a plural and a name, a body and
the government it belongs to, two cases of one verb told apart, a verb that tells nothing."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.framing import article_views
from sidebyside.compare.naming import ChainBuilder, _slots, vocabulary
from sidebyside.compare.termdata import lexicon
from sidebyside.settings import DEFAULT

from .helpers import article


def contrasts(text_a: str, text_b: str) -> list[tuple[set[str], set[str]]]:
    found = compare(article(text_a), article(text_b)).framing.label_contrasts
    return [({m.text for m in c.a}, {m.text for m in c.b}) for c in found]


def joined(text_a: str, text_b: str, label_a: str, label_b: str) -> bool:
    return any(label_a in a and label_b in b for a, b in contrasts(text_a, text_b))


def slots_of(text: str) -> dict[str, list[tuple[str, str]]]:
    view = article_views(article(text), article(text))[0]
    chains = ChainBuilder(lexicon(), EntityFinder(lexicon()), vocabulary(), DEFAULT.compare.naming).build(
        view, {}, frozenset())
    return {r.text: _slots(view, r, vocabulary(), 3) for r in chains.refs if r.field == "text"}


# ---------------------------------------------------------------- reading one sentence's slots

def test_a_participle_before_a_preposition_is_a_reduced_passive():
    found = slots_of("A 60-year-old woman charged with murder was released on Friday.")
    assert ("patient", "charg") in found["A 60-year-old woman"]
    assert ("agent", "charg") not in found["A 60-year-old woman"]


def test_an_intransitive_past_before_a_preposition_stays_the_subjects_act():
    found = slots_of("The gunman fled in a stolen car on Friday.")
    assert found["The gunman"] == [("agent", "fled")]


def test_an_aside_between_a_subject_and_its_verb_is_skipped():
    found = slots_of("On Friday the suspect, a 61-year-old man, entered the office with a rifle.")
    assert ("agent", "enter") in found["the suspect"]


def test_a_prepositions_object_is_no_subject():
    found = slots_of("The 35-year-old deputy and father to two boys died almost immediately.")
    assert found.get("two boys", []) == [] and found.get("boys", []) == []


def test_the_object_of_a_second_verb_holds_its_slot():
    found = slots_of("The accountant shot a receptionist and wounded a manager on Monday.")
    assert ("patient", "injur") in found["a manager"]


def test_an_adverb_is_skipped_never_read_as_the_verb():
    found = slots_of("The officers were constantly harassed by the gang.")
    assert found["The officers"] == [("patient", "harass")]


def test_an_event_nouns_participant_holds_its_verbs_slot():
    found = slots_of("Police questioned the shooting suspect on Friday. The victim of the robbery was a clerk.")
    assert ("agent", "shot") in found["the shooting suspect"]
    assert ("patient", "robb") in found["The victim"]


def test_the_participant_of_another_event_of_the_kind_holds_nothing():
    found = slots_of("Police questioned the suspect in a previous shooting on Friday.")
    assert found["the suspect"] == [("patient", "question")]  # questioned, nothing of the shooting
    found = slots_of("Police questioned the suspect in the shooting range on Friday.")
    assert found["the suspect"] == [("patient", "question")]  # a noun's modifier, no event


# ---------------------------------------------------------------- across the pair, whole articles

DAYTON_A = ("A fire tore through a warehouse in Dayton on Friday night, officials said. The roof collapsed "
            "within minutes. Hours later, firefighters rescued a 24-year-old man from the second floor.")
DAYTON_B = ("Dayton fire officials said on Saturday that the warehouse was a total loss. "
            "Mark Jones was rescued by a ladder crew, a spokesman said. The cause is under investigation.")


def test_a_description_and_a_name_holding_one_slot_anywhere_are_one_referent():
    # the two sentences tell it in other words (no aligned pair): the slot over the whole articles
    assert joined(DAYTON_A, DAYTON_B, "a 24-year-old man", "Mark Jones")


def test_the_whole_article_pass_can_be_turned_off():
    from sidebyside.compare.naming import slots
    seen = []
    original = slots.slot_maps

    def spy(*args, whole=False, **kwargs):
        seen.append(whole)
        return original(*args, whole=whole, **kwargs)

    slots.slot_maps = spy
    try:
        contrasts(DAYTON_A, DAYTON_B)
    finally:
        slots.slot_maps = original
    assert True in seen


def test_two_people_in_the_slot_join_nothing():
    b = DAYTON_B.replace("Mark Jones was rescued", "Mark Jones and Tom Smith were rescued")
    assert not joined(DAYTON_A, b, "a 24-year-old man", "Mark Jones")


def test_a_woman_is_no_man_of_the_same_slot():
    b = DAYTON_B.replace("Mark Jones", "Jane Jones")
    assert not joined(DAYTON_A, b, "a 24-year-old man", "Jane Jones")


def test_a_plural_is_no_named_person_of_the_same_slot():
    a = DAYTON_A.replace("a 24-year-old man", "teenagers")
    assert not joined(a, DAYTON_B, "teenagers", "Mark Jones")


def test_two_slots_told_apart_by_their_places_join_nothing():
    a = DAYTON_A.replace("from the second floor", "from a house in Cincinnati")
    b = DAYTON_B.replace("was rescued by a ladder crew", "was rescued by a ladder crew in Columbus")
    assert not joined(a, b, "a 24-year-old man", "Mark Jones")


def test_a_body_is_not_the_government_it_belongs_to():
    a = ("Critics said on Thursday that the change would hurt wildlife in Washington state. "
         "Late last month the Bush administration finalized a retroactive justification for it.")
    b = ("Environmental groups plan to sue over the new rule for polar bears, lawyers said on Friday. "
         "The department finalized the rule after a short comment period.")
    assert not joined(a, b, "the Bush administration", "The department")


def test_a_verb_that_tells_nothing_joins_nothing():
    a = ("The fight in Bern on Saturday ended in the sixth round. "
         "The referee gave the challenger a standing count before stopping the fight.")
    b = ("Wladimir Klitschko retained his titles in Bern on Saturday night. "
         "Thompson's southpaw style gave Klitschko some trouble early on.")
    assert not joined(a, b, "the challenger", "Klitschko")


# ---------------------------------------------------------------- the attacker and the victim

def test_the_two_participants_of_one_verb_never_join_in_one_article():
    a = ("Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday in Bern. "
         "The champion dropped Thompson with a right hand in the fifth. Thompson dropped to 36-3.")
    b = "Klitschko retained his titles on Saturday in Bern, stopping Thompson in the sixth round."
    assert not any("The champion" in side and "Thompson" in side for pair in contrasts(a, b) for side in pair)


def test_the_subject_does_the_event_of_its_adjunct_clause():
    found = slots_of("A 61-year-old man was charged with murder on Saturday after allegedly opening fire at a party.")
    assert ("agent", "shot") in found["A 61-year-old man"]  # "opened fire": one sense with "shot"


def test_an_adjunct_clause_with_its_own_subject_gives_the_main_subject_nothing():
    found = slots_of("A 61-year-old man was charged with murder on Saturday after police found a rifle in his car.")
    assert found["A 61-year-old man"] == [("patient", "charg")]


def test_a_relative_clause_after_a_comma_tells_what_was_done_to_its_noun():
    found = slots_of("Workers mourned the manager, who was gunned down at the office party.")
    assert ("patient", "shot") in found["the manager"]
