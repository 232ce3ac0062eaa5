"""The line classifier's rule table, its settings, the long-capture window and tool artefacts."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest
from hang_guards import wall_limit

from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text
from sidebyside.extract.text.forms import strip_tool_artifacts
from sidebyside.extract.text.kinds import COMMENTS, PROSE, SHORT
from sidebyside.extract.text.rules import RULES, classify
from sidebyside.extract.text.window import densest_stretch
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT, TextSettings

TEXT = DEFAULT.extract.text
PARAGRAPH = ("The harbour authority voted seven to two in favour of the new ferry terminal on Tuesday, "
             "ending a planning dispute that had lasted more than six years.")


def _article(content: str, settings: TextSettings = TEXT):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content), settings)


def test_every_rule_is_bounded_by_a_setting_that_exists():
    fields = {f.name for f in dataclasses.fields(TextSettings)}
    for rule in RULES:
        assert rule.max_chars is None or rule.max_chars in fields, rule.why
        assert rule.why


def test_thresholds_come_from_the_settings_passed():
    sentence = "The ferry terminal opened on time after the vote."
    assert classify(sentence) == PROSE
    stricter = dataclasses.replace(TEXT, short_prose_weight=60, short_prose_words=12)
    assert classify(sentence, stricter) == SHORT


def test_a_capture_longer_than_max_lines_is_read_around_its_prose_with_a_warning():
    menu = "\n".join(f"Menu item {i}" for i in range(300))
    body = "\n\n".join(f"{PARAGRAPH} Paragraph {i}." for i in range(8))
    content = f"{menu}\n\nFerry terminal approved\n\n{body}\n\n{menu}\n"
    small = dataclasses.replace(TEXT, max_lines=120)
    article = _article(content, small)
    assert article.text.count("ferry terminal on Tuesday") == 8
    assert any(w.startswith("a very long capture") for w in article.warnings)
    assert not any(w.startswith("a very long capture") for w in _article(content).warnings)


def test_the_densest_stretch_is_where_the_long_lines_are():
    lines = ["Home"] * 5000 + [PARAGRAPH] * 50 + ["Sport"] * 5000
    first, end = densest_stretch(lines, dataclasses.replace(TEXT, max_lines=200))
    assert end - first == 200 and first <= 5000 and end >= 5050


def test_lynx_link_numbers_and_reference_list_are_removed():
    dump = ("   The [12]minister said the [13]vote would stand.\n\n"
            "References\n\n   Visible links:\n   12. https://example.org/minister\n   13. https://example.org/vote\n")
    assert strip_tool_artifacts(dump).strip() == "The minister said the vote would stand."


def test_bracketed_numbers_stay_without_a_reference_list():
    text = "The study found a rise [12] in the first year.\n"
    assert strip_tool_artifacts(text) == text


def test_a_million_short_lines_finish_well_within_a_hang_guard():
    """The benchmark (benchmarks/bench_text_big.py) measures about 0.9 s of CPU; the child's wall
    limit is the hang guards' (tests/hang_guards.py), which a loaded machine does not trip."""
    code = (
        "from sidebyside.extract.text import extract_text\n"
        "from sidebyside.model import Capture, Source\n"
        "text = ''.join(f'Russian Presiden {i}.\\n' for i in range(1_000_000))\n"
        "a = extract_text(Capture(source=Source(path='m.txt', format='text'), content=text))\n"
        "print(a.warnings[0])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=wall_limit("extract:million-lines.txt"))
    assert proc.returncode == 0, proc.stderr[-800:]
    assert proc.stdout.startswith("a very long capture (1,000,000 lines)")


@pytest.mark.parametrize("name", ["NO_DATE", "LOW_CONFIDENCE"])
def test_text_warnings_are_the_shared_wording(name):
    from sidebyside.extract import text

    assert getattr(text, name) == getattr(warn, name)


def test_a_page_whose_paragraphs_repeat_keeps_them_with_a_warning_rather_than_collapsing():
    content = "Lorem ipsum dolor\n\n" + "\n\n".join([PARAGRAPH] * 6) + "\n"
    article = _article(content)
    assert article.text.count("ferry terminal on Tuesday") == 6
    assert warn.BODY_WIDENED in article.warnings


def test_readers_comments_are_not_pulled_in_when_the_body_is_widened():
    comment = "I have lived by the harbour for forty years and I can tell you this terminal is a mistake."
    content = ("Ferry terminal approved\n\n" + "\n\n".join(f"{PARAGRAPH} Vote {i}." for i in range(3))
               + "\n\n12 comments\n\n"
               + "\n\n".join(f"{comment} Reply {i}." for i in range(12)) + "\n")
    article = _article(content)
    assert "lived by the harbour" not in article.text


@pytest.mark.parametrize(
    "header, authors",
    [
        (["Neon signs light up the old town", "Sarah Archer", "1:39 PM ET"], ("Sarah Archer",)),
        (["Neon signs light up the old town", "Ben Silverman", "Games Editor", "October 13, 2016"], ("Ben Silverman",)),
        (["Neon signs light up the old town", "por", "César Salza", "1 de diciembre de 2017"], ("César Salza",)),
        (["Neon signs light up the old town", "James Akinaka • 8h"], ("James Akinaka",)),
        (["Neon signs light up the old town", "by Ahiza Garcia @ahiza_garcia February 1, 2016"], ("Ahiza Garcia",)),
        # a Title Case line with no date, role or label beside it is no byline
        (["Neon signs light up the old town", "Old Town Stories"], ()),
    ],
)
def test_a_name_standing_beside_a_date_role_or_label_is_the_byline(header, authors):
    body = "\n\n".join(f"{PARAGRAPH} Neon {i}." for i in range(4))
    article = _article("\n\n".join(header) + "\n\n" + body)
    assert article.authors == authors


def _side_by_side(left: list[str], right: list[str], gutter: int = 50) -> str:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{a:<{gutter}}{b}".rstrip() for a, b in zip(left, right))


def test_a_table_layout_printed_side_by_side_is_read_column_after_column():
    import textwrap

    story = [f"{PARAGRAPH} Paragraph {i} of the story." for i in range(4)]
    left = []
    for paragraph in story:
        left += textwrap.wrap(paragraph, 48) + [""]
    right = ["Most read", "", "Home", "World", "Sport", "Weather", "Contact the newsroom", "Archive"]
    article = _article("Ferry terminal approved\n\n" + _side_by_side(left, right) + "\n")
    assert article.paragraphs() == story


def _three_columns(left: list[str], middle: list[str], right: list[str], widths=(16, 50)) -> str:
    rows = max(len(left), len(middle), len(right))
    left, middle, right = (x + [""] * (rows - len(x)) for x in (left, middle, right))
    return "\n".join(f"{a:<{widths[0]}}{b:<{widths[1]}}{c}".rstrip() for a, b, c in zip(left, middle, right))


MENU = ["Home", "World", "Sport", "Weather", "Business", "Contact us", "Archive", "Site map", "Jobs", "Help"]


def test_a_three_column_layout_with_a_wrapped_article_is_read_column_after_column():
    import textwrap

    story = [f"{PARAGRAPH} Paragraph {i} of the story." for i in range(4)]
    middle = []
    for paragraph in story:
        middle += textwrap.wrap(paragraph, 46) + [""]
    article = _article("Ferry terminal approved\n\n" + _three_columns(MENU * 3, middle, MENU[::-1] * 3) + "\n")
    assert article.paragraphs() == story


def test_a_three_column_layout_too_wide_to_wrap_is_read_column_after_column():
    story = [f"{PARAGRAPH} Paragraph {i} of the story." for i in range(4)]
    middle = []
    for paragraph in story:
        middle += [paragraph, ""]
    dump = _three_columns(MENU, middle, MENU[::-1], widths=(30, 220))
    article = _article("Ferry terminal approved\n\n" + dump + "\n")
    assert article.paragraphs() == story


def test_a_data_table_keeps_its_rows():
    from sidebyside.extract.text.columns import split_columns

    rows = ["Pos   Player            Plays   %     Notes"] + [
        f"CB    Player Number {i:<4}  {70 + i:<6}  {90 + i}%   {i} tackles and one pass defended in the game." for i in range(6)
    ]
    table = "\n".join(rows)
    assert split_columns(table) == table


def test_wide_characters_take_two_columns_when_columns_are_set_apart():
    from sidebyside.extract.text.columns import split_columns

    story = "肉をくわえたイヌが橋を渡っていました。ふと下を見ると川の中にも肉をくわえたイヌがいます。" * 3
    left = [story[i : i + 24] for i in range(0, len(story), 24)]  # 48 display columns each
    right = ["人気記事", "新着記事", "ランキング", "お問い合わせ", "サイトマップ", "カテゴリー"]
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    dump = "\n".join((a + " " * (50 - 2 * len(a)) + b).rstrip() for a, b in zip(left, right))
    assert story in split_columns(dump).replace("\n", "")


@pytest.mark.parametrize(
    "byline, authors",
    [
        ("Elena Marsh, Tomas Reyes\n3–4 minutes", ("Elena Marsh", "Tomas Reyes")),
        ("Aleš Vávra Aleš Vávra\npřed 2 hodinami", ("Aleš Vávra",)),
        ("  • César Salza\n\n1 de diciembre de 2017 3:00 AM PST", ("César Salza",)),
    ],
)
def test_names_set_as_a_list_twice_or_as_a_lone_item_are_the_byline(byline, authors):
    body = "\n\n".join(f"{PARAGRAPH} Neon {i}." for i in range(4))
    article = _article("Neon signs light up the old town\n\n" + byline + "\n\n" + body)
    assert article.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "pos=LREC&id=yom-ad-LREC-iframe&html=%253Cstyle%2520type%253D%2522text/css%2522%253E%250A.CAN_ad",
        "https://s.yimg.com/os/mit/media/m/base/images/transparent-95031.png?width=300&height=200&crop=1",
    ],
)
def test_an_address_or_encoded_blob_is_not_prose(line):
    assert classify(line + ". More text follows here.") != PROSE


