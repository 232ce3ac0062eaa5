"""A one-word name too short for its consonant skeleton ("Harran": r-n) is looked for in an article
in another script by a finer skeleton that keeps the h sounds, as a whole word."""

from __future__ import annotations

from sidebyside.compare.translit import SkeletonIndex, fine_skeleton


def test_the_finer_skeleton_keeps_h_sounds_in_every_script():
    assert fine_skeleton("Harran") == fine_skeleton("حران") == fine_skeleton("Харран")
    assert fine_skeleton("Homs") == fine_skeleton("حمص") == fine_skeleton("Хомс")
    assert fine_skeleton("Iran") == fine_skeleton("إيران") != fine_skeleton("Harran")


def test_a_short_name_is_found_as_a_word_of_the_other_script():
    index = SkeletonIndex("وصلت القافلة إلى وادي حران يوم الاثنين".split(), "latin")
    assert index.has_short_name("Harran")
    # negatives: another word of the same coarse skeleton is no match ("إيران", Iran), and a
    # name whose skeleton is long enough is left to the coarse search
    assert not SkeletonIndex("زار الرئيس إيران يوم الاثنين".split(), "latin").has_short_name("Harran")
    assert not index.has_short_name("Iran")
    assert not index.has_short_name("Qasr")
