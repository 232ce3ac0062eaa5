"""Reader28's naming items: "the town" after "Wellington, Somerset" is the town, not the county
it lies in."""

from __future__ import annotations

from .helpers import contrast_with, labels, naming_contrasts

_FIRE_A = ("A man has been charged with arson after a fire at the Harlow supermarket in Dunmere, Kernow.\n\n"
           "Dan Rell, 24, from the town is due to appear in court on Tuesday.")
_FIRE_B = "A fire has destroyed much of a supermarket in Kernow.\n\nCrews were called to the Harlow building."


def test_the_town_after_town_comma_county_is_the_town():
    found = naming_contrasts(_FIRE_A, _FIRE_B)
    assert contrast_with(found, "the town") is None  # the town is Dunmere, which B never names
    found = naming_contrasts(_FIRE_A, _FIRE_B + "\n\nDunmere has one supermarket.")
    dunmere = contrast_with(found, "the town", "a")
    assert dunmere is not None and "Dunmere" in labels(dunmere, "a")


def test_a_town_named_after_town_comma_county_is_the_town_then():
    found = naming_contrasts(_FIRE_A.replace("Dan Rell, 24, from the town", "Police in Polwith said a man from the town"),
                             _FIRE_B + "\n\nPolwith police arrested a man.")
    polwith = contrast_with(found, "the town", "a")
    assert polwith is not None and "Polwith" in labels(polwith, "a")


_BLAZE_A = "A fire broke out at the Harlow store in Dunmere on Sunday.\n\nThe blaze was put out by noon. The fire started in a storeroom."
_BLAZE_B = "A large fire broke out at the Harlow store in Dunmere on Sunday.\n\nCrews fought it for six hours."


def test_a_size_word_or_a_plain_synonym_alone_ranks_last():
    fire = contrast_with(naming_contrasts(_BLAZE_A, _BLAZE_B), "A large fire", "b")
    assert fire is not None and fire.telling < 0.3


def test_another_noun_for_the_event_still_tells():
    killing = contrast_with(naming_contrasts(
        "A man was shot dead in Dunmere on Sunday.\n\nThe murder shocked the town. Police said the murder was planned.",
        "A man was shot dead in Dunmere on Sunday.\n\nThe killing shocked the town."), "The killing", "b")
    assert killing is not None and killing.telling >= 0.3


_BOSS_A = "An alleged Mafia boss hanged himself in a Sicilian jail hours after his arrest, police said Wednesday."
_BOSS_B = "A suspected Mafia boss arrested Tuesday in a police swoop has hanged himself in his prison cell, police said."


def test_two_hedges_are_no_naming_difference():
    assert contrast_with(naming_contrasts(_BOSS_A, _BOSS_B), "A suspected Mafia boss") is None


def test_a_hedge_one_side_leaves_out_is_one():
    found = naming_contrasts(_BOSS_A, _BOSS_B.replace("A suspected Mafia boss", "A Mafia boss"))
    assert contrast_with(found, "A Mafia boss", "b") is not None


_NAMED_NEXT = "\n\nDan Rell, who was already convicted of mob-related crimes, was found dead late last night."


def test_a_lede_description_takes_the_name_that_opens_the_next_sentence():
    boss = contrast_with(naming_contrasts(_BOSS_A, _BOSS_B + _NAMED_NEXT), "Dan Rell", "b")
    assert boss is not None and labels(boss, "a") == {"An alleged Mafia boss"}


def test_a_name_that_speaks_after_the_lede_is_someone_else():
    for said in ("\n\nDan Rell, a police spokesman, said the man was found dead late last night.",
                 "\n\nDan Rell said the man was found dead late last night."):
        found = naming_contrasts(_BOSS_A, _BOSS_B + said)
        assert contrast_with(found, "Dan Rell") is None


def test_a_name_inside_the_next_sentence_is_not_taken():
    found = naming_contrasts(_BOSS_A, _BOSS_B + "\n\nHe had been held with Dan Rell, who was found dead late last night.")
    assert contrast_with(found, "Dan Rell") is None


