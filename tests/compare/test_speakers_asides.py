"""Two forms of attribution a careful reader reads: the writer's aside "as X put it" right after
the quotation, and a sentence that opens "In X's words," / "In the words of X:" right before it.
Hand-written texts, negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_rule) for q in article_quotes(text)]


def test_as_x_put_it_after_the_close():
    text = "Ivan Espinosa runs the lab. Its volunteers are “squatters and medical students,” as Espinosa put it."
    assert _speakers(text) == [("Ivan Espinosa", "as-aside/name")]


def test_as_she_put_it_resolves_the_pronoun():
    text = "Ann Lee spoke to the council. The plan is “dead on arrival,” as she put it."
    assert _speakers(text) == [("Ann Lee", "as-aside/pronoun")]


def test_as_introducing_something_else_is_no_aside():
    assert _speakers("“We will win this,” as the crowd cheered in the square.")[0][0] is None


def test_in_someones_words_before_the_quotation():
    text = 'Michael Shadlen led the study.\n\nIn Dr. Shadlen\'s words, "Could the moment the brain decides be the moment we know?"'
    assert _speakers(text) == [("Michael Shadlen", "in-words-of/name")]
    text = 'Ann Lee led the study.\n\nIn her words, "We found nothing at all in the samples."'
    assert _speakers(text) == [("Ann Lee", "in-words-of/pronoun")]


def test_in_other_words_names_no_one():
    assert _speakers('Ann Lee led the study. In other words, "the plan is dead and nobody wants it back."')[0][0] is None


def test_with_someone_proclaiming_credits_them_not_the_sentence_subject():
    text = ('New Zealand declared war on Germany with Prime Minister Walter Nash proclaiming, '
            '"Where she goes, we go; where she stands, we stand."')
    speaker, rule = _speakers(text)[0]
    assert speaker is not None and speaker.endswith("Nash"), (speaker, rule)
