"""A graded describing word coordinated with a listed judging describing word is shown as loaded
(its score dropped): the writer piles up judgements. Not beside a noun, not across a quotation's
edge, and not with the rule off (its default: it showed words a reader judged not loaded on
pages nobody tuned on)."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import LexicalSettings


# the bar of a strong describing word as it was when the rule was written (0.6): alone, "vague"
# (0.555) is then only possibly loaded, as the rule needs
ON = LexicalSettings(loaded_coordinated_shown=True, loaded_shown_probability=0.6)


def scored(text, settings=ON, with_quotes=False):
    kw = {"settings": settings}
    quotes = article_quotes(text) if with_quotes else ()
    return {text[h.start : h.end]: h.score for h in find_loaded_terms(text, quotes=quotes, **kw)}


JUDGING = "The plan is ridiculous and the rollout a disgrace. "


def test_a_graded_word_and_a_listed_one_are_shown_alike():
    found = scored(JUDGING + "Buyers exploit weak and ineffective laws.")
    assert found["weak"] is None and found["ineffective"] is None


def test_a_comma_coordinates_too():
    found = scored(JUDGING + "In a rambling, vague press conference he spoke.")
    assert found["vague"] is None


def test_the_listed_word_may_come_first():
    found = scored(JUDGING + "In a bizarre and unexpected twist the singer left.")
    assert found["unexpected"] is None


def test_alone_the_graded_word_stays_possibly_loaded():
    found = scored(JUDGING + "In a vague press conference he made an absurd claim.")
    assert found["vague"] is not None and found["absurd"] is None


def test_a_noun_beside_it_is_no_partner():
    found = scored(JUDGING + "He told lies and vague stories about it.")
    assert found["lies"] is None and found["vague"] is not None


def test_the_rule_is_off_by_default():
    found = scored(JUDGING + "Buyers exploit weak and ineffective laws.", settings=LexicalSettings())
    assert found["weak"] is not None


def test_inside_and_outside_a_quotation_are_not_coordinated():
    text = JUDGING + 'Critics called the law "ineffective" and weak, he wrote.'
    found = find_loaded_terms(text, quotes=article_quotes(text), settings=ON)
    weak = [h for h in found if text[h.start : h.end] == "weak"]
    assert not weak or weak[0].score is not None
