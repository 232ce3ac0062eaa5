"""A title set beside a work's noun ('his 2006 memoir, "A G-Man's Life: The FBI, 'Deep Throat' and
the Struggle for Honor in Washington."') is no quotation, however long and with commas inside;
words a memoir or a book is said to hold, written as a sentence, stay a quotation."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def quoted(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in article_quotes(text)}


def test_a_long_title_after_a_memoir_is_no_quotation():
    text = ('"People will debate for a long time whether I did the right thing," Felt wrote in his 2006 memoir, '
            '"A G-Man\'s Life: The FBI, `Deep Throat\' and the Struggle for Honor in Washington."')
    found = quoted(text)
    assert not any("G-Man" in q for q in found)
    assert found["People will debate for a long time whether I did the right thing"] == "Felt"


def test_a_book_title_with_a_subtitle_after_its_author_is_no_quotation():
    text = ('Opening the show with jokes is the custom, said Steve Pond, author of the 2005 book "The Big Show: '
            'High Times and Dirty Dealings Backstage at the Academy Awards."')
    assert not any("Big Show" in q for q in quoted(text))


def test_sentences_after_a_work_noun_stay_quotations():
    text = 'Felt wrote in his memoir, "I never wanted this, but I did it for the country."'
    assert quoted(text) == {"I never wanted this, but I did it for the country.": "Felt"}
    text = 'The critic said of the book, "It is long, dense and, in the end, worth it."'
    assert quoted(text) == {"It is long, dense and, in the end, worth it.": "The critic"}
