"""Distinctive terms as reader29.md found them useless: the topic words of two different stories
("freed", "hostages" against "legal", "critics"), each "never in" the other. Distinctive terms are
read between two reports of one event: a pair the relatedness verdict does not call one event
lists none. And an irregular verb's -s form ("fights", "deals") is spelt as a plural noun is:
it is no sign of a describing word. Examples invented."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.compare.distinctive import _describes, for_one_story
from sidebyside.model import DistinctiveTerm, Framing, HeadingTerm, Span

from .helpers import article

SWAP = [
    "Two teachers held by rebels since 2016 were released on Tuesday in a swap, and the released men were "
    "flown to the capital.",
    "The hostages had been freed after months of direct talks, and the rebels freed three prisoners in return.",
    "Both hostages were said to be well.",
]
HOMES = [
    "The council said on Tuesday that the new homes on the hill were legal, a decision its critics called illegal.",
    "The critics reiterated that the plan was illegal, and the council's administration said it considers the "
    "homes legal.",
    "Foreign observers made no comment.",
]


def test_two_stories_list_no_distinctive_terms():
    c = compare(article(*SWAP), article(*HOMES))
    assert c.relatedness.verdict != "same event"
    assert c.framing.distinctive_terms == ((), ())


def test_one_story_told_twice_keeps_its_distinctive_terms():
    a = ["Rebels released two teachers on Tuesday, freed after months of talks held in Orlo, officials said.",
         "The teachers, Dan Rell and Ivo Brandt, were flown to Harlow; the rebels said they freed them as a gesture.",
         "Dan Rell and Ivo Brandt had been held since 2016, and the rebels freed them unharmed."]
    b = ["Rebels let go two teachers on Tuesday after months of talks held in Orlo, officials said.",
         "The teachers, Dan Rell and Ivo Brandt, were flown to Harlow after the rebels let them go.",
         "Dan Rell and Ivo Brandt had been held since 2016 and were let go unharmed."]
    c = compare(article(*a), article(*b))
    assert c.relatedness.verdict == "same event"
    assert "freed" in {t.term for t in c.framing.distinctive_terms[0]}


def test_for_one_story_drops_the_headline_terms_too():
    term = DistinctiveTerm("freed", 3.0, 2, (Span(0, 5),))
    heads = (HeadingTerm("title", 0, 5, "freed", "distinctive_term"),
             HeadingTerm("title", 6, 12, "regime", "loaded_term", "contested label"))
    framing = for_one_story(Framing(distinctive_terms=((term,), ()), heading_terms=(heads, ())))
    assert framing.distinctive_terms == ((), ())
    assert [h.term for h in framing.heading_terms[0]] == ["regime"]  # the loaded word stays


def test_an_irregular_verbs_s_form_is_no_describing_word():
    assert not _describes("fights") and not _describes("deals") and not _describes("shows")
    assert _describes("fought") and _describes("told")  # a past form only a verb writes
