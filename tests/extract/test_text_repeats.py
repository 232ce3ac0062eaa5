"""Text said twice in a text capture: a question an interview asks each guest again is kept each
time; a highlight or a caption printed again is kept once."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


QUESTION = "What made you start cooking for a living in the first place?"
ANSWERS = [
    "My grandmother ran a small restaurant near the harbour, and I spent every summer of my childhood in her "
    "kitchen, peeling potatoes and watching her feed half the town on almost nothing.",
    "I trained as an engineer and hated it. Cooking was the one thing I did every evening that made me happy, "
    "so after five years I sold my car and paid for a course at the culinary school.",
    "It was an accident: a friend's caterer fell ill the day before a wedding, I offered to help, and by the end "
    "of the night three guests had asked me to cook for their own parties.",
]


def test_a_question_asked_of_each_guest_is_kept_each_time():
    blocks = []
    for n, answer in enumerate(ANSWERS, 1):
        blocks += [f"Guest {n}", QUESTION, answer]
    article = extract("\n\n".join(["Three cooks, one question", *blocks]))
    assert article.text.count(QUESTION) == len(ANSWERS)
    assert all(answer in article.text for answer in ANSWERS)


def test_a_sentence_printed_again_as_a_highlight_is_kept_once():
    highlight = "She added that an appeal against the decision could be made to the attorney general's office."
    body = [ANSWERS[0], ANSWERS[1], highlight, ANSWERS[2]]
    article = extract("\n\n".join(["Highlights", highlight, *body]))
    assert article.text.count(highlight) == 1


def test_a_question_asked_again_right_after_a_short_answer_is_kept():
    blocks = []
    for answer in ANSWERS:
        blocks += [QUESTION, answer]
    article = extract("\n\n".join(["Three cooks, one question", *blocks]))
    assert article.text.count(QUESTION) == len(ANSWERS)


CAPTION = "Firefighters work through the night to contain the blaze on the hills above the town, Tuesday, Nov. 19, 2019."


def test_a_caption_printed_twice_is_no_paragraph():
    # a gallery prints each picture's caption twice (the image's text, then the caption), or cut
    # short with "... more" and then in full: a caption, never the article's sentence
    body = [ANSWERS[0], "Image 1 of 3", CAPTION, CAPTION, "(Photo: Jane Roe)", ANSWERS[1],
            CAPTION[:70] + "... more", CAPTION + " less", ANSWERS[2]]
    article = extract("\n\n".join(["Fire on the hills", *body]))
    read = f"{article.lead or ''}\n{article.text}"  # (the first paragraph may be read as the lead)
    assert "Firefighters work" not in read
    assert all(answer in read for answer in ANSWERS)


def test_a_sentence_said_once_beside_a_like_one_is_kept():
    other = CAPTION.replace("Firefighters", "Volunteers")
    article = extract("\n\n".join(["Fire on the hills", ANSWERS[0], CAPTION, other, ANSWERS[1], ANSWERS[2]]))
    read = f"{article.lead or ''}\n{article.text}"
    assert CAPTION in read and other in read
