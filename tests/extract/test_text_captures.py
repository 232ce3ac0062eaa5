"""Hand-written text captures, one per kind of line the text extractor must tell apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from sidebyside.errors import ExtractionError
from sidebyside.extract.text import LOW_CONFIDENCE, NO_DATE, extract_text
from sidebyside.model import Capture, Source

DATA = Path(__file__).parent.parent / "data" / "text"


def extract(content: str, name: str = "capture.txt"):
    return extract_text(Capture(source=Source(path=name, format="text"), content=content))


def extract_file(name: str):
    return extract((DATA / name).read_text(encoding="utf-8"), name)


@pytest.fixture(scope="module")
def wire():
    return extract_file("wire_story.txt")


def test_headline_is_the_line_before_the_byline_cluster(wire):
    assert wire.title == "Harbour authority approves new ferry terminal"


def test_byline_date_and_source_lines_become_metadata(wire):
    assert wire.authors == ("Jane Morrow", "Tom Ellis")
    assert wire.published == "2024-03-03T08:15"
    assert wire.source_credit == "AFP"
    for line in ("By Jane Morrow", "Source: AFP", "12 Shares", "4 min read", "3 March 2024"):
        assert line not in wire.text


def test_menus_and_ticker_stay_out_of_the_body(wire):
    for line in ("Business", "Culture", "BREAKING", "Markets slide", "Minister resigns"):
        assert line not in wire.text


def test_standfirst_is_the_lead_and_not_repeated_in_text(wire):
    assert wire.lead == "The port's long-delayed expansion cleared its last hurdle on Tuesday after a late-night vote."
    assert wire.lead not in wire.text


def test_image_caption_goes_to_captions_once(wire):
    assert wire.captions == ("Cranes at the old container quay at dawn (AFP Photo)",)
    assert "Cranes at the old" not in wire.text


def test_body_paragraphs_and_heading_between_them(wire):
    paragraphs = wire.paragraphs()
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("The harbour authority voted seven to two")
    assert paragraphs[-1].endswith("in the quieter months.")
    assert wire.headings() == ["Funding and timetable"]


def test_inserted_promos_are_dropped(wire):
    for phrase in ("Related News", "Council delays vote", "Ferry operator reports", "Read next", "Five things"):
        assert phrase not in wire.text


def test_trailing_lists_tags_and_footer(wire):
    assert wire.tags == ("Ports", "Transport", "Local politics")
    for phrase in ("Most Read", "Mayor unveils", "independent regional", "All Rights Reserved", "Privacy"):
        assert phrase not in wire.text


def test_outlet_is_the_name_repeated_around_the_article(wire):
    assert wire.outlet == "Daily Courier"
    assert wire.language == "en"
    assert wire.warnings == ()


def test_blocks_are_offsets_into_text(wire):
    assert "\n\n".join(wire.block_text(b) for b in wire.blocks) == wire.text
    assert [b.kind for b in wire.blocks].count("heading") == 1


def test_photo_credit_and_reader_appeal():
    article = extract_file("appeal_story.txt")
    assert article.title == "Scientists map the glacier's retreat in unprecedented detail"
    assert article.captions == ("Anna Lund / NTB",)
    assert article.outlet == "Northern Ledger"
    assert article.lead is None
    assert len(article.paragraphs()) == 4
    assert article.paragraphs()[-1] == "The researchers plan to return next summer to install sensors on the ice surface."
    for phrase in ("small favor", "Your support", "Not ready", "Remind me", "Read more", "Anna Lund"):
        assert phrase not in article.text
    assert NO_DATE in article.warnings


@pytest.mark.parametrize("blank_lines", [True, False])
def test_plain_copied_article_without_bullets(blank_lines):
    content = (DATA / "copied_plain.txt").read_text(encoding="utf-8")
    if not blank_lines:  # some browsers copy paragraphs with single line breaks
        content = "\n".join(line for line in content.splitlines() if line.strip())
    article = extract(content)
    assert article.title == "City opens its first public library in the eastern district"
    assert article.authors == ("Maria Fernandes",)
    assert article.published == "2024-01-05"
    assert len(article.paragraphs()) == 5
    assert article.paragraphs()[0].startswith("The new library, built on the site")
    assert "By Maria" not in article.text and "January 5" not in article.text
    assert article.warnings == ()


def test_hard_wrapped_text_is_joined_into_paragraphs():
    article = extract_file("wrapped_plain.txt")
    assert article.title == "Volunteers restore the old lighthouse garden"
    assert article.authors == ("Peter Holm",)
    assert article.published == "2023-06-12"
    paragraphs = article.paragraphs()
    assert len(paragraphs) == 4
    assert paragraphs[0].endswith("more than a century ago.")
    assert "replanting the flower beds" in paragraphs[0]


def test_not_an_article_gives_an_empty_body_and_warnings():
    article = extract_file("not_an_article.txt")
    assert article.text == ""
    assert article.blocks == ()
    assert LOW_CONFIDENCE in article.warnings
    assert NO_DATE in article.warnings


@pytest.mark.parametrize("content", ["", "   \n\n \t\n"])
def test_empty_capture_raises_the_projects_error(content):
    with pytest.raises(ExtractionError, match="empty"):
        extract(content)


def test_comment_section_is_not_body():
    para = "The committee published its report on the state of the river on Thursday, calling for new limits."
    comment = "I have lived by this river for forty years and I have never seen it as dirty as it is today, honestly."
    content = "\n\n".join(
        ["River report calls for limits", "By Ann Lee", para, para.replace("Thursday", "Friday"),
         "12 responses to “River report calls for limits”", "riverfan says:", comment, "oldtimer says:",
         comment.replace("forty", "fifty")]
    )
    article = extract(content)
    assert len(article.paragraphs()) == 2
    assert "I have lived" not in article.text


def test_list_items_inside_the_body():
    content = "\n".join([
        "Three ways to save water at home",
        "",
        "Households can cut their water use by a third with a few simple changes, the utility said on Monday.",
        "",
        "  • fix dripping taps as soon as you notice them",
        "  • take shorter showers instead of baths",
        "  • run the dishwasher only when it is full",
        "",
        "The utility said it would send every household a free water-saving kit before the summer.",
    ])
    article = extract(content)
    assert [b.kind for b in article.blocks] == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]
    assert article.block_text(article.blocks[1]) == "fix dripping taps as soon as you notice them"


def test_blockquote_is_an_indented_prose_line():
    content = "\n".join([
        "Poet wins national prize",
        "",
        "The jury praised the collection for its plain language and its attention to everyday life in small towns.",
        "",
        "    We read it aloud to each other and could not stop, the jury wrote in its citation for the prize.",
        "",
        "The prize comes with a grant that the poet said would pay for a year of writing without other work.",
    ])
    article = extract(content)
    assert [b.kind for b in article.blocks] == ["paragraph", "blockquote", "paragraph"]


def test_next_story_after_the_body_is_cut_at_its_headline():
    body = [
        "The council approved the budget on Monday after a debate that lasted well into the night, officials said.",
        "Spending on schools rises by four percent while road repairs are postponed until next year, the plan shows.",
        "Opposition members said the cuts to transport would hurt commuters in the outer districts the most.",
        "The mayor defended the plan, saying the city had to balance its books after two difficult years.",
    ]
    teaser = "Our correspondent spent a week with the crews who keep the city's old trams running through the winter."
    content = "\n\n".join(
        ["Council approves budget", "By Ann Lee", "4 March 2024", *body,
         "Inside the tram depot", "Tom Ellis", "5 March 2024", teaser]
    )
    article = extract(content)
    assert article.paragraphs() == body
    assert article.title == "Council approves budget"
    assert article.published == "2024-03-04"


def test_comment_form_cookie_notice_and_share_bar_stay_out():
    para = "The museum reopened on Saturday after a two-year renovation that restored its painted ceilings and halls."
    content = "\n\n".join([
        "Museum reopens after renovation",
        "Whatsapp Facebook Twitter Email",
        para,
        para.replace("Saturday", "Sunday").replace("two-year", "long"),
        "We use cookies to ensure that we give you the best experience on our website.",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked.",
        "I visited on the first day and the ceilings are even more beautiful than I remembered from childhood.",
    ])
    article = extract(content)
    assert len(article.paragraphs()) == 2
    for phrase in ("Whatsapp", "cookies", "Leave a Reply", "email address", "I visited"):
        assert phrase not in article.text


def test_role_bylines_name_the_author():
    content = "\n\n".join([
        "Auto show opens with a wave of electric cars",
        "Tom Krisher, AP Auto Writer",
        "Nov 20, 2019",
        "The Los Angeles Auto Show opened on Wednesday with more electric models than ever before on its floor.",
        "Carmakers said buyers were finally ready for battery-powered pickups and family cars at lower prices.",
    ])
    article = extract(content)
    assert article.authors == ("Tom Krisher",)
    assert article.published == "2019-11-20"
    assert article.title == "Auto show opens with a wave of electric cars"


def test_teaser_list_before_the_article_is_not_body():
    teasers = [
        "Weekend guide: the best markets to visit before the holidays, from the riverside stalls to the old hall.",
        "Ten years on, the bridge that was never finished still divides opinion among the people who live there.",
        "How a small bakery became the busiest shop on the high street within a year of opening its doors.",
    ]
    body = [
        "Firefighters spent the night fighting a blaze at a warehouse on the edge of the industrial estate, officials said.",
        "No one was hurt, but the building and several lorries parked outside it were destroyed by the fire.",
        "Residents of nearby streets were asked to keep their windows closed because of the thick smoke over the area.",
        "The cause of the fire is not yet known, and an investigation will begin once the site is safe to enter.",
        "The company that owns the warehouse said it would support its staff while the damage was assessed.",
    ]
    content = "\n\n".join([*teasers, "Warehouse destroyed in overnight fire", "By Ann Lee", "12 May 2024 07:30", *body])
    article = extract(content)
    assert article.paragraphs() == body
    assert article.title == "Warehouse destroyed in overnight fire"
    assert article.published == "2024-05-12T07:30"


@pytest.mark.parametrize(
    "cluster, authors",
    [
        ("10.03.2026 12:40 · Автор: Анна Соколова", ("Анна Соколова",)),
        ("12 May 2024 07:30 • By Ann Lee and Raj Patel", ("Ann Lee", "Raj Patel")),
        ("12 May 2024 07:30 • 4 min read", ()),
        ("By Jane Doe • 12 May 2024 07:30 • 4 min read", ("Jane Doe",)),
        ("12 May 2024 07:30 | By Jane Doe", ("Jane Doe",)),
    ],
)
def test_byline_inside_a_separated_date_cluster_names_the_authors(cluster, authors):
    body = [
        "Firefighters spent the night fighting a blaze at a warehouse on the edge of the industrial estate, officials said.",
        "No one was hurt, but the building and several lorries parked outside it were destroyed by the fire.",
        "Residents of nearby streets were asked to keep their windows closed because of the thick smoke over the area.",
    ]
    article = extract("\n\n".join(["Warehouse destroyed in overnight fire", cluster, *body]))
    assert article.authors == authors
    assert article.published == "2024-05-12T07:30" or article.published.startswith("2026-03-10")


_FIRE_BODY = [
    "Firefighters spent the night fighting a blaze at a warehouse on the edge of the industrial estate, officials said.",
    "No one was hurt, but the building and several lorries parked outside it were destroyed by the fire.",
    "Residents of nearby streets were asked to keep their windows closed because of the thick smoke over the area.",
]


def _page(top: list[str], bottom: list[str]) -> str:
    return "\n\n".join([*top, "Warehouse destroyed in overnight fire", "By Ann Lee", "12 May 2024 07:30", *_FIRE_BODY, *bottom])


def test_outlet_is_the_copyright_holder_without_its_company_suffix_when_a_masthead_names_it():
    content = _page(["Menu", "The Valley Gazette", "Search"], ["© 2024 The Valley Gazette Media Group. All rights reserved."])
    assert extract(content).outlet == "The Valley Gazette"


def test_outlet_is_the_holder_named_first_on_a_separated_footer_line():
    content = _page(["Menu"], ["Valley Gazette · 12 Mill Street · Contact the newsroom · Careers",
                               "Copyright © 2024 Valley Gazette Publishing Ltd."])
    assert extract(content).outlet == "Valley Gazette"


def test_a_company_that_never_stands_alone_is_the_owner_not_the_outlet():
    content = _page(["Menu", "Search"], ["© 2024 Eastgate Interactive Inc. All Rights Reserved.", "Eastgate Interactive Inc. sites"])
    assert extract(content).outlet is None


def test_a_repeated_menu_item_is_not_the_outlet_unless_masthead_or_copyright_confirms_it():
    menu = ["Skip to content", "Menu", "• News", "Play Now", "Sports Desk", "• Weather", "Latest", "Opinion"]
    footer = ["Play Now", "Sports Desk", "Play Now"]
    assert extract(_page(menu, footer)).outlet is None
    assert extract(_page(menu, [*footer, "© 2024 Sports Desk"])).outlet == "Sports Desk"  # the notice confirms it
    assert extract(_page(["Sports Desk", *menu], footer)).outlet == "Sports Desk"  # the masthead confirms it


def test_a_photo_credit_is_not_a_copyright_notice():
    content = _page(["Menu"], ["Smoke over the estate. © Reuters", "© Reuters", "Reuters"])
    assert extract(content).outlet is None


def test_the_site_notice_at_the_foot_wins_over_a_wire_notice():
    content = _page(["Lakeside Courier", "Menu", "Associated Press"],
                    ["© 2024 Associated Press. All rights reserved.", "© 2024 Lakeside Courier Inc."])
    assert extract(content).outlet == "Lakeside Courier"


def test_a_menu_item_appeal_does_not_name_the_outlet():
    content = _page(["• Home", "• Donate to Us", "• Join Club"], ["• Donate to Us", "Us and Club"])
    assert extract(content).outlet is None


def test_the_opening_line_is_the_outlet_when_the_page_names_it_again():
    assert extract(_page(["The Lakeside Courier", "• Home"], ["About The Lakeside Courier"])).outlet == "The Lakeside Courier"
    assert extract(_page(["Lakeside weather today", "• Home"], [])).outlet is None  # named once: a teaser
    assert extract(_page(["Advertisement", "• Home"], ["Advertisement"])).outlet is None  # a label, not a name


def test_copyright_year_followed_by_a_comma_names_the_holder():
    content = _page(["• Home"], ["Copyright © 2019, Lakeside Courier | Terms of Service", "Lakeside Courier app"])
    assert extract(content).outlet == "Lakeside Courier"


def test_masthead_reads_past_an_empty_image_marker_and_a_doubled_logo_text():
    assert extract(_page(["Skip to content", "[] Valley Science", "Search"], ["About Valley Science"])).outlet == "Valley Science"
    assert extract(_page(["MoreBikesMoreBikes", "• Home"], ["© MoreBikes"])).outlet == "MoreBikes"


def test_a_menu_item_repeated_as_a_line_of_its_own_is_not_a_masthead():
    assert extract(_page(["Watch Live", "• Home"], ["Watch Live"])).outlet is None


@pytest.mark.parametrize(
    "notice, name",
    [
        ("جميع الحقوق محفوظة © 2026 الوادي نيوز", "الوادي نيوز"),
        ("© 2026 Вечерний курьер. Перепечатка материалов только с разрешения редакции.", "Вечерний курьер"),
        ("© Valley Gazette 2019", "Valley Gazette"),
    ],
)
def test_notice_names_in_any_script_and_after_a_phrase(notice, name):
    assert extract(_page(["• Home"], [f"{name} app", notice])).outlet == name


def test_a_copyright_sign_inside_a_caption_is_a_photo_credit():
    content = _page(["• Home"], ["A man looking at the camera: John Smith of Leeds, England© John Smith of Leeds, England",
                                 "John Smith of Leeds"])
    assert extract(content).outlet is None


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2019. Valley Gazette. All Rights Reserved.",
        "© 2019 Valley Gazette unless otherwise noted. All rights reserved. Privacy Policy",
        "© 2019 Valley Gazette - All rights reservedNot associated with Valley Farms",
    ],
)
def test_the_holder_name_ends_where_the_notice_goes_on(notice):
    assert extract(_page(["• Home"], ["Valley Gazette app", notice])).outlet == "Valley Gazette"


def test_the_last_line_of_a_quotation_is_no_heading():
    article = extract(
        "Athens youths keep up their protests\n\n"
        "The five young men stood in the shadow of the university before another day of street battles in the capital.\n\n"
        "\"What I feel when I see this,\" said one young man, \"is that I am loving my city more than ever.\n\n"
        "The politicians failed us.\"\n\n"
        "\"I do feel bad when I see property burned,\" said a man wearing ski goggles and a dark blue jacket.\n"
    )
    assert article.headings() == []
    assert "The politicians failed us." in article.text


BRIEF = ("Cutter Brisa frees stranded trawler\n\nMarch 5, 2024\n\n"
         "A coastguard cutter has freed a trawler stranded on a sandbank off Orlo Point.\n\n"
         "The cutter Brisa towed the Marten clear of the bank at high tide.\n\n"
         "Harbour TV has exclusive pictures of the rescue operation.\n\n"
         "The rescue was part of a winter safety campaign; Orlo has led such campaigns for years.\n")


def test_a_dated_news_brief_is_an_article_but_two_undated_lines_are_in_doubt():
    """reader31: a complete 71-word brief under a headline and a date was flagged "may not be an
    article" for its length alone."""
    brief = extract(BRIEF, "brief.txt")
    assert brief.published == "2024-03-05" and LOW_CONFIDENCE not in brief.warnings
    undated = extract(BRIEF.replace("March 5, 2024\n\n", "").rsplit("\n\nHarbour", 1)[0] + "\n", "undated.txt")
    assert LOW_CONFIDENCE in undated.warnings