def test_a_sentence_with_a_link_in_it_stays_prose():
    line = ("The report, published at https://example.org/reports/2026/ferry-terminal.pdf on Tuesday, "
            "says the terminal will open in 2028.")
    assert classify(line) == PROSE


def test_extract_hands_each_family_its_settings_section():
    from sidebyside.extract import extract
    from sidebyside.settings import ExtractSettings, Settings

    content = "\n".join(f"Menu item {i}" for i in range(200)) + "\n\n" + "\n\n".join([PARAGRAPH] * 3)
    capture = Capture(source=Source(path="capture.txt", format="text"), content=content)
    small = Settings(extract=ExtractSettings(text=dataclasses.replace(TEXT, max_lines=100)))
    assert any(w.startswith("a very long capture") for w in extract(capture, small).warnings)
    assert not any(w.startswith("a very long capture") for w in extract(capture).warnings)


def test_a_list_an_introduction_opens_is_part_of_the_body():
    paragraphs = "\n\n".join(f"{PARAGRAPH} Point {i}." for i in range(3))
    items = ["Finland", "Norway", "Australia", "Canada", "Germany", "France", "United Kingdom", "Italy"]
    listing = "The overall rankings of the countries were as follows:\n\n" + "\n".join(f"  1. {x}" for x in items)
    article = _article(f"Ferry terminal approved\n\n{paragraphs}\n\n{listing}\n\n{PARAGRAPH} The end.\n")
    assert [article.text[b.start : b.end] for b in article.blocks if b.kind == "list_item"] == items
    assert article.text.rstrip().endswith("The end.")


