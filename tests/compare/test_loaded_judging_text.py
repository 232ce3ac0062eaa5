"""A weak graded word is shown only in a text whose writer judges (loaded_graded_min_density);
the reader the writer advises is no speaker being judged."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import LexicalSettings

PLAIN = "The team measured the samples in the laboratory over three weeks. " * 6
WEAK = "The cells turned up in unexpected places, a subtle change the team had not seen. "
JUDGING = "The senator slammed the disgraceful, outrageous and shameful plan. Critics mocked the absurd scheme. "


# "unexpected" and "subtle" score below 0.6: weak graded words under the bar of a strong one as
# it is by default (under the lower bar of 0.45 they are strong)
WEAK_BAR = LexicalSettings(loaded_shown_probability=0.6)


def _graded(text: str, settings: LexicalSettings = WEAK_BAR) -> list[str]:
    found = find_loaded_terms(text, quotes=article_quotes(text), settings=settings)
    return [text[h.start:h.end] for h in found if h.score is not None]


def test_weak_graded_words_of_a_text_that_barely_judges_are_not_shown():
    text = PLAIN + WEAK + PLAIN
    assert _graded(text) == []
    assert _graded(text, LexicalSettings(loaded_graded_min_density=0, loaded_shown_probability=0.6)) == ["unexpected", "subtle"]  # the rule, off


def test_the_same_words_in_a_text_that_judges_are_shown():
    assert _graded(PLAIN + WEAK + JUDGING) == ["unexpected", "subtle"]


def test_judging_words_inside_quotations_do_not_make_the_writer_judge():
    quoted = 'The senator said: "The plan is disgraceful, outrageous and shameful. It is absurd." '
    assert _graded(PLAIN + WEAK + quoted) == []


def test_a_strong_graded_word_needs_no_judging_text():
    text = PLAIN + "The results were frustrating for the whole team. " + PLAIN
    assert "frustrating" in _graded(text)


def test_under_the_lower_bar_the_same_words_are_shown_in_a_text_that_judges_only():
    lower = LexicalSettings(loaded_shown_probability=0.45)
    shown = lambda text: [text[h.start:h.end] for h in find_loaded_terms(text, quotes=article_quotes(text), settings=lower)  # noqa: E731
                          if h.score is None]
    assert "unexpected" in shown(PLAIN + WEAK + JUDGING)
    assert "unexpected" not in shown(PLAIN + WEAK + PLAIN)


def test_the_reader_advised_is_no_speaker_judged():
    words = lambda text: [text[h.start:h.end] for h in find_loaded_terms(text)]  # noqa: E731
    assert "double down" not in words("If it works, you want to double down and do more of it.")
    assert "doubled down" in words("The senator doubled down on his remarks.")
