"""A web video player's controls printed as text between an article's paragraphs are no text of
the page: the article reads on across them, without doubt. A few such words in an article are kept. "in the US"
is the country, not a call to the reader."""

from sidebyside.extract import cues
from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text, read_lines
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text

BEFORE = [
    "The seven secrets that hotel owners do not want you to know",
    "Most people go to hotels for the pleasure of sleeping in a large bed with clean sheets and waking up to "
    "fresh towels in the morning, but the rooms may not be as clean as they look.",
    "Two owners of small hotel companies answered questions in an online forum about what happens between "
    "one guest leaving a room and the next one arriving, and their answers surprised many readers.",
    "Blankets and bedspreads are often washed far less often than sheets, one of them said, because they are "
    "heavy and costly to clean, so guests should take them off the bed when they arrive.",
]
PLAYER = ["Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration Time 0:00", "Loaded: 0%",
          "Progress: 0%", "Remaining Time -0:00", "Share", "Playback Rate", "1", "Chapters", "Captions",
          "captions off, selected", "Fullscreen", "This is a modal window.",
          *[x for part in ("Foreground", "Background", "Window") for x in
            (part, "White", "Black", "Red", "Green", "Blue", "Yellow", "Magenta", "Cyan", "Opaque", "Transparent")],
          "Font Size", "50%", "75%", "100%", "150%", "200%", "Text Edge Style", "None", "Raised", "Uniform",
          "Font Family", "Default", "Monospace Serif", "Proportional Serif", "Casual", "Small Caps", "Defaults Done",
          "Close"]
AFTER = [
    "The other advised guests to put their luggage on the floor or on a metal rack, never on the bed, because "
    "wooden racks are where bed bugs like to hide, and to check the peephole of the door.",
    "Rooms are priced according to how much they cost to build, he said, and the old rule of thumb is that a "
    "room should earn a thousandth of its cost each night it is let.",
    "The hair dryer on the wall holds more germs than anything else in the room, other studies have found, "
    "with the television's remote control and the switches of the bedside lamps close behind.",
    "Comments",
    "You must be logged in to post a comment.",
]


def test_the_article_reads_on_across_a_video_player():
    page = "\n\n".join(["Home", "Travel", *BEFORE]) + "\n\n" + "\n".join(PLAYER) + "\n\n" + "\n\n".join(AFTER) + "\n"
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=page), S)
    body = "\n".join(x for x in (article.lead, article.text) if x)
    assert "Blankets and bedspreads" in body and "bedside lamps" in body
    assert "Current Time" not in body and "Fullscreen" not in body
    assert warn.BODY_DOUBTFUL not in article.warnings  # (one article, not two runs beside a player)


def test_a_few_player_words_in_an_article_are_kept():
    text = "\n\n".join(["Play", "Captions", "Fullscreen", "Mute", *BEFORE]) + "\n"
    lines = [ln.text for ln in read_lines(text, S) if ln.text]
    assert "Fullscreen" in lines and "Captions" in lines


def test_the_us_is_the_country_not_the_reader():
    text = ("Two owners both run hotel start-ups in the US. One is the head of a start-up that allows people "
            "to sign up for discounts at luxury hotels.")
    assert not cues.is_appeal(text)
    assert cues.is_appeal("Join us and sign up for our newsletter today, with offers for the readers of the site.")
