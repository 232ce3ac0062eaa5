"""A "he"/"she" opening a paragraph of narration after a paragraph that is only someone's quotation
is no sure credit for that speaker when the article is about another person of that sex, named
more often (an obituary's subject): no one rather than the quotation's speaker."""

from __future__ import annotations

from sidebyside.compare import article_quotes

_OBITUARY = (
    "Lionel Achterberg, a pianist, died Thursday at his home in New Orleans. He was 91.\n"
    "Born in Opelousas in 1934, Achterberg learned to play on the piano in his father's church.\n"
    "Achterberg never lost his connection to the church. Its pastor, the Rev. Alvin Toussaint, said he never asked to be paid.\n"
    '"He said the Lord had already paid him, and in advance," Toussaint said.\n'
    "{opening} He recorded little after 2009, telling a radio interviewer that the piano "
    '"sounds different when nobody is humming along."\n'
)


def _last_speaker(text: str) -> str | None:
    return article_quotes(text)[-1].speaker


def test_he_opening_the_paragraph_after_a_quotation_paragraph_is_not_its_speaker_in_an_article_about_another():
    assert _last_speaker(_OBITUARY.format(opening="He was married for 52 years to the singer Odette Achterberg.")) is None


def test_he_after_the_quotation_paragraph_of_the_one_the_article_is_about_stays_his():
    # twin: the quotation's speaker is the person named most: the pronoun is his
    text = _OBITUARY.replace('," Toussaint said.', '," Achterberg said.')
    assert _last_speaker(text.format(opening="He was married for 52 years to the singer Odette Achterberg.")) == "Lionel Achterberg"

