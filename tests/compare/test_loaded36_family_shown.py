"""Graded describing words of a listed word's family, shown as loaded from the graded minimum
("desperate" of the listed "desperately") with ``loaded_family_shown`` (on by default since the
grown reading set measured its words within noise), and the bar of a strong describing word
(``loaded_shown_probability``: 0.6, and 0.45 where a test lowers it); nouns and verbs of a family, texts that barely judge, quoted
words and literal senses stay as they were."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import _family_forms, find_loaded_terms
from sidebyside.settings import DEFAULT, LexicalSettings

FAMILY = LexicalSettings(loaded_family_shown=True)
NO_FAMILY = LexicalSettings(loaded_family_shown=False)
LOWER_BAR = LexicalSettings(loaded_shown_probability=0.45)


def found(text, settings=None):
    """(words, shown by default, quoted) of each hit: shown when it carries no graded score."""
    kw = {"settings": settings} if settings is not None else {}
    return [(text[h.start : h.end], h.score is None, h.quoted) for h in find_loaded_terms(text, quotes=article_quotes(text), **kw)]


def test_the_family_of_a_listed_word_is_read_from_its_shape():
    assert _family_forms("angrily", "evaluative") == {"angry"}
    assert _family_forms("predictably", "evaluative") == {"predictable"}
    assert {"ironic", "ironical"} <= _family_forms("ironically", "evaluative")
    assert "callous" in _family_forms("callousness", "evaluative")
    assert {"crueler", "cruelest"} <= _family_forms("cruel", "evaluative")
    assert "shame" in _family_forms("shameful", "emotive")
    assert {"troubled", "trouble"} <= _family_forms("troubling", "emotive")


def test_no_family_for_phrases_compounds_or_softening_words():
    assert _family_forms("gloss over", "evaluative") == set()
    assert _family_forms("far-left", "contested label") == set()
    assert _family_forms("neutralise", "euphemism") == set()  # no judging adverb or participle


def test_a_describing_word_of_a_listed_adverbs_family_is_shown_in_a_judging_text():
    text = "The reckless mayor made a desperate plea to the council."
    assert ("desperate", True, False) in found(text, FAMILY)
    assert ("desperate", True, False) in found(text)  # on by default
    assert ("desperate", False, False) in found(text, NO_FAMILY)  # off: possibly loaded


def test_a_noun_or_verb_of_a_family_stays_possibly_loaded():
    # "threatens" of the listed "threatening": the act, told
    assert ("threatens", False, False) in found("The reckless mayor threatens to close the library.", FAMILY)


def test_a_family_word_in_a_text_that_barely_judges_is_not_shown():
    text = "He set out to learn why the desperate cells divide, and he measured them for years in the lab."
    assert found(text, FAMILY) == []


def test_a_family_word_inside_a_quotation_is_the_speakers():
    text = 'The reckless mayor said: "The council is desperate for money and it shows."'
    assert ("desperate", True, True) in found(text, FAMILY)
    assert ("desperate", True, False) not in found(text, FAMILY)


def test_the_bar_of_a_strong_describing_word_is_read_from_the_settings():
    text = "The reckless mayor gave a vague answer to the council."  # "vague" scores 0.555
    assert DEFAULT.compare.lexical.loaded_shown_probability == 0.6
    assert ("vague", False, False) in found(text)
    assert ("vague", True, False) in found(text, LOWER_BAR)


def test_a_word_above_the_lower_bar_stays_unshown_where_the_writer_barely_judges():
    # the same "vague" in a science report: no listed judgement around it, so only possibly loaded
    text = "The researchers said the early signal was vague, and they repeated the measurement twice in the lab."
    assert found(text, LOWER_BAR) == []


def test_a_word_above_the_lower_bar_inside_a_quotation_is_the_speakers():
    text = 'The reckless mayor said: "It was a vague answer and the council knows it."'
    assert ("vague", True, True) in found(text, LOWER_BAR)  # shown apart, as the speaker's
    assert ("vague", True, False) not in found(text, LOWER_BAR)


def test_literal_senses_and_plain_reporting_stay_out():
    assert found("Workers raised a huge flag over the hall.", FAMILY) == []
    assert found("The ministry processed 400 asylum claims last year, an official said.", FAMILY) == []
    assert found("The mayor said the council would meet on Monday.", FAMILY) == []


def test_by_default_literal_senses_plain_reporting_and_quoted_words_stay_out_of_the_outlets_words():
    assert found("Workers raised a huge flag over the hall.") == []
    assert found("The ministry processed 400 asylum claims last year, an official said.") == []
    assert found("The mayor said the council would meet on Monday, and the minister told reporters the same.") == []
    text = 'The reckless mayor said: "The council is desperate for money and it shows."'
    assert [h for h in found(text) if h[0] == "desperate"] == [("desperate", True, True)]  # the speaker's
