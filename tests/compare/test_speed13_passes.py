"""The passes that now visit only the tokens or names a cheap test admits read the same as the
walks over every token did: the entity finder's walk (capitalised words and figures), its head
kinds, its brand and capitals tests, the work-or-person reading of rare names, the naming
descriptions' walk and the loaded words' shapes; each with the case the cheap test turns away."""

from __future__ import annotations

from sidebyside.compare.entities import EntityFinder, find_entities
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.compare.termdata import lexicon

from .helpers import article


def kinds(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text)}


def test_the_walk_reads_names_and_numbered_streets_between_lower_case_words():
    found = kinds("a shop on 117th Street, said analyst Tom Reeve, and he was 5th in line")
    assert found.get("117th Street") == "place"
    assert found.get("Tom Reeve") == "person"
    assert not any("5th" in name for name in found)  # a figure that opens no street is no name


def test_a_brand_written_as_two_words_in_one_and_surnames_with_an_inner_capital():
    assert kinds("Oracle OpenWorld drew crowds this week.").get("Oracle OpenWorld") == "other"
    # no capital after the third letter ("Smith"), or a surname's prefix ("McCarthy"): no brand
    assert kinds("Joseph McCarthy said he would testify.").get("Joseph McCarthy") == "person"
    assert kinds("Jonah Smith said he would testify.").get("Jonah Smith") == "person"


def test_a_title_in_capitals_opens_with_a_word_in_capitals():
    assert kinds("Fans queued for the film NEW MOON on Friday.").get("NEW MOON") == "other"
    assert kinds("Officials said NATO would meet.").get("NATO") == "organisation"


def test_the_kind_of_a_name_head_is_the_first_of_its_kinds():
    finder = EntityFinder(lexicon())
    heads = finder.look.heads
    for kind in ("organisation", "place", "event"):
        for word in sorted(heads.get(kind, ()))[:200]:
            first = next(k for k in ("organisation", "place", "event") if word in heads.get(k, ()))
            assert finder._head_kind(word) == first
    assert finder._head_kind("table") is None


def test_a_rare_name_shown_as_a_work_and_as_a_person_stays_a_person_either_way():
    assert kinds("Fans watched the film Zorvan Kettle twice.").get("Zorvan Kettle") == "other"
    # the person's sign after the work's cue, or before it: a person, as before
    text = "Fans watched the film Zorvan Kettle twice. Zorvan Kettle said he was tired."
    assert kinds(text).get("Zorvan Kettle") == "person"
    text = "Zorvan Kettle said he was tired. Fans watched the film Zorvan Kettle twice."
    assert kinds(text).get("Zorvan Kettle") == "person"


def test_the_descriptions_walk_still_reads_role_nouns_forces_and_police():
    a, b = article("Shares of Tarvel Shipping Company fell on Monday. The company blamed the strike."), article(
        "Shares of Tarvel Shipping Company fell on Monday.")
    f = analyse_framing(a, b)
    chains = {c.entity: c for c in f.label_contrasts}
    assert [m.text for m in chains["Tarvel Shipping Company"].a] == ["Tarvel Shipping Company", "The company"]
    # a word that heads no description ("strike" is an event, "shares" no one): no mention of its own
    assert not any(m.text.casefold() == "shares" for c in f.label_contrasts for m in c.a)
    a, b = article("Staunton police said the store was robbed."), article(
        "The Staunton Police Department said the store was robbed.")
    f = analyse_framing(a, b)
    chains = {c.entity: c for c in f.label_contrasts}
    assert [m.text for m in chains["Staunton Police Department"].a] == ["Staunton police"]


def test_loaded_word_shapes_only_where_a_shape_is():
    found = [h.term for h in find_loaded_terms("The golfer-in-chief led a rudderless, scandal-ridden campaign.")]
    assert {"golfer-in-chief", "rudderless", "scandal-ridden"} <= set(found)
    found = [h.term for h in find_loaded_terms("The editor-in-chief met Jonah Smith at the Rudderless Inn.")]
    assert "editor-in-chief" not in found and "rudderless" not in found
