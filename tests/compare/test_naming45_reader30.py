"""reader30's naming misses, with invented texts: a lede's description of a person is kept when
the story names others (a prosecutor, the defendant's lawyer), the participle after a role noun
("A former city councillor accused of ...") no longer makes the description too long to read,
and the two ledes of a pair that both describe the story's subject tell of one person."""

from __future__ import annotations

from .helpers import contrast_with, labels, naming_contrasts

_WIRE = ("A former councillor went on trial on Tuesday.\n\n"
         "Dan Rell, 58, had steered three road contracts to Orlo Construction, the jury was told.\n\n"
         "Rell denies the charges.")
_TABLOID = ("A disgraced ex-politician raked in a fortune in secret payments from a building firm, a court "
            "heard yesterday.\n\n"
            "Dan Rell, 58, pocketed the cash in return for handing the builder three road deals, the jury was told.\n\n"
            "Rell shook his head in the dock.\n\n")


# a wire lede whose description the wire itself leaves alone (the next sentence opens on a speaker)
_UNRESOLVED = ("A former councillor went on trial on Tuesday.\n\n"
               "Prosecutor Ada Moss told the jury that Dan Rell, 58, had steered three road contracts to a firm. "
               "Rell denies the charges.")


def test_a_second_person_named_keeps_the_lede_description_of_the_subject():
    found = naming_contrasts(_WIRE, _TABLOID + "His brief Tom Cale told the jury the cash was for real work.")
    contrast = contrast_with(found, "Dan Rell")
    assert contrast is not None
    assert "A disgraced ex-politician" in labels(contrast, "b")
    assert "A former councillor" in labels(contrast, "a")


def test_a_company_named_beside_the_subject_is_no_second_person():
    found = naming_contrasts(_WIRE, _TABLOID)
    contrast = contrast_with(found, "Dan Rell")
    assert contrast is not None and "A former councillor" in labels(contrast, "a")


def test_a_participle_after_the_role_noun_keeps_the_description():
    found = naming_contrasts(
        "A former Orlo city councillor accused of taking bribes went on trial on Tuesday.\n\n"
        "Dan Rell, 58, had steered three road deals to a firm, the jury was told. Rell denies it.",
        _TABLOID,
    )
    contrast = contrast_with(found, "Dan Rell")
    assert contrast is not None
    assert any(label.startswith("A former Orlo city councillor") for label in labels(contrast, "a"))


def test_the_other_lede_joins_the_person_only_its_partner_resolved():
    # the wire names the prosecutor first, the defendant inside her reported words: only the
    # tabloid's lede, whose next sentence opens on him, says who its description is
    found = naming_contrasts(
        _UNRESOLVED,
        _TABLOID + "His brief Tom Cale told the jury the cash was for real work.",
    )
    contrast = contrast_with(found, "Dan Rell")
    assert contrast is not None
    assert "A former councillor" in labels(contrast, "a")
    assert "A disgraced ex-politician" in labels(contrast, "b")


def test_a_speaker_opening_the_next_sentence_is_not_chosen():
    found = naming_contrasts(
        _UNRESOLVED,
        "A disgraced ex-politician raked in a fortune in secret payments, a court heard yesterday.\n\n"
        "Crown lawyer Ada Moss said Dan Rell, 58, pocketed the cash. Moss said Rell lied.\n\n"
        "His brief Tom Cale told the jury the cash was for real work.",
    )
    assert all("A disgraced ex-politician" not in labels(c, "b") for c in found.values())


def test_two_subjects_opening_the_next_sentence_leave_it_alone():
    found = naming_contrasts(
        _UNRESOLVED,
        "A disgraced ex-politician raked in a fortune in secret payments, a court heard yesterday.\n\n"
        "Dan Rell and Tom Cale pocketed the cash, the jury was told. Rell and Cale deny it.",
    )
    assert all("A disgraced ex-politician" not in labels(c, "b") for c in found.values())


def test_a_lede_of_one_side_only_joins_nothing_among_several_people():
    # the wire opens on the name: nothing confirms which of the tabloid's people its lede tells
    found = naming_contrasts(
        "Dan Rell, a former councillor, went on trial on Tuesday. Rell denies the charges.",
        _TABLOID + "His brief Tom Cale told the jury the cash was for real work.",
    )
    assert all("A disgraced ex-politician" not in labels(c, "b") for c in found.values())


def test_his_brief_before_a_name_is_the_lawyers_role():
    found = naming_contrasts(
        "Dan Rell, 58, denies the charges of fraud.\n\n"
        "Rell's barrister, Tom Cale, said his client had done legitimate consulting work.",
        "Dan Rell, 58, shook his head in the dock as the charges of fraud were read.\n\n"
        "His brief Tom Cale told the jury the cash was for real work.",
    )
    contrast = contrast_with(found, "Tom Cale")
    assert contrast is not None
    assert "brief Tom Cale" in labels(contrast, "b")
    assert "Tom Cale" not in labels(contrast, "b")


def test_a_brief_as_a_document_is_no_person():
    found = naming_contrasts(
        "Lawyer Tom Cale filed the papers on Monday.",
        "Tom Cale filed the brief on Monday. The brief runs to 40 pages.",
    )
    assert all(not any("brief" in label for label in labels(c, "b")) for c in found.values())
