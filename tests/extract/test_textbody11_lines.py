"""Lines inside the article's body that end no sentence: a sentence that lost its stop (a list
item whose bullet a reader copy dropped) is the article's; a teaser's title, a caption and the
tags after a tag header are not."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


PARAGRAPHS = [
    "The browser team landed a change this week that stops an update from starting while another copy "
    "of the browser is running, which used to leave some profiles in a broken state.",
    "Users who run several profiles side by side will see the problem far less often, and the team is "
    "watching the crash reports to make sure the fix holds on every platform.",
    "Work on the background updater goes on as well, with a new task that lets the system schedule "
    "downloads while the browser is closed, so updates are ready when it starts.",
    "The team thanks everyone who filed bugs and tested the nightly builds over the holidays, and asks "
    "for more reports on the new printing dialog before it ships to everyone next month.",
]
UNENDED = "Thanks to a volunteer, users can now import their saved logins from a password file into the browser"


def test_a_sentence_without_its_stop_between_paragraphs_is_kept():
    content = "\n\n".join(["These weeks in the browser", *PARAGRAPHS[:2], UNENDED, *PARAGRAPHS[2:]])
    assert UNENDED in extract(content).text


def test_a_teasers_title_or_a_caption_between_paragraphs_is_not():
    teaser = "Scholes angered the fans of the club. His words about the midfielder are taken as an insult"
    caption = "The midfielder after the win at the stadium on Sunday evening | Photo: Reuters"
    headed = "Related coverage of the season so far: the ten best goals scored at home this year"
    content = "\n\n".join(["Match report", *PARAGRAPHS[:2], teaser, caption, headed, *PARAGRAPHS[2:]])
    text = extract(content).text
    for line in (teaser, caption, headed):
        assert line not in text
    assert PARAGRAPHS[-1] in text


def test_the_tags_after_a_tag_header_are_not_the_article():
    tags = "browser updates, password manager, printing dialog, nightly builds, volunteer work"
    more = ("Readers can follow the work on the project's blog, where the team posts its notes every other "
            "week, and on the forum, where the developers answer questions about each release.")
    content = "\n\n".join(["Report", *PARAGRAPHS[:2], "Tags", tags, more])
    assert "nightly builds, volunteer" not in extract(content).text


def test_long_story_titles_under_a_related_header_inside_the_article_are_left_out():
    titles = ["The Doobie Brothers: Lighting Up With the Stars of the Comedy 'This Is the End'",
              "Marty Stuart on Making the Documentary Series 'Country Music' With Ken Burns"]
    content = "\n\n".join(["Report", *PARAGRAPHS[:2], "Related", *titles, *PARAGRAPHS[2:]])
    text = extract(content).text
    assert not any(title in text for title in titles)
    assert PARAGRAPHS[2] in text and PARAGRAPHS[-1] in text


def test_a_paragraph_after_a_related_header_still_ends_the_promo():
    content = "\n\n".join(["Report", *PARAGRAPHS[:2], "Related", *PARAGRAPHS[2:]])
    assert PARAGRAPHS[2] in extract(content).text
