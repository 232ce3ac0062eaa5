"""Listed words in their plain sense, told by their context or by the story's subject: a size
word of a thing listed after a comma ("a huge, salty ocean"), a verb of saying acting on a thing
("slammed the door"), "radical" of a change ("a radical restructuring"), a price compared ("just
as cheap as"), a noun of saying followed by "made" ("assertions made by"), and the plain words of
immunology ("invaders") and astronomy ("the chaos of the big bang"). Each keeps its loaded sense
elsewhere."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms


def shown(text):
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text)) if h.score is None]


def test_a_size_word_listed_with_another_describing_word_of_a_thing_is_its_size():
    assert "huge" not in shown("Scientists think the moon harbors a huge, salty ocean beneath its icy crust.")
    assert "massive" not in shown("Workers lifted a massive, rusted door off the hinges.")


def test_a_size_word_before_a_comma_and_no_thing_still_insists():
    assert "huge" in shown("It was a huge, embarrassing blunder for the government.")


def test_a_verb_of_saying_on_a_thing_is_an_act():
    assert "slammed" not in shown("He slammed the door and walked out of the room.")
    assert "slamming" not in shown("The render job kept constantly slamming the processor for an hour.")


def test_a_verb_of_saying_on_a_claim_or_a_person_judges():
    assert "slammed" in shown("She slammed the decision as a betrayal of voters.")
    assert "slammed" in shown("They slammed the stadium deal on Monday.")  # the thing only names the deal
    assert "slammed" in shown("Critics slammed the president over the delays.")


def test_radical_of_a_change_is_its_degree():
    assert "radical" not in shown("The company now faces a radical restructuring after the failed listing.")
    assert "radical" not in shown("Designers promised a radical overhaul of the interface.")


def test_radical_of_people_or_ideas_is_a_label():
    assert "radical" in shown("The senator warned against radical activists in the party.")


def test_a_price_compared_is_plain():
    assert "cheap" not in shown("Other chargers work as well, but those are just as cheap as this kit.")
    assert "cheap" in shown("The minister called it a cheap stunt to win votes.")


def test_a_noun_of_saying_made_by_someone_is_what_was_said():
    assert "assertions" not in shown("Buyers should be cautious of believing assertions made by suppliers.")
    assert "assertions" in shown("His assertions about the vote collapsed under scrutiny.")


IMMUNE = (
    "The immune system relies on antibodies to recognise each pathogen. Allergic reactions in the lungs "
    "show the same cells at work, and the body can fight off the invaders before they spread."
)
MIGRATION = "The mayor called the migrants invaders at a rally on the border."


def test_invaders_in_immunology_are_pathogens():
    assert "invaders" not in shown(IMMUNE)


def test_invaders_of_people_are_a_label():
    assert "invaders" in shown(MIGRATION)


COSMOS = (
    "Astronomers used the telescope to map distant galaxies. The universe we see today arose from the "
    "fiery chaos of the big bang, the cosmic record shows."
)


def test_chaos_in_astronomy_is_the_early_universe():
    assert "chaos" not in shown(COSMOS)


def test_chaos_elsewhere_stirs():
    assert "chaos" in shown("The new rules plunged the airport into chaos on Monday.")


def test_obvious_of_a_mark_one_can_see_is_plain():
    assert "obvious" not in shown("He finished the fight with obvious damage above his eye.")
    assert "obvious" in shown("The obvious flaw in the plan is its cost.")


def test_a_size_of_data_is_measured():
    assert "huge" not in shown("These simulations produce huge datasets for the team.")
    assert "huge" in shown("It was a huge mistake by the coach.")
