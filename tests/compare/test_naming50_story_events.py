"""The story's event named by nouns of its verb or kind (naming.json story_event_nouns: naming/
events.py) and a vote named by its kind (event_noun_classes: naming/event_classes.py); a large
count of people each article gives once, joined wherever it is written (naming/counted.py).
Hand-written text, with negatives."""

from __future__ import annotations

from .helpers import contrast_with, labels, naming_chains, naming_contrasts


def _chains(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in naming_chains(text)[2].refs:
        out.setdefault(r.chain, []).append(r.text)
    return out


def test_nouns_of_the_story_event_are_event_mentions():
    found = _chains("The collapse came at dawn. The vote was close. The recount ended. The boycott goes on.")
    assert found["event:collapse"] == ["The collapse"]
    assert found["event:vote"] == ["The vote"]
    assert found["event:recount"] == ["The recount"]
    assert found["event:boycott"] == ["The boycott"]


def test_synonyms_of_one_sense_share_a_key():
    found = _chains("The catastrophe shocked the town. The stampede began at noon.")
    assert found["event:disaster"] == ["The catastrophe"]
    assert found["event:crush"] == ["The stampede"]


def test_an_event_noun_before_a_present_verb_is_its_subject():
    found = _chains("The ferry firm went bust. The collapse leaves an estimated 6,000 passengers stranded.")
    assert found["event:collapse"] == ["The collapse"]


def test_a_compound_of_an_event_noun_is_no_event_mention():
    found = _chains("The collapse site was sealed off by police.")
    assert "event:collapse" not in found


def test_a_re_event_is_another_instance():
    found = _chains("Marek won the re-election on Sunday.")
    assert "event:election" not in found


def test_an_event_whose_victim_is_another_one_is_another_instance():
    # a real court story: "the deputy's slaying, as well as the attempted murder of another man"
    found = _chains("He was convicted of the deputy's slaying, as well as the attempted murder of another man "
                    "days before. The killing of a second officer was not charged. The murder of Ortiz shocked the town.")
    told = [t for chain, texts in found.items() if chain.startswith("event:") for t in texts]
    assert "the attempted murder of another man" not in told and "the attempted murder" not in told
    assert "The killing of a second officer" not in told and "The killing" not in told
    assert "The murder of Ortiz" in told and "the deputy's slaying" in told


def test_an_event_asked_for_is_not_the_one_told():
    found = _chains("The agency wants an impartial probe of the strike. Police called for an inquiry.")
    assert "event:investigation" not in found
    found = _chains("Police opened an investigation on Monday. The probe found nothing.")
    assert found["event:investigation"] == ["an investigation", "The probe"]


def test_the_vote_and_the_referendum_of_one_day_are_one_event():
    # "election" and "referendum" are kinds of "vote" (naming.json event_noun_classes)
    found = naming_contrasts(
        "Voters in Kaituna backed the change in a referendum on Saturday. The referendum split the city.",
        "Kaituna voted on Saturday to change its name. The vote split the city.")
    c = contrast_with(found, "The vote", "b")
    assert c is not None and "The referendum" in labels(c, "a")


def test_the_vote_and_the_referendum_of_two_days_stay_apart():
    found = naming_contrasts(
        "Voters in Kaituna backed the change in a referendum on Saturday. The referendum split the city.",
        "Kaituna voted on Tuesday to change its name. The vote split the city.")
    assert contrast_with(found, "The vote", "b") is None


def test_a_plural_of_an_event_noun_is_several_events():
    found = naming_contrasts(
        "The strike closed the port of Vila Nova on Wednesday. Dockers marched.",
        "The stoppages closed the port of Vila Nova on Wednesday. Dockers marched.")
    assert contrast_with(found, "The stoppages", "b") is None


# ---------------------------------------------------------------- a large count anywhere in the body

_OPENING = ("Baltic Ferries collapsed into administration on Thursday.",
            "Its lenders refused to extend a credit facility.",
            "Sailings between Harwell and Skarvik were cancelled.",
            "Rival Nordline said it would help.")


def _counted_pair(a_last: str, b_last: str):
    return naming_contrasts("\n\n".join((*_OPENING, a_last)), "\n\n".join((*_OPENING, b_last)))


def test_a_large_count_each_article_gives_once_is_one_group_anywhere():
    found = _counted_pair("The company employed about 850 employees.", "The firm's 850 staff face an uncertain future.")
    c = contrast_with(found, "850 staff", "b")
    assert c is not None and labels(c, "a") == {"employees"}


def test_a_number_two_groups_share_joins_neither():
    found = _counted_pair("The company employed about 850 employees and 850 sailors.",
                          "The firm's 850 staff face an uncertain future.")
    assert not any(any("850 staff" in t for t in labels(c, "b")) for c in found.values())


def test_a_small_count_far_down_joins_nothing_by_its_number():
    found = _counted_pair("Twelve employees kept the office open.", "Twelve staff kept the office open.")
    assert not any(any("Twelve staff" in t for t in labels(c, "b")) for c in found.values())


def test_a_decimal_fraction_is_no_count():
    out = naming_chains("The operator carried about 1.4 million passengers a year.")[2]
    assert not any(info.number == 4 for info in out.counted.values())
