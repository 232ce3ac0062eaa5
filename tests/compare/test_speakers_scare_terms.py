"""Terms in quote marks that no speaker is said to use get none; the terms a speech clause
reports stay its speaker's."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in article_quotes(text) if q.text.startswith(words))


def test_a_term_closing_its_sentence_is_not_credited_to_the_clause_opening_the_next():
    text = ('The last thing to consider is "artificial replacement." As Dana Lowe at The Budget Desk '
            "explains, replacing a thing you own is rarely worth it.")
    assert speaker_of(text, "artificial replacement") is None
    text = 'Historians call the 1900s the "neon century." The author draws a parallel with gas light.'
    assert speaker_of(text, "neon century") is None


def test_a_term_after_a_comma_keeps_the_clause_right_after_it():
    text = 'Four appointments failed to find the cause, which was "extremely distressing," wrote Taylor.'
    assert speaker_of(text, "extremely distressing") == "Taylor"


def test_a_term_in_a_paraphrase_introduced_by_as_is_the_writers():
    text = ('As the authors explain, research in monkeys shows that the brain "feels" ready before it '
            "has all the evidence.")
    assert speaker_of(text, "feels") is None
    text = 'It is not clear, as Wee indicates, whether the "fix it" is a real update.'
    assert speaker_of(text, "fix it") is None


def test_a_term_a_speech_verb_reports_stays_its_speakers():
    text = 'Police Chief Ann Moss said the fire was "potentially suspicious" and asked for witnesses.'
    assert speaker_of(text, "potentially suspicious") == "Ann Moss"
    text = 'They are "squatters," as Espinosa put it, and medical students.'
    assert speaker_of(text, "squatters") == "Espinosa"