def test_a_sentence_ending_with_said_is_no_comment_header():
    from sidebyside.extract.text.kinds import COMMENTS

    assert classify("In a wide-ranging interview, President Obama also said:") != COMMENTS
    assert classify("jsmith on March 3, 2010 at 10:42 am said:") == COMMENTS
    paragraphs = "\n\n".join(f"{PARAGRAPH} Point {i}." for i in range(3))
    tail = "\n\n".join(f"{PARAGRAPH} Later point {i}." for i in range(3))
    article = _article(f"{paragraphs}\n\nIn a wide-ranging interview, the minister also said:\n\n{tail}\n")
    assert "Later point 2." in article.text


def test_cells_set_apart_by_spaces_do_not_weigh_as_prose():
    from sidebyside.extract.text.kinds import PROSE
    from sidebyside.extract.text.lines import split_lines

    row = "Video" + " " * 300 + "Home" + " " * 200 + "Canada"
    assert split_lines(row)[0].kind != PROSE


def test_a_long_page_cut_into_short_lines_keeps_its_sentences_and_warns():
    import textwrap

    story = " ".join(f"{PARAGRAPH} Sentence {i} of the story goes on." for i in range(12))
    lines = textwrap.wrap(story, 44)  # narrow cells, a line each: no line is long enough to be prose
    menu = "\n".join(["Home", "World", "Sport"] * 4)
    article = _article(f"{menu}\n\n" + "\n\n".join(lines) + f"\n\n{menu}\n")
    assert len(article.text.split()) >= 0.8 * len(story.split())
    assert warn.BODY_WIDENED in article.warnings


