"""Reader27's naming items: a nationality before a name is no title, and "the American" is the
one person the pair calls American; a first name written alone is the one person the pair names
in full with it; a police force's short and full names, and a bank both outlets name, rank below
the differences a teacher shows."""

from __future__ import annotations

from .helpers import article, contrast_with, labels, naming_contrasts

_FIGHT_A = ("Ivo Brandt defended his crown with ease after stopping American Dale Mercer in the seventh round "
            "of their bout in Germany.")
_FIGHT_B = ("Ivo Brandt stopped Dale Mercer in the seventh round to keep his titles in Germany.\n\n"
            "Mercer barely landed a punch all night.\n\n"
            "Brandt's left jab caused problems for Mercer and the American had to hold on.")


def test_the_american_is_the_one_person_the_other_article_calls_american():
    found = naming_contrasts(_FIGHT_A, _FIGHT_B)
    mercer = contrast_with(found, "American Dale Mercer", "a")
    assert mercer is not None and "the American" in labels(mercer, "b")


def test_a_nationality_before_a_name_is_no_title():
    found = naming_contrasts(_FIGHT_A, _FIGHT_B)
    assert contrast_with(found, "American Dale Mercer", "a").category != "title"


def test_a_title_after_the_nationality_is_still_a_title():
    found = naming_contrasts("Polish President Ivo Brandt arrived in Berlin on Monday.",
                             "Ivo Brandt arrived in Berlin on Monday. Brandt met the chancellor.")
    assert contrast_with(found, "Polish President Ivo Brandt", "a").category == "title"


def test_the_american_is_no_one_when_the_pair_calls_two_people_american():
    found = naming_contrasts(_FIGHT_A.replace("in Germany.", "in Germany, watched by American Joe Quill."), _FIGHT_B)
    assert contrast_with(found, "the American") is None


def test_the_americans_are_no_one_person():
    found = naming_contrasts(_FIGHT_A, _FIGHT_B.replace("the American had", "the Americans had"))
    assert contrast_with(found, "the Americans") is None


_DOCTOR_A = ("Tom Rell has time to come to terms with the task ahead.\n\n"
             "Tom Rell will play the time lord in 2010, the producers said.")
_DOCTOR_B = ("On Saturday, the actor was unveiled as the new doctor.\n\n"
             "Tom, who has stage and TV credits, will take up the role in 2010.")


def test_a_first_name_alone_is_the_one_person_the_pair_names_in_full_with_it():
    found = naming_contrasts(_DOCTOR_A, _DOCTOR_B)
    rell = contrast_with(found, "Tom", "b")
    assert rell is not None and "Tom Rell" in labels(rell, "a")


def test_a_first_name_alone_is_no_longer_an_omission():
    from sidebyside.compare.framing import analyse_framing

    only_a = analyse_framing(article(_DOCTOR_A), article(_DOCTOR_B)).only_in[0]
    assert not any(o.entity == "Tom Rell" for o in only_a)


def test_a_first_name_alone_ranks_above_a_surname_alone():
    found = naming_contrasts(_DOCTOR_A + "\n\nIvo Brandt directs the first episode in Cardiff.",
                             _DOCTOR_B + "\n\nThe first episode, directed by Brandt, is filmed in Cardiff.")
    rell, barker = contrast_with(found, "Tom", "b"), contrast_with(found, "Brandt", "b")
    assert rell is not None and barker is not None and rell.telling > barker.telling


def test_a_first_name_two_people_share_is_neither():
    found = naming_contrasts(_DOCTOR_A + "\n\nHe replaces Tom Barker, who leaves in 2009.", _DOCTOR_B)
    assert contrast_with(found, "Tom", "b") is None


def test_a_first_name_written_in_lower_case_too_is_a_word():
    found = naming_contrasts("Will Denby will play the time lord in 2010.",
                             "On Saturday, the actor was unveiled as the new doctor.\n\nWill he take up the role in 2010?")
    assert contrast_with(found, "Will", "b") is None


def test_a_police_force_by_its_short_and_full_name_ranks_below_a_description():
    found = naming_contrasts(
        "According to Ridgeway police a bomb technician was killed at the bank.",
        "Capt. Dan Merrow of the Ridgeway Police Department said Senior Trooper Ada Voss, a bomb squad "
        "technician with the Oregon State Police, was killed at the bank.")
    police = contrast_with(found, "Ridgeway police", "a")
    technician = contrast_with(found, "a bomb technician", "a")
    assert police is not None and police.category == "short form"
    assert technician is not None and technician.telling > police.telling


def test_a_bank_both_name_ranks_low_for_its_description():
    found = naming_contrasts(
        "A bomb exploded at an Oregon bank in Ridgeway late Friday.\n\n"
        "An officer arrived at the North Shore Bank after a call.\n\n"
        "The bank was evacuated.\n\nShortly after, the North Shore Bank received a call.",
        "A bomb exploded at a North Shore Bank branch in Ridgeway, killing a police officer.")
    bank = contrast_with(found, "an Oregon bank", "a")
    assert bank is not None and bank.telling < 0.5


def test_a_bank_one_side_only_describes_stays_a_description():
    found = naming_contrasts(
        "A bomb exploded at an Oregon bank in Ridgeway late Friday.\n\nThe bank was evacuated.",
        "A bomb exploded at the North Shore Bank in Ridgeway, killing a police officer.\n\n"
        "The North Shore Bank was evacuated.")
    bank = contrast_with(found, "an Oregon bank", "a")
    assert bank is not None and bank.telling >= 0.5


def test_the_group_each_article_opens_with_is_one_by_nouns_of_one_sense():
    found = naming_contrasts(
        "Armed robbers stole diamonds worth 80 million euros from a jeweller in Lyon, prosecutors said.",
        "A band of jewel thieves, some posing as women, stole diamonds from a Lyon jeweller on Friday.")
    robbers = contrast_with(found, "robbers", "a")
    assert robbers is not None and "jewel thieves" in labels(robbers, "b")


def test_a_bare_plural_after_someone_named_is_no_opening_group():
    found = naming_contrasts(
        "Armed robbers stole diamonds worth 80 million euros from a jeweller in Lyon, prosecutors said.",
        "Marc Dupont told reporters that thieves had never struck his Lyon shop before.")
    assert contrast_with(found, "robbers", "a") is None


def test_a_noun_before_a_bare_plural_after_a_preposition_is_the_labels():
    from .helpers import naming_chains

    _builder, _view, chains = naming_chains("Police are looking for a band of jewel thieves in Lyon.")
    assert any(r.text == "jewel thieves" for r in chains.refs)
    _builder, _view, chains = naming_chains("Police are looking for Somali and Yemeni pirates in the gulf.")
    assert not any(r.text.endswith("Yemeni pirates") for r in chains.refs)
