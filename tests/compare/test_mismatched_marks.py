"""A quotation opened by a single mark and closed by a double one (compare.mismatched_marks)."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.mismatched_marks import mend_mismatched_closes
from sidebyside.compare.quotes import paragraph_spans


def _mended(text: str) -> str:
    return mend_mismatched_closes(text, paragraph_spans(text), 4)


def test_a_single_opening_mark_closed_by_a_double_one_is_one_quotation_with_its_speaker():
    text = ("Police spokesman Dave Gaskell said the deaths were a reminder to take care.\n\n"
            "'I cant speak for the first death, but in this case it looks like a lack of experience, \"Gaskell told the Herald.\n")
    quotes = article_quotes(text)
    found = [q for q in quotes if text[q.start : q.end].startswith("I cant speak")]
    assert len(found) == 1
    assert text[found[0].start : found[0].end].rstrip(",").endswith("lack of experience")
    assert found[0].speaker == "Dave Gaskell"
    mended = _mended(text)
    assert len(mended) == len(text) and mended.count('"') == 2


def test_marks_that_match_or_are_no_quotation_are_left_alone():
    closed = "'We are ready,' she said of the plan, which critics call \"a gamble\".\n"
    assert _mended(closed) == closed  # the single mark closes its own quotation
    elided = "'Twas the night before the vote, and \"nobody\" slept.\n"
    assert _mended(elided) == elided  # an elision opens no quotation
    two = "'Hello there, \"friend,\" he said.\n"
    assert _mended(two) == two  # two double marks: they quote each other, not the single mark's words
    apostrophe = "The ministers' meeting ended at noon, \"without a deal\".\n"
    assert _mended(apostrophe) == apostrophe  # a possessive opens nothing


def test_a_single_mark_after_a_colon_runs_on_to_a_double_close_set_apart_in_a_later_paragraph():
    text = ("Matt Smithers took over the role in 2010.\n\n"
            "Talking about his time in the show, Smithers told the BBC: 'I'll miss playing a character who can be the smartest in the room...\n\n"
            "what a character! \"\n")
    got = {text[q.start : q.end]: q.speaker for q in article_quotes(text)}
    assert got["I'll miss playing a character who can be the smartest in the room..."] == "Matt Smithers"
    assert got["what a character!"] == "Matt Smithers"
    mended = _mended(text)
    assert len(mended) == len(text) and mended.endswith('character!" \n')


def test_a_single_mark_left_open_before_a_paragraph_with_marks_of_its_own_is_left_alone():
    text = ("Smithers told the BBC: 'I'll miss playing a character who can be anything...\n\n"
            "He called the show \"a gift\" and left.\n")
    assert _mended(text) == text


def test_two_apostrophes_ending_an_open_paragraph_close_its_quotation():
    text = ('"I heard the gunfire, and I ran," Frank Vanore told reporters.\n\n'
            "\"As I was running down the steps they were yelling, 'Oh, my God, there's three people shot! '''\n\n"
            '"This is a sad day for the Kraft Foods family," the company said in a statement.\n')
    running = [q for q in article_quotes(text) if text[q.start : q.end].startswith("As I was running")]
    assert len(running) == 1
    assert "\n" not in text[running[0].start : running[0].end]  # closed in its own paragraph
    assert running[0].speaker != "the company"  # the next paragraph's speaker is not hers
    mended = _mended(text)
    assert len(mended) == len(text)


def test_two_apostrophes_after_a_closed_quotation_or_alone_are_left_alone():
    closed = "\"We won,\" she said, and the crowd sang ''\n"
    assert _mended(closed) == closed  # the double marks match: nothing is left open
    continued = "\"The plan is ready, and we will start on Monday.\n\n\"It will cost more than we hoped,\" he said.\n"
    assert _mended(continued) == continued  # a quotation running on to the next paragraph, as news writes it
