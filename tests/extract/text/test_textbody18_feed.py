"""A live feed beside the article (entries opening with their time, newest first) is other
stories: the article above it is the body. Times that do not run one way, and dotted dates of a
tour, are no feed."""

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.body import score_lines
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text

ARTICLE = [
    "A third climber is dead after the earthquake",
    "A third climber from the country was killed in Saturday's earthquake, swept away by an avalanche, the "
    "foreign minister said on Thursday as he welcomed the first flight bringing survivors home.",
    "The aircraft, lent by a manufacturer, had landed in the capital on Wednesday morning with fifty-five "
    "doctors and aid workers and twenty-five tonnes of medical supplies and equipment.",
    "More than two thousand citizens have been found safe and well, while nearly four hundred have not yet "
    "been reached, according to the ministry, which has opened a telephone line for families.",
    "News Agency",
    "Get the newsletter",
]


def _feed() -> list[str]:
    out = ["Live"]
    for hour, minute in ((14, 44), (14, 32), (13, 54), (13, 18), (12, 57), (12, 21), (11, 48), (11, 30),
                         (11, 14), (10, 59)):
        out += [f"• {hour}:{minute:02d}", "Update.",
                f"At {hour}:{minute:02d} the desk reported another development in a story from elsewhere in the "
                "world, with a long paragraph of details about what happened, who said what and what comes next, "
                "and a second sentence on the reactions of the people the news concerns, and a third on the "
                "questions that remain open for the days to come."]
    return out


def test_a_live_feed_beside_the_article_is_left_out():
    page = "\n\n".join(["Home", "World", *ARTICLE, *_feed(), "Most shared"]) + "\n"
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=page), S)
    body = "\n".join(x for x in (article.lead, article.text) if x)
    assert "swept away by an avalanche" in body and "telephone line for families" in body
    assert "the desk reported" not in body


def test_times_in_no_order_and_dotted_dates_are_no_feed():
    rows = [f"{t} The band plays again in the city hall, with tickets on sale at the door and online from the "
            "box office, and a support act from the region." for t in ("12.03", "14.03", "19.03", "22.03", "25.03")]
    rows += [f"{t} The meeting of the council went on into the evening, with the budget and the new school on "
             "the agenda and a long debate about the roads." for t in ("10:15", "14:30", "09:00", "16:45")]
    lines = read_lines("\n\n".join(rows) + "\n", S)
    scores = score_lines(lines, S)
    assert all(scores[ln.index] > 0 and not ln.teaser for ln in lines if ln.text)
