"""Two wrong naming contrasts a reader saw on real pairs, on hand-written text, negatives
included: a child's description chained to an adult (naming.people._children_apart) and one day
told relative to the article's date against the same day written out (times.same_day_in_other_words:
kept for the record, said to be the same day and ranked last, never shown as framing)."""

from __future__ import annotations

from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.naming import ChainBuilder, vocabulary
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.times import same_day_in_other_words
from sidebyside.settings import DEFAULT

from .helpers import article, chain_of


# ---------------------------------------------------------------- a child never names an adult

def test_a_child_in_a_relative_clause_leaves_the_adult_named_after_it():
    found = chain_of("The man who abducted the child, Carl Dunmore, 47, was jailed on Friday. "
                     "Dunmore drove the child to a motel. Police found the child unharmed.")
    assert "the child" not in found["Carl Dunmore"]


def test_the_object_of_a_relative_clause_is_no_apposition_of_the_name_after_it():
    found = chain_of("The man who kidnapped the child, Michael Webb, was sentenced to life. Webb confessed.")
    assert "the child" not in found["Michael Webb"]
    # (a name right after a role no relative clause's verb takes is the role's)
    found = chain_of("Officers who arrested the man said the driver, Kyle Beus, was drunk. Beus was charged.")
    assert "the driver" in found["Kyle Beus"]


def test_an_honorific_or_an_adults_noun_shows_an_adult():
    found = chain_of("Police said the boy, Mr. Dunmore, was held. Mr. Dunmore later left.")
    assert "the boy" not in found.get("Mr. Dunmore", set())


def test_the_boys_father_is_an_adult_who_keeps_his_name():
    found = chain_of("Carl Dunmore, the boy's father, spoke to reporters. Dunmore thanked police.")
    assert "the boy's father" in found["Carl Dunmore"]


def test_a_teen_may_be_named():
    found = chain_of("The boy, Carl Dunmore, 17, was arrested on Friday. Dunmore was charged with theft.")
    assert "The boy" in found["Carl Dunmore"]
    found = chain_of("Carl Dunmore, 17, was arrested on Friday. The 17-year-old was charged with theft.")
    assert "The 17-year-old" in found["Carl Dunmore"]


def test_a_child_named_later_joins_its_own_name():
    found = chain_of("A 6-year-old girl went missing on Sunday. The girl, Emma Lott, was found "
                     "on Monday. Lott was unharmed.")
    assert "The girl" in found["Emma Lott"]


def test_a_child_and_an_adult_named_in_one_pair_are_no_contrast():
    found = analyse_framing(
        article("The man who abducted the child, Carl Dunmore, 47, was jailed. Dunmore confessed."),
        article("The suspect, Carl Dunmore, was jailed. Dunmore confessed to abducting a child."),
    ).label_contrasts
    for c in found:
        texts = {m.text for m in (*c.a, *c.b)}
        assert not ({"the child", "a child"} & texts and "Carl Dunmore" in texts)


# ---------------------------------------------------------------- one day in other words

def test_a_day_relative_to_the_articles_date_is_the_same_day_written_out():
    assert same_day_in_other_words(["Tuesday evening", "tonight"], ["Tuesday", "tonight"])
    assert same_day_in_other_words(["last night"], ["Tuesday"])
    assert same_day_in_other_words(["yesterday"], ["Monday"])
    assert same_day_in_other_words(["early Thursday"], ["Thursday"])


def test_a_weekday_an_hour_or_a_date_is_the_same_day_in_other_words():
    assert same_day_in_other_words(["4 p.m. Friday", "Friday night"], ["Friday night"])
    assert same_day_in_other_words(["December 19", "yesterday"], ["Monday"])
    assert same_day_in_other_words(["Friday"], ["31 December"])
    assert same_day_in_other_words(["at noon Friday"], ["Friday"])


def test_two_dates_written_out_differently_still_differ():
    assert not same_day_in_other_words(["March 3"], ["March 4"])
    assert not same_day_in_other_words(["May 29"], ["May 29", "June 3"])
    assert same_day_in_other_words(["May 29"], ["May 29", "last May"])
    assert same_day_in_other_words(["July 13, 2009"], ["the night of July 13th"])


def test_tonight_against_a_written_day_is_said_to_be_the_same_day_and_ranked_last():
    found = analyse_framing(
        article("Residents were told to leave on Tuesday evening. \"Every family must leave tonight,\" Governor "
                "Piet Sandvik said."),
        article("Residents were told to leave on Tuesday. \"Every family must leave tonight,\" regional governor "
                "Piet Sandvik said."),
    ).label_contrasts
    times = [c for c in found if c.kind == "time"]
    assert [c.category for c in times] == ["same day"]
    assert found[-1] is times[0]


def test_a_weekday_against_its_date_is_the_same_day():
    found = analyse_framing(article("Fire gutted the Waitrose store on July 24, firefighters said."),
                            article("Fire gutted the Waitrose store on Saturday, firefighters said.")).label_contrasts
    assert [c.category for c in found if c.kind == "time"] == ["same day"]


def _chains_with(*refs):
    from collections import Counter

    from sidebyside.compare.naming import ArticleChains, Ref

    out = ArticleChains(refs=[Ref("text", s, s + len(t), t, form, "carl dunmore", "person", None, head)
                              for s, t, form, head in refs])
    out.kinds["carl dunmore"] = Counter(person=len(refs))
    out.roles["carl dunmore"] = {h for *_, h in refs if h}
    return out


def _builder():
    return ChainBuilder(lexicon(), EntityFinder(lexicon()), vocabulary(), DEFAULT.compare.naming)


def test_an_adults_role_sends_a_childs_description_to_a_chain_of_its_own():
    out = _chains_with((0, "the driver", "role", "driver"), (20, "Carl Dunmore", "name", None),
                       (60, "the boy", "description", "boy"))
    _builder()._children_apart(out)
    assert [r.chain for r in out.refs] == ["carl dunmore", "carl dunmore", "role:boy"]
    assert out.roles["carl dunmore"] == {"driver"} and "role:boy" in out.described


def test_a_child_with_no_adults_sign_keeps_its_name():
    out = _chains_with((0, "the boy", "role", "boy"), (20, "Carl Dunmore", "name", None),
                       (60, "the 12-year-old", "description", "age 12"))
    out.ages["carl dunmore"] = {12}
    _builder()._children_apart(out)
    assert {r.chain for r in out.refs} == {"carl dunmore"}
    # his father in his chain would be an adult's sign: the boy is not his own father
    out.refs.append(_chains_with((80, "the boy's father", "description", "father")).refs[0])
    _builder()._children_apart(out)
    assert out.refs[0].chain == "role:boy"