_SHOT_B = ("A former employee recently let go from his job opened fire at an office party in Dunmere on Friday, "
           "killing one person, police said.\n\nThe suspect entered the business shortly after 4 p.m., police said.")
_SHOT_A = "A 61-year-old man was charged with murder on Saturday after a shooting at an office party in Dunmere."


def test_the_lede_attacker_is_the_suspect():
    suspect = contrast_with(naming_contrasts(_SHOT_A, _SHOT_B), "The suspect", "b")
    assert suspect is not None and "A former employee" in labels(suspect, "b")


def test_a_victim_in_the_lede_is_no_suspect():
    found = naming_contrasts(_SHOT_A, _SHOT_B.replace("A former employee recently let go from his job opened fire",
                                                     "A former employee was shot dead"))
    assert all("A former employee" not in labels(c, "b") or "The suspect" not in labels(c, "b") for c in found.values())


def test_someone_told_before_the_act_leaves_the_lede_alone():
    found = naming_contrasts(_SHOT_A, _SHOT_B.replace("recently let go from his job", "who argued with a manager"))
    assert all("A former employee" not in labels(c, "b") or "The suspect" not in labels(c, "b") for c in found.values())


_DEPUTY_A = ("Deputy Ivo Brandt went to an apartment to question a woman.\n\n"
             "As he spoke to her at the door, the suspect in the previous day's shooting appeared and shot him in the head.")
_DEPUTY_B = "Officer Brandt was knocking on doors and he was shot point blank range in the head by gang member Dan Rell."


def test_the_named_agent_of_a_passive_attack_is_the_suspect():
    rell = contrast_with(naming_contrasts(_DEPUTY_A, _DEPUTY_B), "Dan Rell", "b")
    assert rell is not None and "the suspect" in labels(rell, "a")


def test_one_who_may_use_force_in_duty_or_a_possessor_is_no_suspect():
    for b in (_DEPUTY_B.replace("gang member", "police officer"), _DEPUTY_B.replace("Dan Rell.", "Dan Rell's cousin.")):
        assert contrast_with(naming_contrasts(_DEPUTY_A, b), "Dan Rell", "b") is None


_BOSS_OTHER = "A man opened fire at the Harlow office party on Friday, killing Dan Rell, 40."
_BOSS_TOLD = ("Employees at a Dunmere wholesaler were coping on Saturday with the death of their boss, who was "
              "gunned down at their office party.\n\nIn the office, Dan Rell, 40, the CEO of Harlow, lay dead.")


def test_their_boss_is_the_one_head_of_a_business_named():
    rell = contrast_with(naming_contrasts(_BOSS_OTHER, _BOSS_TOLD), "Dan Rell", "a")
    assert rell is not None and "their boss" in labels(rell, "b")


def test_his_boss_or_one_of_two_heads_is_no_one_named():
    for told in (_BOSS_TOLD.replace("the death of their boss", "the death of his boss"),
                 _BOSS_TOLD + "\n\nIvo Brandt, the chief executive of Polwith, said he was shocked."):
        rell = contrast_with(naming_contrasts(_BOSS_OTHER, told), "Dan Rell", "a")
        assert rell is None or not any("boss" in t for t in labels(rell, "b"))


_SICILY_B = ("A suspected Mafia boss arrested Tuesday has hanged himself in his prison cell, police sources said.\n\n"
             "Dan Rell, who was already convicted, was found dead late last night in a prison in the Sicilian capital of Palermo.")


def test_a_name_inside_a_description_of_the_opening_is_no_one_named():
    boss = contrast_with(naming_contrasts(_BOSS_A, _SICILY_B), "Dan Rell", "b")
    assert boss is not None and labels(boss, "a") == {"An alleged Mafia boss"}


def test_another_person_named_in_the_opening_leaves_the_lede_alone():
    found = naming_contrasts(_BOSS_A, _SICILY_B.replace("late last night", "a day after Ivo Brandt was arrested"))
    assert contrast_with(found, "Dan Rell") is None
