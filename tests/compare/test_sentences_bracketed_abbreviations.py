"""An abbreviation opened by a bracket or a quote mark ends no sentence ("(Nov. 18)"), as the same
abbreviation without one does; a full stop before a closing bracket still does."""

from sidebyside.compare.text import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_a_bracketed_month_abbreviation_ends_no_sentence():
    assert _sentences("The band played on Monday night (Nov. 18) at the Ryman. It sold out.") == [
        "The band played on Monday night (Nov. 18) at the Ryman.", "It sold out."]


def test_a_quoted_title_abbreviation_ends_no_sentence():
    assert _sentences('The report ("Dr. Pell\'s review") found no fault. She left.') == [
        'The report ("Dr. Pell\'s review") found no fault.', "She left."]


def test_a_bracketed_sentence_still_ends_at_its_stop():
    assert _sentences("The plant closed (it had run since 1999.) Then the town shrank.") == [
        "The plant closed (it had run since 1999.)", "Then the town shrank."]