def test_teaser_cards_after_the_article_end_its_body():
    paragraphs = "\n\n".join(f"{PARAGRAPH} Point {i}." for i in range(6))
    blurb = "met again on Monday evening to discuss the harbour budget, the ferry timetable and a pier."
    cards = "\n\n".join(f"Council {t} after the vote\n\n12 photos\n\nCouncil {t} after the vote\n\n"
                        f"Teaser: the council {t.split()[0]} {blurb}" for t in ("rejects a bridge", "opens a depot", "moves a pier"))
    article = _article(f"Ferry terminal approved\n\n{paragraphs}\n\n{cards}\n")
    assert "Point 5." in article.text and "Teaser" not in article.text


def test_an_image_shown_with_its_alt_text_at_each_picture_stays_inside_the_body():
    alt = "Mountain hike with water bottles and a baby carrier on the trail"
    body = "\n\n".join(f"{alt}\n\n{PARAGRAPH} Point {i}." for i in range(8))
    article = _article(f"Ferry terminal approved\n\n{body}\n")
    assert "Point 7." in article.text


def test_a_code_block_between_paragraphs_does_not_split_the_body():
    code = "\n".join(["WITH series AS (", "SELECT *", "FROM unnest(array[2, 3, 5]) AS n", "),", "stats AS (",
                      "SELECT", "avg(n) series_avg,", "stddev(n) as series_stddev", "FROM", "series", ")",
                      "SELECT", "*,", "FROM", "stats;", "n  │  zscore", "2 │ -0.757", "3 │ -0.432", "5 │  0.216"])
    first = "\n\n".join(f"{PARAGRAPH} Before {i}." for i in range(2))
    second = "\n\n".join(f"{PARAGRAPH} After {i}." for i in range(3))
    article = _article(f"Anomalies in plain SQL\n\n{first}\n\n{code}\n\n{second}\n")
    assert "Before 0." in article.text and "After 2." in article.text


def test_a_teaser_title_shown_twice_on_one_line_is_no_prose():
    from sidebyside.extract.text.lines import doubled, split_lines

    title = "Three demonstrators killed in clashes near a barricaded fuel plant"
    assert doubled(f"{title} {title} Miss Moscow picked from 49 top beauties")
    assert not doubled(PARAGRAPH)
    assert split_lines(f"{title} {title}.")[0].kind == SHORT


def test_a_lynx_dump_is_joined_at_its_wrap_width_before_its_link_numbers_go():
    import textwrap

    words = PARAGRAPH.split()
    linked = " ".join(f"[{10 + i}]{w}" if i % 3 == 0 else w for i, w in enumerate(words * 2))
    wrapped = textwrap.fill(linked, 77, initial_indent="   ", subsequent_indent="   ")
    refs = "\n".join(f"  {10 + i}. https://example.org/{i}" for i in range(len(words) * 2))
    menu = "\n".join(f"     * [{i}]Section {i}" for i in range(1, 6))
    dump = f"{menu}\n\n{wrapped}\n\n{wrapped}\n\nReferences\n\n{refs}\n"
    article = _article(dump)
    expected = " ".join(words * 2)
    assert article.paragraphs() == [expected, expected]


