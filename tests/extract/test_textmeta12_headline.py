"""A headline a capture without blank lines joined to the line under it (its byline, its credit,
the headline set twice, a rule above it) is read without them; a name that belongs to the
headline stays."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.headline import wrapped_title
from sidebyside.extract.text.lines import split_lines
from sidebyside.model import Capture, Source

HEADLINE = "Ferry service to resume after the harbour wall is rebuilt"
PARAS = [
    "The island's ferry will run again from the first of May, the port board said on Tuesday, after a winter "
    "in which storms tore a forty-metre gap in the old harbour wall and left the landing stage under water.",
    "Contractors worked through February to sink new steel piles behind the breach, and divers finished "
    "bolting the last concrete blocks into place last week, two weeks ahead of the schedule the board had set.",
    "Shopkeepers on the quay said the months without visitors had been the hardest they could remember, and "
    "several asked the board to waive the mooring fees for the small boats that kept the island supplied.",
]


def _title(first: str, *under: str, people: tuple[str, ...] = ()) -> str:
    lines = split_lines("\n".join((first, *under, *PARAS)))
    return wrapped_title(lines[0], lines, len(lines), {p.casefold() for p in people}).text


def test_a_byline_joined_to_the_headline_is_cut():
    assert _title(f"{HEADLINE} By Jane Doe, John Roe 2019-11-18T22:05:36Z Harbour") == HEADLINE
    # the name the byline read, and the name the next line repeats
    assert _title(f"{HEADLINE} Anna Menin", "Anna Menin") == HEADLINE
    assert _title(f"{HEADLINE} Anna Menin", "Share", people=("Anna Menin",)) == HEADLINE
    # a person and an outlet over the dated line, a wire's name over it
    assert _title(f"{HEADLINE} Tom Davies Associated Press", "Published 11:34 PM EST Nov 19, 2019") == HEADLINE
    assert _title(f"{HEADLINE} REUTERS", "19 NOV 2019") == HEADLINE
    assert _title(f"{HEADLINE} Harbour Insider", "Tanza Loudenback, Harbour Insider") == HEADLINE


def test_a_headline_set_twice_a_rule_and_a_bullet_are_cut():
    assert _title(f"{HEADLINE} {HEADLINE}") == HEADLINE
    assert _title(f"{HEADLINE} {HEADLINE} Jane Doe March 9, 2017") == HEADLINE
    assert _title(f"━━━━━━━━━━━━━━━━━━━━ {HEADLINE}") == HEADLINE
    assert _title(f"{HEADLINE} •") == HEADLINE


def test_a_name_that_ends_the_headline_stays():
    # a name the page credits nowhere, over a date: part of the headline
    meets = "Prime minister meets Boris Johnson"
    assert _title(meets, "19 NOV 2019") == meets
    # a headline in capitals ends in a short word in capitals, not an agency's name
    caps = "HIKING THE BOULDER FLAT IRONS"
    assert _title(caps, "19 NOV 2019") == caps
    # "… to PDF" ends a phrase: no credit
    pdf = "Fixed: footnotes lost when exporting to PDF"
    assert _title(pdf, "19 NOV 2019") == pdf
    # four words at least stay the headline
    assert _title("Storm hits coast Anna Menin", "Anna Menin") == "Storm hits coast Anna Menin"


def test_a_blank_free_capture_gives_the_headline_without_its_byline():
    text = "\n".join(("Home", "News", f"{HEADLINE} Anna Menin", "Anna Menin", "19 NOV 2019", *PARAS))
    article = extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))
    assert article.title == HEADLINE


def test_an_outlet_or_a_wire_at_the_end_stays_without_a_credit_under_it():
    # "The Beatles" over a date is no credit; "NATO" is no wire service; the site's name after
    # a dash is left to the site-name rule
    assert _title("Tribute concert remembers The Beatles", "19 NOV 2019") == "Tribute concert remembers The Beatles"
    assert _title("Ministers gather to discuss NATO", "19 NOV 2019") == "Ministers gather to discuss NATO"
    assert _title(f"{HEADLINE} - The Harbour Courier", "19 NOV 2019") == f"{HEADLINE} - The Harbour Courier"


def test_a_bylines_cluster_names_a_date_or_the_sites_name_joined_to_the_headline_are_cut():
    assert _title(f"{HEADLINE} James Akinaka • 8h") == HEADLINE
    assert _title(f"{HEADLINE} [6eef5bc5-c] James Akinaka • 8h") == HEADLINE
    assert _title(f"{HEADLINE} Elena Marsh, Tomas Reyes", "3–4 minutes") == HEADLINE
    assert _title(f"{HEADLINE} February 15, 2019") == HEADLINE
    # an outlet the page names again, over the byline's name
    lines = split_lines("\n".join(("Harbour Insider", "Home", f"{HEADLINE} Harbour Insider", "Tanza Loudenback",
                                   *PARAS)))
    assert wrapped_title(lines[2], lines, len(lines), set()).text == HEADLINE
    # the site's name its masthead states
    lines = split_lines("\n".join(("The Harbour Courier", "Home", f"{HEADLINE} Harbour Courier", "Share", *PARAS)))
    assert wrapped_title(lines[2], lines, len(lines), set()).text == HEADLINE


def test_a_headline_that_ends_in_names_or_a_date_it_states_stays():
    # one name over the date, a date inside the headline
    assert _title("Talks stall as ministers wait for Elena Marsh", "3–4 minutes") == (
        "Talks stall as ministers wait for Elena Marsh")
    assert _title("Budget vote delayed from March 3, 2021 to April 5, 2021") == (
        "Budget vote delayed from March 3, 2021 to April 5, 2021")
    # a word the masthead starts with is not its name
    lines = split_lines("\n".join(("The Harbour Courier", "Home", "Storm damage closes the old Harbour", "Share", *PARAS)))
    assert wrapped_title(lines[2], lines, len(lines), set()).text == "Storm damage closes the old Harbour"


def test_a_date_joined_to_the_headline_goes_but_not_the_words_before_it():
    title = "Native ad units generate the greatest revenue for Publishers"
    assert _title(f"{title} February 15, 2018") == title
    assert _title(f"{title} Tuesday, February 15, 2018") == title


def test_a_breadcrumb_before_a_headline_set_twice_goes():
    assert _title(f"Home News Business News {HEADLINE} {HEADLINE}") == HEADLINE
    assert _title(f"HomeSPORT NEWS{HEADLINE} {HEADLINE}") == HEADLINE
    # words said twice inside a headline are no second copy
    assert _title("Tell me tell me tell me what you want") == "Tell me tell me tell me what you want"


def test_a_menus_row_joined_before_the_headline_goes():
    assert _title(f"Valley Sport Football Cricket Results Sign in {HEADLINE}") == HEADLINE
    # a furniture word opening the headline is no menu
    assert _title("Home Secretary announces new rules on visas") == "Home Secretary announces new rules on visas"
    assert _title(f"Why the town voted to Share the harbour's costs {HEADLINE}") == (
        f"Why the town voted to Share the harbour's costs {HEADLINE}")


def test_a_captions_credit_joined_before_the_headline_goes():
    caption = "Divers bolt the last blocks into the harbour wall at Port Ellis, May 9, 2024. Jane Doe/Pool via REUTERS"
    assert _title(f"{caption} {HEADLINE}") == HEADLINE
    # an agency's name inside a sentence is no credit
    line = f"Ministers met the unions today. Talks with AP staff resume {HEADLINE}"
    assert _title(line) == line


def test_a_long_capture_is_read_at_its_edges_and_around_the_headline():
    # the masthead on the first line, the headline after a long menu, a long page under it
    menu = [f"Section {k}" for k in range(1500)]
    body = PARAS * 400
    lines = split_lines("\n".join(("The Harbour Courier", *menu, f"{HEADLINE} Harbour Courier", "Share", *body)))
    at = len(menu) + 1
    assert wrapped_title(lines[at], lines, len(lines), set()).text == HEADLINE
