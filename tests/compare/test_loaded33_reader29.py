"""Reader29's loaded-word items (loaded33), hand-written with invented names, each with a negative:
the outlet's words after a quotation are its own; one rule for every reported clause (however
long, whatever tense its verb); an adverb of proportion before its verb; a work's hero; and,
with its switch on (off by default), a sentence that piles judgements up shows its milder
describing words."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import LexicalSettings


def terms(text: str, settings: LexicalSettings | None = None) -> dict[str, tuple[str, bool, float | None]]:
    kw = {"settings": settings} if settings is not None else {}
    return {text[h.start : h.end]: (h.category, h.quoted, h.score)
            for h in find_loaded_terms(text, quotes=article_quotes(text), **kw)}


# ------------------------------------------------------------ whose words a clause reports


def test_the_speech_clause_after_a_quotation_is_the_outlets():
    text = ('Mayor Dana Pell visited the Orlo settlement on Tuesday. "Here we are on a great day for the valley," '
            "she told settler leaders, according to a statement.")
    assert terms(text)["settler"][1] is False


def test_a_closing_according_to_still_reports_the_words_before_it():
    # indirect speech is the outlet's paraphrase (loaded34): only quote marks credit the speaker
    assert terms("The plan was a disaster, according to a statement.")["disaster"][1] is False
    assert terms("The mayor said the plan was a disaster, according to a statement.")["disaster"][1] is False
    assert terms('The plan was "a disaster", according to a statement.')["disaster"][1] is True


def test_a_reported_clause_with_a_past_verb_is_the_outlets():
    text = "Farmers said the policy change paved the way for the annexation of the valley."
    assert terms(text)["annexation"][1] is False


def test_a_verbs_object_is_no_reported_clause():
    assert terms("The mayor announced a brutal crackdown on the farmers.")["brutal"][1] is False


def test_a_long_reported_clause_is_the_outlets_to_its_end():
    text = ("Dana Pell said it was only the latest move by the council to try to force the farmers of the valley "
            "to capitulate and give up their claims.")
    assert terms(text)["capitulate"][1] is False  # reader29: indirect speech, the outlet's wording


def test_the_writer_going_on_after_a_comma_is_the_outlets():
    text = "Dana Pell said the plan was fine, and the farmers were forced to capitulate."
    assert terms(text)["capitulate"][1] is False


# ------------------------------------------------------------ literal senses by grammar


def test_an_adverb_of_proportion_before_its_verb_is_no_intensifier():
    text = "Farmers, who overwhelmingly form part of the mayor's constituency, met on Tuesday."
    assert "overwhelmingly" not in terms(text)
    assert "overwhelmingly" not in terms("The council overwhelmingly backed the plan.")


def test_an_adverb_of_proportion_before_a_describing_word_grades_it():
    found = terms("The reviews of the plan were overwhelmingly negative.")
    assert any("overwhelmingly" in word and category == "intensifier" for word, (category, _, _) in found.items())


def test_a_works_hero_is_its_protagonist():
    text = ("With young British actor Dan Rell stepping into the title role, the site looks back at the 10 actors "
            "who have played sci-fi TV's most enduring hero.")
    assert "hero" not in terms(text)


def test_a_person_called_a_hero_is_praised():
    assert terms("The mayor was hailed a hero after the flood.")["hero"][0] == "emotive"
