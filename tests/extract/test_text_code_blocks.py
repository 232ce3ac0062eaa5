"""Blocks of code and of a program's output inside an article in a text capture: kept whole, and
the article reads on past them; markup an advert prints and lines of a menu are no code."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


INTRO = ("Most teams look for anomalies in their data with a separate tool, but a database can do it on its own "
         "with nothing more than a few aggregate functions and a little care about the gaps in a series.")
QUERY = [
    "WITH stats AS (",
    "SELECT",
    "avg(n) AS mean,",
    "stddev(n) AS spread",
    "FROM",
    "series",
    ")",
    "SELECT * FROM stats;",
]
OUTPUT = ["mean  │  spread", "──────┼────────", "4.33  │  3.08"]
MIDDLE = ("The mean and the spread are all we need: any value further than one spread from the mean is worth "
          "a look, and the query below marks those values in the series for us without a second pass.")
SECOND_QUERY = [
    "SELECT n,",
    "n NOT BETWEEN mean - spread AND mean + spread AS odd",
    "FROM series, stats;",
]
LAST = ("On the sample series the query marks the value twelve and nothing else, which is what a reader "
        "looking at the numbers would have said at once, and it runs in a few milliseconds on a laptop.")


def _capture(blocks: list[list[str]]) -> str:
    return "\n\n".join("\n".join(b) for b in blocks)


def test_code_and_its_output_between_paragraphs_stay_in_the_body():
    article = extract(_capture([["Simple anomaly detection in SQL"], [INTRO], ["First, the statistics:"],
                                QUERY, OUTPUT, [MIDDLE], SECOND_QUERY, [LAST]]))
    assert "SELECT * FROM stats;" in article.text
    assert "4.33 │ 3.08" in article.text
    assert "n NOT BETWEEN mean - spread" in article.text
    assert article.text.index(INTRO[:40]) < article.text.index("WITH stats") < article.text.index(LAST[:40])


def test_a_long_program_listing_does_not_cut_the_article_in_two():
    listing = [f"value_{k} = compute(series, window={k});" for k in range(40)]
    article = extract(_capture([[INTRO], ["The whole script:"], listing, [MIDDLE], [LAST]]))
    assert INTRO[:40] in article.text and LAST[:40] in article.text


def test_a_shell_command_after_a_prompt_is_kept():
    article = extract(_capture([[INTRO], ["Clone the repository first:"], ["$ hg clone public test-repo"],
                                [MIDDLE], [LAST]]))
    assert "$ hg clone public test-repo" in article.text


def test_advert_markup_printed_as_text_is_not_kept_as_code():
    advert = ["Anzeige", '<div><a href="http://ads.example.net/jump/site/x">', '<img src="/pixel.gif" width="1">',
              "</a></div>"]
    article = extract(_capture([[INTRO], [MIDDLE], advert, [LAST]]))
    assert "<div>" not in article.text and "pixel.gif" not in article.text
    assert LAST[:40] in article.text


def test_an_address_block_and_a_menu_are_not_code():
    address = ["The Daily Courier,", "10 Market Street,", "Springfield"]
    menu = ["Home", "World", "Business", "Sport"]
    article = extract(_capture([[INTRO], [MIDDLE], [LAST], address, menu]))
    assert "Market Street" not in article.text and "Business" not in article.text
