"""The story's event named by two nouns of one class (naming/event_classes.py, naming.json
event_noun_classes), and things and organisations told by description. Hand-written
text, with negatives."""

from __future__ import annotations

from .helpers import contrast_with, labels, naming_contrasts

# ------------------------------------------------------------ one event, two nouns of its class


def test_the_derailment_and_the_accident_are_one_event_of_one_day():
    found = naming_contrasts(
        "A passenger train left the tracks near Dovecote on Monday, the rail operator said. "
        "The derailment closed the line for the rest of the day.",
        "Dozens of commuters were hurt when a train came off the rails near Dovecote on Monday. "
        "Investigators are studying the accident.")
    contrast = contrast_with(found, side="a", label="The derailment")
    assert contrast is not None and "the accident" in labels(contrast, "b")


def test_no_join_when_the_two_articles_date_their_story_to_other_days():
    found = naming_contrasts(
        "A passenger train left the tracks near Dovecote on Monday, the rail operator said. "
        "The derailment closed the line for the rest of the day.",
        "Dozens of commuters were hurt when a train came off the rails near Dovecote on Friday. "
        "Investigators are studying the accident.")
    contrast = contrast_with(found, side="a", label="The derailment")
    assert contrast is None or "the accident" not in labels(contrast, "b")


def test_no_join_when_one_article_tells_two_events_of_the_class():
    found = naming_contrasts(
        "A passenger train left the tracks near Dovecote on Monday, the rail operator said. "
        "The derailment closed the line for the rest of the day.",
        "Dozens of commuters were hurt when a train came off the rails near Dovecote on Monday. "
        "Investigators are studying the accident, the second since the Harford derailment in May.")
    contrast = contrast_with(found, side="a", label="The derailment")
    assert contrast is None or "the accident" not in labels(contrast, "b")


def test_the_theft_and_the_heist_join_but_a_raid_does_not():
    found = naming_contrasts(
        "Two silver cups were stolen from the Orlan Gallery on Tuesday, police said. "
        "Officers said the theft took less than five minutes.",
        "Crooks grabbed two silver cups from a small gallery on Tuesday. Detectives said the heist "
        "was planned. A police raid on a flat later found nothing.")
    theft = contrast_with(found, side="a", label="the theft")
    assert theft is not None and "the heist" in labels(theft, "b")
    assert not any("raid" in label for label in labels(theft, "b"))


# ------------------------------------------------------------ a thing told by one measure


def test_a_thing_described_by_one_measure_in_both_is_one_thing():
    found = naming_contrasts(
        "The 90-metre tower collapsed on Wednesday, the owner said.",
        "The 90-metre landmark crashed down on Wednesday, shocked locals said.")
    contrast = contrast_with(found, side="a", label="The 90-metre tower")
    assert contrast is not None and "The 90-metre landmark" in labels(contrast, "b")


def test_no_join_when_the_measures_differ_or_one_side_tells_two():
    found = naming_contrasts(
        "The 90-metre tower collapsed on Wednesday, the owner said.",
        "The 60-metre landmark crashed down on Wednesday, shocked locals said.")
    contrast = contrast_with(found, side="a", label="The 90-metre tower")
    assert contrast is None or "The 60-metre landmark" not in labels(contrast, "b")
    found = naming_contrasts(
        "The 90-metre tower collapsed on Wednesday, the owner said.",
        "The 90-metre landmark crashed down onto a 90-metre bridge on Wednesday, shocked locals said.")
    contrast = contrast_with(found, side="a", label="The 90-metre tower")
    assert contrast is None or not labels(contrast, "b") & {"The 90-metre landmark", "a 90-metre bridge"}



# ------------------------------------------------------------ the pair's one business


def test_the_power_firm_joins_the_one_business_the_other_names():
    found = naming_contrasts(
        "Homes lost power on Thursday after a fault, the grid operator Pellow Grid Services said. "
        "The company said supply was restored by the evening.",
        "Families were left in the dark on Thursday. The power firm said the lights came back on by the evening.")
    contrast = contrast_with(found, side="b", label="The power firm")
    assert contrast is not None and "Pellow Grid Services" in labels(contrast, "a")


def test_no_join_when_the_other_names_two_businesses():
    found = naming_contrasts(
        "Pellow Grid Services said on Thursday it would buy Dunmere Energy. The company said the deal "
        "was done. Dunmere Energy, a rival company, agreed.",
        "A power deal was agreed on Thursday. The power firm said the deal was done.")
    contrast = contrast_with(found, side="b", label="The power firm")
    assert contrast is None


def test_no_join_for_a_business_introduced_by_a():
    found = naming_contrasts(
        "Homes lost power on Thursday after a fault, the grid operator Pellow Grid Services said. "
        "The company said supply was restored by the evening.",
        "Families were left in the dark on Thursday. A power firm said it had seen no fault on its lines.")
    contrast = contrast_with(found, side="b", label="A power firm")
    assert contrast is None


# ------------------------------------------------------------ one of its kind, introduced by "a"


def test_a_museum_introduced_and_returned_to_joins_the_one_museum_named():
    found = naming_contrasts(
        "A clock was stolen from the Tarvel Museum on Sunday, police said. The museum will reopen on Monday.",
        "Thieves took a clock from a quiet little museum on Sunday. The museum will reopen on Monday.")
    contrast = contrast_with(found, side="b", label="a quiet little museum")
    assert contrast is not None and "Tarvel Museum" in labels(contrast, "a")


def test_no_join_for_a_museum_told_once_by_a():
    found = naming_contrasts(
        "A clock was stolen from the Tarvel Museum on Sunday, police said. The museum will reopen on Monday.",
        "Thieves took a clock on Sunday and later tried to sell it to a quiet little museum.")
    contrast = contrast_with(found, side="b", label="a quiet little museum")
    assert contrast is None


def test_a_sandbank_is_a_thing_and_no_killer():
    found = naming_contrasts(
        "The tanker struck a sandbank on Friday. The sandbank lies off the point.",
        "The tanker hit a notorious sandbank on Friday. Locals call the killer sandbank a menace.")
    contrast = contrast_with(found, side="b", label="the killer sandbank")
    assert contrast is not None and "a sandbank" in labels(contrast, "a")
    assert contrast_with(found, side="b", label="the killer") is None