def test_cards_repeating_their_labels_after_the_article_end_its_body():
    paragraphs = "\n\n".join(f"{PARAGRAPH} Point {i}." for i in range(6))
    blurb = "The council met again on Monday evening to discuss the harbour budget, the ferry timetable and a pier."
    blurb += " Residents asked for a second hearing before the works begin in the spring, and the mayor agreed."
    cards = "\n\n".join(f"Story {i} of the day\n\n{blurb} Teaser {i}.\n\nHarbour Radio\nAdd to playlist"
                        for i in range(4))
    article = _article(f"Ferry terminal approved\n\n{paragraphs}\n\n{cards}\n")
    assert "Point 5." in article.text and "Teaser 2" not in article.text


def test_a_short_capture_too_short_to_show_its_wrap_width_is_joined_where_sentences_break():
    import textwrap

    paragraph = f"{PARAGRAPH} The ferry will run from the spring."
    lines = textwrap.wrap(paragraph, 46)
    assert len(lines) < 8  # too few lines to tell the wrap width
    article = _article("Ferry terminal approved\n\n" + "\n".join(lines) + "\n")
    assert article.paragraphs() == [paragraph]


def test_a_long_page_made_of_short_items_keeps_them_with_a_warning_not_one_line():
    items = [f"Added {thing} to the {place}" for thing in ("granite blocks", "slime blocks", "iron trapdoors",
                                                            "sea lanterns", "red sandstone", "armor stands")
             for place in ("nether", "ocean", "plains", "desert", "jungle")]
    article = _article("Minecraft News\n\nMinecraft 1.8 - The Bountiful Update\n\n" + "\n".join(items) + "\n")
    assert len(article.text.splitlines()) >= len(items) // 2
    assert warn.BODY_WIDENED in article.warnings


def test_a_teaser_cut_short_with_an_ellipsis_is_no_prose():
    from sidebyside.extract.text.lines import split_lines

    assert split_lines("Microsoft removes the safeguard hold for Windows 10 users with Realtek Bluetooth...")[0].kind == SHORT
    assert split_lines(PARAGRAPH)[0].kind == PROSE


def test_a_three_column_layout_split_first_at_its_right_gutter_sets_the_left_two_apart_too():
    import textwrap

    story = [f"{PARAGRAPH} Paragraph {i} of the story." for i in range(4)]
    middle = []
    for paragraph in story:
        middle += textwrap.wrap(paragraph, 46) + [""]
    left = ["Home", "World", "Sport", "Weather", "Business", "Contact"] + [""] * 12 + ["Archive", "Site map"] * 3
    article = _article("Ferry terminal approved\n\n" + _three_columns(left, middle, MENU * 4) + "\n")
    assert article.paragraphs() == story


def test_a_byline_under_a_headline_is_not_joined_to_it():
    from sidebyside.extract.text.unwrap import unwrap

    text = "The 'birth lottery' and economic mobility\nby Ahiza Garcia\n"
    assert unwrap(text) == text


def test_a_list_of_unended_items_one_per_line_is_not_joined():
    from sidebyside.extract.text.unwrap import unwrap

    items = "\n".join(["gero removed the windowtype attribute from dialogs where we did not need it anymore",
                       "manekenpix converted some DevTools code to use DOM Promises",
                       "mconley re-enabled TART on the try server for everyone"])
    assert unwrap(items) == items


def test_a_comment_count_above_the_article_does_not_close_the_widened_body():
    body = "\n".join(f"contributor {i} fixed a flicker in the toolbar when the browser starts" for i in range(40))
    article = _article(f"These Weeks in Firefox\n\n2 responses\n\nHighlights\n\n{body}\n")
    assert "contributor 39" in article.text


def test_a_paragraph_saying_one_thing_over_and_over_stays_prose():
    from sidebyside.extract.text.lines import split_lines

    assert split_lines(PARAGRAPH * 30)[0].kind == PROSE


def test_a_blogs_comment_section_title_ends_the_article():
    assert classify("6 thoughts on “How to Adopt an Online Leader Success Mindset”") == COMMENTS
    assert classify("One thought on “Spring planting”") == COMMENTS
    # a column's headline is no comment section
    assert classify("Three thoughts on the Lakers' win over Boston") != COMMENTS
    assert classify("5 thoughts on the budget") != COMMENTS
