"""Labels an article repeats at each of its sections ("Morning session" / "Arrive ten minutes
early" under every day of a plan) are its own, not the furniture of teaser cards below it; the
labels every card below an article repeats still end the body."""

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text

INTRO = [
    "Training Plan for the Spring Season",
    "If you have finished the winter programme, you have seen how the timed sessions help you build "
    "strength without strain, and the spring plan follows the same rhythm.",
    "The plan works for both beginners and returning members, so there is no need to work out a new "
    "schedule: pick the week that matches your level and follow it day by day.",
]


def _day(n: int) -> list[str]:
    return [
        f"Training Day {n}",
        "Morning Session",
        "Arrive ten minutes early",
        f"Start day {n} with a slow jog around the park, then three rounds of squats, lunges and push-ups "
        "with a short rest between each round, and finish with a walk to cool down.",
        "Evening Session",
        "Stretch for five minutes",
        f"On the evening of day {n}, work through the stretching routine from the booklet, holding each "
        "stretch for thirty seconds, and note in your log how your legs and back feel.",
    ]


def _body(blocks: list[str]) -> str:
    page = "\n\n".join(blocks) + "\n"
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=page), S)
    return "\n".join(x for x in (article.lead, article.text) if x)


def test_labels_repeated_at_each_section_keep_the_article_whole():
    body = _body(["Home", "Plans", *INTRO, *[x for n in range(1, 7) for x in _day(n)], "Share this page"])
    assert "Start day 1 with" in body
    assert "evening of day 6" in body


def test_labels_repeated_by_cards_below_the_article_end_it():
    cards = [x for n in range(1, 5) for x in (
        f"Ten Tips for Better Sleep Number {n}", "Save", "More like this",
        f"Readers share how they changed their evening routine to sleep better, part {n} of a series of "
        "stories from around the country about rest, work and the hours in between.")]
    body = _body(["Home", *INTRO, *[x for n in range(1, 3) for x in _day(n)], *cards])
    assert "evening of day 2" in body
    assert "part 3 of a series" not in body
