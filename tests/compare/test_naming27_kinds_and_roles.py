"""A named work or thing told by the kind the article gives it ("the series Doctor Who ... the
show", "The film, NEW MOON, ... the film"), never when two names are given the kind or the name
was never given it; the role after "replace X as" / "succeed X as" is the subject's, after
"named X as" the one named; two "a/an" descriptions of one kind of thing in one sentence are
two things."""

from __future__ import annotations

import pytest

from .helpers import assert_apart, assert_joined, compared_labels

CHEEKS = "The 76ers fired coach Maurice Cheeks on Saturday. "


@pytest.mark.parametrize("text, mention, joined, apart", [
    # ------------------------------------------------------------ a name told by its kind
    pytest.param("The actor has been cast as the new star of the BBC series Doctor Who. Filming starts in the "
                 "autumn. The show first aired in 1963 and ran for decades.", "The show", "Doctor Who", (),
                 id="the_show_joins_the_one_name_given_the_kind_series"),
    pytest.param("Summit Entertainment hired a new director on Monday. The film, Moonrise Harbor, is based on a "
                 "novel. Production on Moonrise Harbor begins in March, and the studio will release the film in 2010.",
                 "the film", "Moonrise Harbor", (), id="a_description_in_apposition_gives_the_name_its_kind"),
    # ------------------------------------------------------------ the role after "VERB NAME as"
    pytest.param(CHEEKS + "Assistant general manager Tony DiLeo will replace Cheeks as the interim head coach, the "
                 "team said.", "the interim head coach", "Assistant general manager Tony DiLeo",
                 ("coach Maurice Cheeks",), id="replace_x_as_gives_the_role_to_the_subject"),
    pytest.param("The 76ers fired Maurice Cheeks on Saturday. Cheeks was replaced by Tony DiLeo as the interim head "
                 "coach, the team said.", "the interim head coach", "Tony DiLeo", ("Maurice Cheeks",),
                 id="replaced_by_y_as_gives_the_role_to_the_one_after_by"),
    pytest.param("The board met on Monday. Chairman Robert Hale named Susan Ortiz as the new chief executive, the "
                 "company said.", "the new chief executive", "Susan Ortiz", ("Chairman Robert Hale",),
                 id="named_x_as_gives_the_role_to_the_one_named"),
    pytest.param("The Sixers have hired Mike Brown as the head coach. Brown led the team before.", "the head coach",
                 "Mike Brown", (), id="hired_x_as_gives_the_role_to_the_one_hired"),
    # ------------------------------------------------------------ things in two sentences
    pytest.param("Microsoft released an emergency patch on Tuesday for its browser. Customers should install an "
                 "update as soon as they can.", "an update", "an emergency patch", (),
                 id="indefinite_things_in_two_sentences_may_still_be_one"),
])
def test_a_mention_joins_the_one_the_text_tells(text, mention, joined, apart):
    assert_joined(text, mention, joined, apart)


@pytest.mark.parametrize("text, mention, names", [
    pytest.param("He starred in the series Doctor Who and later in the series Broadchurch. "
                 "Critics said the show was the best of the year.", "the show", ("Doctor Who", "Broadchurch"),
                 id="two_names_given_the_kind_leave_the_show_to_neither"),
    pytest.param("The actor will star in Doctor Who next year, the broadcaster said. "
                 "Critics said the show was the best of the year.", "the show", ("Doctor Who",),
                 id="a_name_never_given_the_kind_is_not_the_show"),
    pytest.param("He starred in the series Doctor Who for four years. The news was revealed on a special "
                 "live show on Sunday, and the show drew millions of viewers.", "the show", ("Doctor Who",),
                 id="a_show_introduced_with_a_is_not_carried_to_the_named_one"),
    pytest.param("Peter Capaldi will star in Doctor Who next year. He was unveiled on the special show "
                 "Doctor Who Live on Sunday. Fans have loved the show since 1963.", "the show",
                 ("Doctor Who Live", "Doctor Who"), id="a_show_named_after_another_name_leaves_the_show_to_neither"),
    pytest.param(CHEEKS + "The team said he would be succeeded soon. "
                 "Someone from the front office will succeed Cheeks as the head coach.", "the head coach",
                 ("coach Maurice Cheeks",), id="succeed_x_as_with_no_named_subject_credits_the_role_to_no_one_named"),
    # ------------------------------------------------------------ two things in one sentence
    pytest.param("Microsoft warned of a flaw in its browser. The company said it is working on an official "
                 "patch to plug the hole, but in the meantime it has released a stopgap fix for customers.",
                 "a stopgap fix", ("an official patch",), id="two_indefinite_things_of_one_kind_in_one_sentence_stay_two"),
])
def test_a_mention_the_text_does_not_tell_for_one_joins_none(text, mention, names):
    assert_apart(text, mention, names)


def test_replace_as_is_never_credited_across_to_the_one_replaced():
    for found in compared_labels("The 76ers fired coach Maurice Cheeks on Saturday after a poor start. Cheeks led the "
                                 "team for four seasons.",
                                 "The 76ers fired Maurice Cheeks on Saturday. Assistant general manager Tony DiLeo "
                                 "will replace Cheeks as the interim head coach, the team said."):
        if "the interim head coach" in found:
            assert not any("Cheeks" in label for label in found)
