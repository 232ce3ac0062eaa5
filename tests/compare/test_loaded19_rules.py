"""Loaded words read from their company: a verb of violence acting on an institution or a right
(compare/loaded_rules.py), and judging idioms and frames listed as data (loaded.json)."""

from __future__ import annotations

from sidebyside.compare.loaded import find_loaded_terms


def shown(text):
    """The words shown as loaded (no graded score), as written."""
    return [text[h.start : h.end] for h in find_loaded_terms(text) if h.score is None]


def test_violence_against_an_institution_or_a_right_is_loaded():
    assert "destroy" in shown("The senators are working hard to destroy Medicare before the vote.")
    assert "dismantling" in shown("The plan is aimed at dismantling our democracy, she wrote.")
    assert "assault" in shown("The attorney general continued his assault on the rule of law this week.")
    assert "killing" in shown("They moved on from killing the economy to other goals.")


def test_violence_against_people_or_things_is_plain_news():
    text = ("The gunman killed five co-workers before he was found dead. Rioters were destroying property "
            "downtown. A rocket attack on troops wounded two. The police can kill them with impunity.")
    assert not {"killed", "destroying", "attack", "kill"} & set(shown(text))


def test_the_object_must_follow_in_the_same_clause():
    # "law" is in the next clause, not the verb's object
    assert "destroyed" not in shown("The storm destroyed the barn, and the law requires a permit to rebuild.")
    assert "crush" not in shown("They will crush him with the new law.")


def test_judging_idioms_are_found_and_literal_neighbours_are_not():
    assert "passing the buck" in shown("The governor is passing the buck to the counties again.")
    assert "powder keg" in shown("The city is a powder keg after the ruling.")
    assert "beyond the pale" in shown("His remarks were beyond the pale, critics said.")
    # "has-been" is not listed: the matcher would take it for the verb "has been"
    assert shown("The bridge has been closed since Monday.") == []


def test_supposed_judges_what_it_describes_but_not_an_obligation():
    assert shown("He cited the supposed evidence of fraud.") == ["supposed"]
    assert shown("They were supposed to vote on Monday.") == []


def test_a_progressive_verb_of_violence_is_active_not_passive():
    assert "destroying" in shown("The decline of the middle class is destroying democracies everywhere.")
    # the passive stays literal for a listed word
    assert shown("He was admitted to the hospital on Monday.") == []


def test_people_likened_to_vermin_or_a_disease():
    assert shown("The movement has spread like a malignant cancer through the cities.") == ["cancer"]
    assert "cattle" in shown("Migrants were herded like cattle into the camps.")
    assert "mosquitoes" in shown("Like malaria-carrying mosquitoes, this group punches above its weight.")


def test_like_as_such_as_or_as_a_verb_is_no_simile():
    text = ("Chronic illnesses like cancer are rising. Pests like rats and cockroaches thrive in the heat. "
            "They would like more cattle on the farm. I do not like snakes, she said.")
    assert shown(text) == []


def test_violence_someone_is_accused_of_is_their_charge_reported():
    text = "Democrats accused Republicans of trying to destroy Medicare in the new budget."
    assert "destroy" not in shown(text)
