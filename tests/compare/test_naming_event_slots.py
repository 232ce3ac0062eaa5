"""Two chains that hold the same slot of the same event verb in sentences the pair aligns are
one referent (naming.slot_maps): "a man was killed" / "the motorist was killed". Hand-written
pairs, negatives included: two victims of one event, two names, a name given another role."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.framing import article_views
from sidebyside.compare.naming import ChainBuilder, _slots, vocabulary
from sidebyside.compare.termdata import lexicon
from sidebyside.settings import DEFAULT

from .helpers import article

CRASH_B = ("The motorist was killed on Sunday after the car struck a tree on Route 9 outside Springfield. "
           "Police closed the road for three hours while they investigated the crash.")


def contrasts(text_a: str, text_b: str) -> list[tuple[set[str], set[str]]]:
    found = compare(article(text_a), article(text_b)).framing.label_contrasts
    return [({m.text for m in c.a}, {m.text for m in c.b}) for c in found]


def joined(text_a: str, text_b: str, label_a: str, label_b: str) -> bool:
    return any(label_a in a and label_b in b for a, b in contrasts(text_a, text_b))


def test_the_subject_of_the_same_event_verb_is_one_referent():
    a = ("A man was killed on Sunday when his car hit a tree on Route 9 near Springfield, police said. "
         "The crash closed the road for three hours. Investigators said speed was a factor.")
    assert joined(a, CRASH_B, "A man", "The motorist")


def test_a_bare_plural_subject_joins_the_other_noun_for_it():
    a = ("On Tuesday, hackers breached the servers of Acme Bank and stole the records of two million "
         "customers, the bank said. Acme Bank said it had called in the FBI.")
    b = ("On Tuesday, attackers breached the servers of Acme Bank, taking the records of two million "
         "customers. The FBI is investigating, Acme Bank said.")
    assert joined(a, b, "hackers", "attackers")


def test_said_that_before_a_plural_is_no_determiner():
    a = "The bank said that attackers breached its servers on Tuesday and stole the records of two million customers."
    b = "On Tuesday, hackers breached the servers of the bank and stole the records of two million customers."
    labels = {label for pair in contrasts(a, b) for side in pair for label in side}
    assert "that attackers" not in labels
    assert joined(a, b, "attackers", "hackers")


def test_the_object_of_the_same_event_verb_is_one_referent():
    a = "Police arrested a teenager on Friday after the robbery of a pharmacy in Dayton, the sheriff said."
    b = "Police arrested the suspect on Friday after the robbery of a pharmacy in Dayton, the sheriff said."
    assert joined(a, b, "a teenager", "the suspect")


def test_a_description_joins_a_name_in_the_same_slot():
    a = ("Tom Baker was killed on Sunday when the car hit a tree on Route 9 near Springfield, police said. "
         "The crash closed the road for three hours.")
    b = ("The driver was killed on Sunday when the car hit a tree on Route 9 near Springfield, police said. "
         "Police closed the road for three hours.")
    assert joined(a, b, "Tom Baker", "The driver")


def test_two_victims_of_one_crash_are_not_joined():
    # a man in one article, a woman in the other: two people, whatever the slot
    a = ("A man was killed on Sunday when his car hit a tree on Route 9 near Springfield, police said. "
         "The crash closed the road for three hours.")
    b = ("A woman was killed on Sunday after her car struck a tree on Route 9 outside Springfield. "
         "Police closed the road for three hours.")
    assert not joined(a, b, "A man", "A woman")


def test_two_names_in_one_slot_are_not_joined():
    a = ("John Smith was killed on Sunday when his car hit a tree on Route 9 near Springfield, police said. "
         "The crash closed the road for three hours.")
    b = ("Mary Jones was killed on Sunday when her car hit a tree on Route 9 near Springfield, police said. "
         "Police closed the road for three hours.")
    assert not joined(a, b, "John Smith", "Mary Jones")


def test_two_people_with_one_surname_are_not_joined_by_their_slot():
    a = ("Tom Smith was arrested on Monday after the fire at the warehouse in Dayton, police said. "
         "The fire burned for six hours.")
    b = ("Anna Smith was arrested on Monday after the fire at the warehouse in Dayton, police said. "
         "Firefighters fought the fire for six hours.")
    assert not joined(a, b, "Tom Smith", "Anna Smith")


def test_a_name_given_another_role_is_not_the_description():
    a = ("Tom Baker was killed on Sunday when the car hit a tree on Route 9 near Springfield, police said. "
         "Baker, a passenger, was 34. The crash closed the road for three hours.")
    b = ("The driver was killed on Sunday when the car hit a tree on Route 9 near Springfield, police said. "
         "Police closed the road for three hours.")
    assert not any("The driver" in b_side for _, b_side in contrasts(a, b))


def test_two_sources_that_said_the_same_are_not_joined():
    a = "The sheriff said on Sunday that the road near Springfield would stay closed for three hours after the crash."
    b = "A spokesman said on Sunday that the road near Springfield would stay closed for three hours after the crash."
    assert not joined(a, b, "The sheriff", "A spokesman")


def test_the_agent_of_a_passive_is_the_subject_of_the_active():
    a = ("Tom Baker struck and killed a pedestrian on Sunday outside a Springfield supermarket, police said. "
         "Baker was arrested at his home.")
    b = ("A pedestrian was struck and killed by a motorist on Sunday outside a Springfield supermarket, police said. "
         "Officers arrested him at his home.")
    assert joined(a, b, "Tom Baker", "a motorist")


def test_the_subject_of_a_passive_is_the_one_the_event_happens_to():
    # "a man was killed" holds the slot of "killed a man", never that of "the man killed"
    text = "A man was killed by a motorist. The motorist killed a man. A man killed a motorist."
    view = article_views(article(text), article(text))[0]
    chains = ChainBuilder(lexicon(), EntityFinder(lexicon()), vocabulary(), DEFAULT.compare.naming).build(
        view, {}, frozenset())
    slots = [(r.text, _slots(view, r, vocabulary(), 3)) for r in chains.refs]
    assert slots[:2] == [("A man", [("patient", "kill")]), ("a motorist", [("agent", "kill")])]
    assert slots[2:4] == [("The motorist", [("agent", "kill")]), ("a man", [("patient", "kill")])]
    assert slots[4] == ("A man", [("agent", "kill")])


def test_one_of_a_conjunction_holds_no_slot_alone():
    a = "On Wednesday, tens of thousands of protesters marched through Athens during a general strike over spending cuts."
    b = "On Wednesday, tens of thousands of workers and civil servants marched through Athens during a general strike over spending cuts."
    assert not joined(a, b, "protesters", "civil servants") and not joined(a, b, "protesters", "servants")


def test_a_gender_written_before_the_role_tells_two_people_apart():
    a = ("Smith overpowered Deputy Hoyt Teasley on Friday in the Fulton County courthouse and took his gun, "
         "police said.")
    b = ("Smith overpowered a female sheriff's deputy on Friday in the Fulton County courthouse and took "
         "her gun, police said.")
    assert not joined(a, b, "Deputy Hoyt Teasley", "a female sheriff's deputy")
    # the same sentences without the gender: one deputy
    assert joined(a, b.replace("female ", "").replace("her gun", "his gun"), "Deputy Hoyt Teasley", "a sheriff's deputy")



# the two ledes tell the story's event, whether the sentence matcher aligns them or not

CARTEL_A = ("A suspected cartel boss committed suicide overnight after being detained in a large army raid, "
            "officials in Culiacan, Sinaloa, said on Monday.\n\nHe may have feared that phone taps linking him "
            "to other cartel chiefs had helped lead to the raid on Sunday in which 40 people were held, the Reforma "
            "newspaper reported.")
CARTEL_B_END = (" hours after his capture in an army operation against nearly 50 people accused of trying to rebuild "
                "the old Pacific alliance.\n\nThe 48-year-old hanged himself in his cell on Sunday night after "
                "reading transcripts that implicated him in the killings.")


def test_the_subjects_of_one_verb_in_the_two_ledes_are_one_referent():
    assert joined(CARTEL_A, "A drug lord committed suicide" + CARTEL_B_END, "A suspected cartel boss", "A drug lord")


def test_ledes_with_other_verbs_join_nothing():
    assert not joined(CARTEL_A, "A drug lord was found dead" + CARTEL_B_END, "A suspected cartel boss", "A drug lord")
