"""Candidate mentions with no determiner (compare/naming/candidates.py): a place told after a
preposition ("died in federal prison"), a venue told by its noun alone joined to the one venue
of its kind told with its place, a set of things a name tells ("seven AK-47 rifles"), and a one-word name
that only opens sentences in one article but that the other writes inside a sentence.
Hand-written pairs, negatives included."""

from __future__ import annotations

from sidebyside.compare.framing import article_views, referents

from .helpers import all_labels, article, labels, naming_contrasts as contrasts


def contrast_holding(found, label):
    return next((c for c in found.values() if label in labels(c, "a") | labels(c, "b")), None)


def refs(text_a, text_b):
    a, b = article(text_a), article(text_b)
    found = referents(a, b, article_views(a, b))
    return [{r.text: r.chain for r in side.refs if r.field == "text"} for side in found.chains]


PRISON_A = ("Mob boss Vincent Gigante died on Monday, officials said. He died at the federal prison in "
            "Springfield, Missouri, said a prison spokesman.")
PRISON_B = "Vincent Gigante, who died yesterday in federal prison at 77, was a crime family boss."


def test_a_place_after_a_preposition_joins_the_venue_the_other_article_tells():
    found = contrasts(PRISON_A, PRISON_B)
    c = contrast_holding(found, "federal prison")
    assert c is not None
    assert "the federal prison in Springfield" in labels(c, "a")
    assert labels(c, "b") == {"federal prison"}


def test_the_venue_told_by_its_noun_alone_joins_it_within_the_article():
    a, _ = refs(PRISON_A + " Gigante had spent years avoiding prison. He was moved to the prison hospital in 2004. "
                "He died in prison of heart disease.", PRISON_B)
    assert a["prison"] == a["the federal prison in Springfield"]


def test_a_term_served_is_no_place_told():
    # "119 years in prison" tells a sentence: no mention, so no contrast with the jail told
    found = contrasts("He could be sentenced to up to 119 years in prison.",
                      "Jeffs was held in a West Texas jail on Friday.")
    assert "prison" not in all_labels(found)


def test_a_bare_place_the_other_article_never_tells_is_no_mention():
    a, _ = refs("The suspect was later found in prison, police said.", "The suspect was found by police on Friday.")
    assert "prison" not in a


def test_a_bare_place_inside_a_compound_is_no_mention():
    a, _ = refs("Inmates rioted in prison cells on Friday.", "Guards restored order at the prison on Friday.")
    assert "prison" not in a


def test_a_set_of_things_a_name_tells_is_a_mention():
    a, b = refs("The cache of arms on the pirate ship included seven Kalashnikov rifles and two launchers.",
                "The commandos also recovered 12 Kalashnikov guns from the ship.")
    assert "seven Kalashnikov rifles" in a  # never "included seven ...": the verb is no part of it
    assert "12 Kalashnikov guns" in b
    assert not any("launchers" in label for label in a)  # no name in it


def test_a_set_of_things_told_by_common_words_alone_is_no_mention():
    a, _ = refs("Three undersea cables were cut on Friday, the ministry said.", "The cables were cut on Friday.")
    assert not any("cables" in label for label in a)


def test_a_set_of_things_joins_no_set_of_another_noun():
    # "merchant vessels" and "the warships" are two sets of ships, never one referent
    found = contrasts("The frigate sank a pirate ship and had also rescued two merchant vessels under attack.",
                      "The pirates fled on seeing the helicopter and the warships.")
    assert contrast_holding(found, "the warships") is None
    assert not any("rescued" in label for label in all_labels(found))


def test_the_verb_before_a_set_of_things_is_no_part_of_its_label():
    a, _ = refs("The navy had also rescued two Maersk tankers on Friday.", "Maersk said the tankers were safe.")
    assert "two Maersk tankers" in a


def test_a_name_opening_sentences_here_is_a_name_when_the_other_writes_it_inside_one():
    a, b = refs("Microsoft has released an emergency update. Microsoft says the flaw is serious.",
                "As it promised on Tuesday, Microsoft Corp. issued a patch for the browser.")
    assert "Microsoft" in a
    assert a["Microsoft"] == b["Microsoft Corp"]


def test_a_common_noun_opening_a_sentence_is_no_name_for_another_article_s_capital():
    a, b = article("Police caught up with the driver on Friday. Police said he was drunk."), article(
        "The driver was charged on Friday, New York Police said.")
    found = referents(a, b, article_views(a, b))
    # (no name: a public body's noun with no determiner, which joins the other's one named force
    # as a description, test_naming30_candidates.py)
    assert not any(r.text == "Police" and r.form != "description" for r in found.chains[0].refs)
