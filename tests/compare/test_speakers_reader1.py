"""Speakers a careful reader finds in real same-event coverage: constables' abbreviated title
("Const. Fanning said"), numbered jurors ("Juror No. 8"), "state Rep. X", a possessive kin
subject ("Nichols' mother") that a following "she said" stands for. Hand-written paragraphs,
negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in article_quotes(text) if words in q.text)


def test_a_constable_abbreviated_is_a_title_not_the_end_of_a_sentence():
    text = (
        "Police spokesman Constable Tim Fanning said the suspect had been let go on Thursday.\n\n"
        '"We found nobody else in the building," Const. Fanning said.\n\n'
        "Workplace killings are rare, police say.\n\n"
        '"It is something no business can prepare for," Const. Fanning said.'
    )
    assert speaker_of(text, "nobody else") == "Tim Fanning"
    assert speaker_of(text, "prepare for") == "Tim Fanning"


def test_a_constable_is_not_credited_with_words_a_witness_says_after_him():
    text = (
        "Const. Tim Fanning said the road would reopen at noon.\n\n"
        '"It was a terrible bang," said Anna Price, who lives nearby.'
    )
    assert speaker_of(text, "terrible bang") == "Anna Price"
