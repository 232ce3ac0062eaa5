"""Speakers named after abbreviated titles, and other grammar of attribution (issue 12)."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.text import split_sentences


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(text)]


def test_abbreviated_titles_before_a_name_keep_the_name_whole():
    text = ('Prosecutors filed charges on Monday.\n\n'
            '"This is the kind of crime the law was made for," said Dist. Atty. Steve Cooley.\n\n'
            '"We found the car," said Det. Sgt. Mary Lowe of the county police.')
    assert _speakers(text) == ["Steve Cooley", "Mary Lowe"]


def test_a_title_abbreviation_ends_no_sentence_but_a_lower_case_one_does():
    text = "The case went to Dist. Atty. Steve Cooley. The timer ran for ten sec. Then it stopped."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["The case went to Dist. Atty. Steve Cooley.", "The timer ran for ten sec.", "Then it stopped."]
