"""Teaser cards whose headline runs into their summary with no space between (a site's menu of
stories printed one card a line) are no prose: the article below them is the body."""

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.lines import glued_teaser
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text

TEASERS = [
    "Police Make Two Arrests After Death Of Local Student-AthleteA 24-year-old woman and a 28-year-old man "
    "have been arrested in connection with the death of a college basketball player, police said.",
    "Diners Leave Without Paying Their Bill At Riverside SteakhouseA party of six left the restaurant "
    "without paying a bill of several hundred dollars, and the owner is asking for help to find them.",
    "State Will Mail Redistricting Panel Applications To VotersThe state will mail thousands of applications "
    "encouraging residents to apply for a seat on the new commission that will draw the district lines.",
    "Officers Seek Tips About Elk Poached In Northern ForestConservation officers are asking the public for "
    "information about a bull elk that was shot and left to waste in the forest last weekend.",
]

ARTICLE = [
    "Officials: Sixth Death Linked To Mosquito-Borne Virus",
    "November 19, 2019 at 9:45 am",
    "LAKESIDE (AP) — Health authorities are reporting a sixth death linked to the mosquito-borne virus.",
    "County health officials said Monday the victim was one of two people who contracted the virus. "
    "The death occurred Saturday.",
    "Cases first appeared in the west of the state at the end of August. The virus has been reported in six "
    "counties, and the outbreak has resulted in ten human cases and dozens of animal cases.",
    "A doctor at the state health department says the risk from the virus continues because there has not "
    "been a sustained period of freezing temperatures, and residents should keep taking precautions.",
]


def test_a_headline_glued_to_its_summary_is_a_teaser():
    for line in TEASERS:
        assert glued_teaser(line, S), line


def test_sentences_and_words_with_a_capital_inside_are_no_teasers():
    for line in (
        ARTICLE[3],
        "Following the new MacBook Pro, the company plans to release a smaller model with a new keyboard in "
        "the first half of next year, according to industry sources.",
        "Monday November 18, 2019 7:45 am PST by Joe Writer Following the new MacBook Pro, the company plans "
        "to release a smaller model with a new keyboard in the first half of next year.",
        "Hong Kong (CNN Business)A muddled view of trade talks once again seems to be weighing on investors "
        "across the region this week.",
        "Watch The Best Moments From The Final On YouTube",
    ):
        assert not glued_teaser(line, S), line


def test_the_article_below_a_menu_of_glued_teasers_is_the_body():
    page = "\n\n".join(["News", "Sports", *TEASERS, *TEASERS[:2], "More", *ARTICLE, "Comments",
                        "You must log in to post a comment."]) + "\n"
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=page), S)
    body = "\n".join(x for x in (article.lead, article.text) if x)
    assert "sixth death linked" in body
    assert "freezing temperatures" in body
    assert "SteakhouseA" not in body and "party of six" not in body
