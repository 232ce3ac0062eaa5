"""Event verbs of one sense fill one event slot ("committed suicide" / "hanged himself", "was
slain" / "was killed"), and the head of a description with an "of" phrase holds the slot of the
verb after the phrase ("The alleged boss of a Palermo gang hanged himself"), which the phrase's
own noun never does. Hand-written texts, negatives included."""

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
    """Each body mention's text -> its event slots."""
    art = article(text)
    view = article_views(art, article(""))[0]
    lex = lexicon()
    vocab = vocabulary()
    naming = DEFAULT.compare.naming
    chains = ChainBuilder(lex, EntityFinder(lex), vocab, naming).build(view, {}, frozenset())
    return {r.text: _slots(view, r, vocab, naming.slot_verb_reach) for r in chains.refs if r.field == "text"}


# --------------------------------------------------------------------------- verbs of one sense

def test_two_words_for_a_suicide_fill_one_slot():
    held = slots_of("A retired banker committed suicide in his cell on Tuesday.")
    other = slots_of("A retired banker hanged himself in his cell on Tuesday.")
    assert held["A retired banker"] and held["A retired banker"] == other["A retired banker"]


def test_a_verb_and_its_synonym_fill_one_slot():
    assert slots_of("A banker was slain on Monday.")["A banker"] == slots_of("A banker was killed on Monday.")["A banker"]
    assert slots_of("A teacher was detained on Monday.")["A teacher"] == slots_of("A teacher was arrested on Monday.")["A teacher"]


def test_a_reflexive_is_another_sense_than_the_verb_alone():
    # "killed himself" is a suicide, "killed" someone else's death
    assert slots_of("A banker killed himself on Monday.")["A banker"] != slots_of("A banker killed a man on Monday.")["A banker"]


def test_verbs_of_other_senses_stay_apart():
    assert slots_of("A banker was shot on Monday.")["A banker"] != slots_of("A banker was killed on Monday.")["A banker"]


def test_the_subjects_of_two_words_for_one_suicide_are_one_referent():
    a = "A jailed businessman committed suicide in his cell in Palermo on Tuesday, police said."
    b = "The inmate hanged himself in his cell in Palermo on Tuesday, police said."
    assert joined(a, b, "A jailed businessman", "The inmate")


def test_a_man_and_a_woman_in_one_suicide_slot_are_not_joined():
    a = "A man committed suicide in a cell in Palermo on Tuesday, police said."
    b = "A woman hanged herself in a cell in Palermo on Tuesday, police said."
    assert not joined(a, b, "A man", "A woman")


# --------------------------------------------------------------------------- "of" phrases

def test_the_head_of_an_of_phrase_holds_the_slot_of_the_verb_after_it():
    held = slots_of("The alleged boss of a Palermo gang hanged himself in jail on Tuesday.")
    assert set(slots_of("A gang boss hanged himself in jail on Tuesday.")["A gang boss"]) <= set(held["The alleged boss"])
    assert not held.get("a Palermo gang")


def test_the_noun_after_of_holds_no_slot_of_the_verb_after_it():
    held = slots_of("The mayor of Springfield was killed on Sunday.")
    assert not held.get("Springfield")


def test_an_of_phrase_with_a_verb_inside_is_not_skipped():
    held = slots_of("The families of the wounded men were angry on Sunday.")
    assert not any(("agent", "wound") == s or ("patient", "wound") == s for s in held.get("The families", []))


def test_a_description_and_a_name_in_one_slot_after_an_of_phrase_are_one_person():
    found = compare(article(
        "The alleged boss of a Palermo gang hanged himself in his cell on Tuesday. Police said Marco "
        "Rinaldi, 52, hanged himself hours after his arrest."), article(
        "Marco Rinaldi was found dead in his cell in Palermo on Tuesday, police said.")).framing.label_contrasts
    assert any("The alleged boss" in {m.text for m in c.a} and "Marco Rinaldi" in {m.text for m in c.a} for c in found)


# --------------------------------------------------------------------------- possessors

def test_a_possessor_holds_no_slot_of_the_verb_around_its_phrase():
    held = slots_of("Police said that the gunman unveiled the company's new rifle on Monday.")
    assert not held.get("the company")


