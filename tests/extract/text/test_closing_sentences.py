"""A short sentence that closes the story is part of its body; a short line that is not a
sentence, and a run too short to be sure of, are left to the other rules."""

from __future__ import annotations

from sidebyside.capture import Capture
from sidebyside.extract.text import extract_text
from sidebyside.model import Source

HEAD = """The Harbour Times

Council approves new flood barrier for the river port

By Jane Doe

The regional council voted late on Tuesday to build a flood barrier across the mouth of the river port, after three winters in which the lower town was under water for weeks at a time.

The barrier, a row of steel gates that close when the tide and the river rise together, is due to be finished in four years and will cost about ninety million euros, officials said.

Environmental groups said the barrier would change the river's salt marshes and asked for a study of the birds that nest there before any work starts on the site.

An opposition councillor called the cost a blank cheque and said the money should go to moving the homes most at risk.
"""


def _text(content: str) -> str:
    return extract_text(Capture(source=Source(path="story.txt", format="text"), content=content)).text


def test_a_short_last_sentence_of_the_story_is_kept():
    assert _text(HEAD + "\nWork is due to start in the spring.\n").endswith("Work is due to start in the spring.")


def test_a_short_line_that_is_no_sentence_is_not_taken_in():
    text = _text(HEAD + "\nMore from Harbour News\n\nShare this article\n")
    assert text.endswith("the homes most at risk.")
    assert "More from" not in text


def test_at_most_two_closing_sentences_and_none_after_a_line_that_is_not_one():
    text = _text(HEAD + "\nWork is due to start in the spring.\n\nTenders open in March.\n\nMenu\n\n"
                        "Sign up for our newsletter today.\n")
    assert text.endswith("Tenders open in March.")


def test_a_short_quotation_closing_the_story_is_kept():
    """Stories often end on a short quotation; its opening mark hides the capital the rule reads."""
    for closing in ('"We will appeal," the councillor added.', "“It is a blank cheque,” she said.",
                    "'We will fight this,' one resident said."):
        assert _text(HEAD + "\n" + closing + "\n").endswith(closing)


def test_a_quoted_title_line_that_is_no_sentence_is_not_taken_in():
    text = _text(HEAD + '\n"Harbour Lights" — watch the film\n')
    assert text.endswith("the homes most at risk.")
