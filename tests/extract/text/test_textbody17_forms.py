"""Text forms the first rules had not seen: a dump wrapped at a narrow window's width."""

import textwrap

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.unwrap import unwrap, wrap_width
from sidebyside.model import Capture, Source

STORY = [
    "The harbour board met on Monday to discuss the plan for the new quay, which has been delayed twice "
    "since the storms of last winter damaged the old pier beyond repair.",
    "Engineers told the board that the work could start in the spring if the council approves the "
    "budget, and that the quay would be ready for the ferries by the following summer.",
    "Residents who live near the harbour said they welcomed the plan but worried about the noise of "
    "the pile drivers, which the board promised to limit to working hours on weekdays.",
    "The council will vote on the budget next month, after a public meeting in the town hall where the "
    "engineers will answer questions from the residents and the fishing cooperative.",
]
MENU = ["* Home", "* News", "* Sport", "* Weather", "* Contact us"]


def _narrow(width: int) -> str:
    """The story as lynx -width=40 prints it: each paragraph wrapped at 37 columns, three of them its indent."""
    paras = ["\n".join("   " + x for x in textwrap.wrap(p, width - 6)) for p in STORY]
    return "\n".join(MENU) + "\n\n" + "\n\n".join(paras) + "\n"


def test_a_dump_wrapped_at_forty_columns_is_unwrapped():
    text = _narrow(40)
    assert wrap_width(text.splitlines()) is not None
    joined = unwrap(text)
    assert any(line.strip() == STORY[0] for line in joined.splitlines())


def test_a_narrow_dump_gives_the_whole_story():
    article = extract_text(Capture(source=Source(path="x.txt", format="text"), content=_narrow(40)))
    assert all(p in article.text for p in STORY)
    assert "Weather" not in article.text


def test_a_menu_of_short_items_is_not_read_as_wrapped():
    menu = "\n".join(f"* Section {name} of the paper" for name in
                     ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
    assert unwrap(menu) == menu


# --------------------------------------------------------------------------- Markdown dumps

from sidebyside.extract.text.forms import from_markdown  # noqa: E402

MARKDOWN = """  * [Home](/)
  * [News](/news/)
  * [Sport](/sport/)
  * [Weather](/weather/)

# The harbour plan

The [harbour board](https://example.org/organisations/harbour-board/) met on
Monday to discuss the plan for the new [quay](https://example.org/topics/new-
quay-plan) which has been delayed twice since the storms of last winter.
![A crane]() Engineers told the board that the work could start in the **spring**
if the council approves the budget, as _The Courier_ reported last week.

Residents who live near the harbour said they welcomed the plan but worried
about the noise of the pile drivers, which the board promised to limit.
"""


def test_a_markdown_dump_reads_as_its_text():
    text = from_markdown(MARKDOWN)
    assert "The harbour board met on Monday to discuss the plan for the new quay which has been delayed" in text
    assert "start in the spring if the council approves the budget, as The Courier reported" in text
    assert "](" not in text and "**" not in text and "A crane" not in text
    assert "\nThe harbour plan\n" in text
    assert "  * Home\n  * News\n" in text  # (list items stay lines of their own)


def test_a_markdown_dump_gives_the_story():
    article = extract_text(Capture(source=Source(path="x.md", format="text"), content=MARKDOWN))
    assert "The harbour board met on Monday" in article.text
    assert "https://" not in article.text
    assert "Weather" not in article.text


def test_text_with_a_few_brackets_is_not_markdown():
    text = "The minister [pictured](left) spoke.\nShe said [sic] that the plan (the second) was late.\n"
    assert from_markdown(text) == text


# --------------------------------------------------------------------------- links run into one line

from sidebyside.extract.text.kinds import PROSE, SHORT  # noqa: E402
from sidebyside.extract.text.rules import classify  # noqa: E402

MENU_RUN = ("News Politics World Sport Technology Business Money Opinion Obituaries Travel Culture Lifestyle "
            "Women Family Health Fitness Fashion Luxury Cars Puzzles Crosswords Podcasts Events Dating Shop Jobs "
            "Gardening Science Weather Horoscopes Letters Games Quizzes Video Football Cricket Rugby Tennis Golf "
            "Boxing Racing Cycling Motoring Property Education Books Music Film Television Theatre Art.")


def test_a_menu_run_into_one_long_line_is_no_prose():
    assert classify(MENU_RUN) == SHORT


def test_a_long_paragraph_is_still_prose():
    paragraph = " ".join(STORY)
    assert classify(paragraph) == PROSE
    # one long sentence of mostly lower-case words is prose too
    assert classify(STORY[0][:-1] + ", " + STORY[1]) == PROSE


def test_a_listing_run_into_one_line_is_not_taken_for_a_menu():
    dates = " ".join(f"June {d} – Tampa, FL @ Credit Union Amphitheatre" for d in range(1, 12)) + "."
    assert classify(dates) == PROSE


def test_a_copy_with_its_lines_joined_keeps_the_menu_out():
    text = MENU_RUN + "\n\n" + "\n\n".join(STORY) + "\n"
    article = extract_text(Capture(source=Source(path="x.txt", format="text"), content=text))
    assert all(p in article.text for p in STORY)
    assert "Crosswords" not in article.text


def test_a_markdown_heading_link_broken_by_the_wrapper_and_an_address_with_brackets():
    text = MARKDOWN + """
#### [Ferry company orders two new boats for the harbour](https://example.org/ferry-
company-orders-boats "Ferry company orders two new boats for the
harbour")

Readers wrote in to say the plan was long overdue.[Report](javascript:void(0);)
"""
    out = from_markdown(text)
    assert "\nFerry company orders two new boats for the harbour\n" in out
    assert "overdue.Report\n" in out
    assert "](" not in out and "javascript" not in out


def test_short_items_set_apart_by_bullets_on_one_line_are_no_prose():
    contents = ("Cheap against dear • Magic with scripts • Smart homes • Rescuing data • Automating the tablet • "
                "Sharing your location • Telltale data • Remote cameras.")
    assert classify(contents) == SHORT
    assert classify(contents.replace(" • ", " | ")) == SHORT


def test_a_sentence_with_a_few_bars_or_long_parts_is_still_prose():
    sentence = ("The council said the harbour plan, which was first proposed in the spring of last year, "
                "would go ahead | the engineers said it would not | the residents said nothing at all | "
                "and the ferry company asked for more time to study the figures it had been sent.")
    assert classify(sentence) == PROSE


def test_a_list_of_items_of_about_one_length_is_no_narrow_wrap():
    items = [f"Added {what} to the {where}" for what in ("granite", "slime", "honey", "coral", "amethyst")
             for where in ("nether", "ocean", "plains", "desert", "jungle")]
    text = "\n".join(items)
    assert unwrap(text) == text