def test_the_company_after_a_title_that_names_it_is_that_business():
    # "Apple" is written only inside the title before the first "the company" and after "at"
    # as the owner of the headquarters: the business the article names, not a place
    found = contrasts(
        "On Tuesday, Apple unveiled a new laptop. The laptop is faster, Apple said. It will be sold by Apple in stores.",
        "Apple CEO Steve Jobs unveiled the company's new laptop on Tuesday at Apple's headquarters in "
        "Cupertino, Calif. Apple said the laptop is faster.",
    )
    assert any("Apple" in a and "the company" in b for a, b in found)


def test_the_company_after_two_businesses_in_titles_is_neither():
    found = contrasts(
        "On Tuesday, Apple unveiled a new laptop. The laptop is faster, Apple said. It will be sold by Apple in stores.",
        "Apple CEO Steve Jobs and Intel chief Paul Otellini unveiled the company's new laptop on Tuesday at "
        "Apple's headquarters. Apple said the laptop is faster. Intel said so too.",
    )
    assert not any("the company" in b for _, b in found)


def test_a_name_with_an_organisation_after_of_holds_the_slot_of_the_verb_after_it():
    held = slots_of("On Friday, Trooper Tom Baker of the Oregon State Police was killed in a blast.")
    assert ("patient", "kill") in held["Trooper Tom Baker"]
    assert not held.get("the Oregon State Police") and not held.get("Oregon State Police")


# --------------------------------------------------------------------------- versions of a product

def test_a_name_with_its_version_glued_on_is_no_business_the_company_stands_for():
    found = contrasts(
        "On Monday, hackers attacked users of IE8 and IE9, and IE6 through IE11 hold the flaw. As it often "
        "does, the company downplayed the threat. IE8 users should update.",
        "On Monday, hackers attacked users of IE8, the browser, and the company said IE8 users should update.",
    )
    assert not any("the company" in a and "IE8" in a for a, _ in found)


def test_one_version_alone_is_still_a_name_the_company_may_stand_for():
    from sidebyside.compare.naming.chain_tools import numbered_products
    from sidebyside.compare.naming.chains import Ref
    art = article("On Monday, Acme shipped the A380 and said the A380 would fly. A380 buyers cheered.")
    view = article_views(art, article(""))[0]
    refs = [Ref("text", e.start, e.end, e.text, "name", e.key, e.kind, e) for e in view.entities]
    assert not numbered_products(view, refs)


# --------------------------------------------------------------------------- a name in the slot by its description

A_BOSS = ("The alleged Mafia boss of a Palermo neighborhood hanged himself in jail, hours after he was arrested, "
          "police said Wednesday. Police said Marco Rinaldi, 52, hanged himself in his cell on Tuesday evening.")


def test_a_named_chain_in_the_slot_by_its_description_joins_the_other_description():
    b = ("A suspected Mafia leader committed suicide overnight after being arrested in a police sweep, police "
         "in Palermo said on Wednesday.")
    assert joined(A_BOSS, b, "The alleged Mafia boss", "A suspected Mafia leader")


def test_a_named_chain_in_the_slot_by_its_description_never_joins_another_name():
    b = ("Paolo Verdi committed suicide overnight after being arrested in a police sweep, police in Palermo said "
         "on Wednesday.")
    assert not joined(A_BOSS, b, "Marco Rinaldi", "Paolo Verdi")


def test_a_description_of_another_gender_never_joins_the_named_chain():
    a = A_BOSS.replace("Marco Rinaldi", "Maria Rinaldi").replace("hanged himself", "hanged herself")
    b = ("A suspected Mafia man committed suicide overnight after being arrested in a police sweep, police "
         "in Palermo said on Wednesday.")
    assert joined(A_BOSS, b, "Marco Rinaldi", "A suspected Mafia man")
    assert not joined(a, b, "Maria Rinaldi", "A suspected Mafia man")


def test_opening_fire_is_shooting():
    assert slots_of("A banker opened fire on Monday.")["A banker"] == slots_of("A banker shot a man on Monday.")["A banker"]


def test_a_hedge_before_a_noun_is_no_event_done_to_it():
    assert ("patient", "alleg") not in slots_of("The alleged gunman fled on Monday.")["The alleged gunman"]
    assert not slots_of("Police said a suspected Mafia leader was in Palermo on Monday.").get("a suspected Mafia leader")
    assert ("patient", "fir") in slots_of("Police said a fired accountant was in Palermo on Monday.")["a fired accountant"]
