"""The attribution's reading of capitalised runs, with less work a run, reads what it read: a
headline's name still ends before its verb (a one-word run is not asked whether it sits in a
headline), an owner's body is still one institution (its possessive checked before its fold), a
title's abbreviation still gives the title (the abbreviations looked up only for a name with
descriptors), and a run without a letter is still no name."""

from __future__ import annotations

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution.engine import Attribution


def _runs(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    attribution = Attribution(ArticleText(text), language="en")
    return {run.text: (run.kind, run.descriptors) for run in attribution._runs.values()}


def test_a_headline_name_still_ends_before_its_verb_and_a_one_word_run_stays_whole():
    runs = _runs("Lindsay Lohan Checks Into Rehab\n\nMicrosoft Launches Browser\n\n"
                 "The actress checked into the clinic, Microsoft said. Lohan said she was fine.")
    assert "Lindsay Lohan" in runs and "Lindsay Lohan Checks Into Rehab" not in runs
    assert runs["Lohan"][0] in ("person", "single")
    assert "Microsoft" in runs  # (a one-word run of the story: read whole)


def test_an_owners_body_is_still_one_institution_and_no_person():
    runs = _runs("A deputy of the Pike County Sheriff's Office said the road was closed.")
    assert runs.get("Pike County Sheriff's Office", ("",))[0] == "institution"
    assert "Office" not in runs
    # negatives: no possessive before the body's noun, or a noun that is no body's
    runs = _runs("The Pike County Office said the road was closed. Mr. Brown's Dog barked.")
    assert "Pike County Sheriff's Office" not in runs
    assert runs.get("Dog", ("",))[0] != "institution"


def test_a_titles_abbreviation_still_gives_the_title_and_a_bare_name_none():
    attribution = Attribution(ArticleText("Gov. Jay Inslee said the state would help. Jay Inslee said more later."),
                              language="en")
    titled, bare = [run for run in attribution._runs.values() if run.text == "Jay Inslee"]
    assert titled.kind == bare.kind == "person"
    assert "governor" in titled.descriptors  # ("Gov." read as the governor it abbreviates)
    assert not bare.descriptors  # the name written bare: none


def test_a_run_without_a_letter_is_still_no_name():
    attribution = Attribution(ArticleText("The U.S. Navy said on Monday that the ship had docked."), language="en")
    assert all(any(c.isalpha() for c in run.text) for run in attribution._runs.values())
    assert attribution._parse_run(0, 0) is None  # "The" alone: an opener, no name
