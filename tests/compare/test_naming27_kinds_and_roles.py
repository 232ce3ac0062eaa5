"""A named work or thing told by the kind the article gives it ("the series Doctor Who ... the
show", "The film, NEW MOON, ... the film"), never when two names are given the kind or the name
was never given it; the role after "replace X as" / "succeed X as" is the subject's, after
"named X as" the one named; two "a/an" descriptions of one kind of thing in one sentence are
two things."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.model import comparison_to_json

from .helpers import article, chain_of


# ------------------------------------------------------------------ a name told by its kind

def test_the_show_joins_the_one_name_given_the_kind_series():
    found = chain_of("The actor has been cast as the new star of the BBC series Doctor Who. "
                     "Filming starts in the autumn. The show first aired in 1963 and ran for decades.")
    assert "The show" in found["Doctor Who"]


def test_a_description_in_apposition_gives_the_name_its_kind():
    found = chain_of("Summit Entertainment hired a new director on Monday. The film, Moonrise Harbor, is based on a "
                     "novel. Production on Moonrise Harbor begins in March, and the studio will release the film in 2010.")
    assert "the film" in found["Moonrise Harbor"]


def test_two_names_given_the_kind_leave_the_show_to_neither():
    found = chain_of("He starred in the series Doctor Who and later in the series Broadchurch. "
                     "Critics said the show was the best of the year.")
    assert "the show" not in found["Doctor Who"]
    assert "the show" not in found["Broadchurch"]


def test_a_name_never_given_the_kind_is_not_the_show():
    found = chain_of("The actor will star in Doctor Who next year, the broadcaster said. "
                     "Critics said the show was the best of the year.")
    assert "the show" not in found["Doctor Who"]


def test_a_show_introduced_with_a_is_not_carried_to_the_named_one():
    found = chain_of("He starred in the series Doctor Who for four years. The news was revealed on a special "
                     "live show on Sunday, and the show drew millions of viewers.")
    assert "the show" not in found["Doctor Who"]


# ------------------------------------------------------------------ the role after "VERB NAME as"

def test_replace_x_as_gives_the_role_to_the_subject():
    found = chain_of("The 76ers fired coach Maurice Cheeks on Saturday. Assistant general manager Tony DiLeo "
                     "will replace Cheeks as the interim head coach, the team said.")
    assert "the interim head coach" in found["Assistant general manager Tony DiLeo"]
    assert "the interim head coach" not in found["coach Maurice Cheeks"]


def test_replaced_by_y_as_gives_the_role_to_the_one_after_by():
    found = chain_of("The 76ers fired Maurice Cheeks on Saturday. Cheeks was replaced by Tony DiLeo "
                     "as the interim head coach, the team said.")
    assert "the interim head coach" in found["Tony DiLeo"]
    assert "the interim head coach" not in found["Maurice Cheeks"]


def test_named_x_as_gives_the_role_to_the_one_named():
    found = chain_of("The board met on Monday. Chairman Robert Hale named Susan Ortiz as the new chief "
                     "executive, the company said.")
    assert "the new chief executive" in found["Susan Ortiz"]
    assert "the new chief executive" not in found["Chairman Robert Hale"]


def test_replace_as_is_never_credited_across_to_the_one_replaced():
    one = article("The 76ers fired coach Maurice Cheeks on Saturday after a poor start. Cheeks led the team "
                  "for four seasons.")
    two = article("The 76ers fired Maurice Cheeks on Saturday. Assistant general manager Tony DiLeo will replace "
                  "Cheeks as the interim head coach, the team said.")
    out = comparison_to_json(compare(one, two))
    for contrast in out["framing"]["label_contrasts"]:
        labels = {m["text"] for side in ("a", "b") for m in contrast[side]}
        if "the interim head coach" in labels:
            assert not any("Cheeks" in label for label in labels)


# ------------------------------------------------------------------ two things in one sentence

def test_two_indefinite_things_of_one_kind_in_one_sentence_stay_two():
    found = chain_of("Microsoft warned of a flaw in its browser. The company said it is working on an official "
                     "patch to plug the hole, but in the meantime it has released a stopgap fix for customers.")
    assert "a stopgap fix" not in found["an official patch"]


def test_indefinite_things_in_two_sentences_may_still_be_one():
    found = chain_of("Microsoft released an emergency patch on Tuesday for its browser. Customers should "
                     "install an update as soon as they can.")
    assert "an update" in found["an emergency patch"]


def test_a_show_named_after_another_name_leaves_the_show_to_neither():
    found = chain_of("Peter Capaldi will star in Doctor Who next year. He was unveiled on the special show "
                     "Doctor Who Live on Sunday. Fans have loved the show since 1963.")
    assert "the show" not in found["Doctor Who Live"]
    assert "the show" not in found["Doctor Who"]


def test_succeed_x_as_with_no_named_subject_credits_the_role_to_no_one_named():
    found = chain_of("The 76ers fired coach Maurice Cheeks on Saturday. The team said he would be succeeded soon. "
                     "Someone from the front office will succeed Cheeks as the head coach.")
    assert "the head coach" not in found["coach Maurice Cheeks"]


def test_hired_x_as_gives_the_role_to_the_one_hired():
    found = chain_of("The Sixers have hired Mike Brown as the head coach. Brown led the team before.")
    assert "the head coach" in found["Mike Brown"]

