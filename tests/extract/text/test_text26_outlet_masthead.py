"""A masthead standing as a line of its own before and after the article is the outlet, over a
copyright holder whose name stands only in the owner's bar above the page (reader30's "owner's
name taken as the outlet": a group's menu opens the copy, the paper's name frames the story)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

from dock_story import HEADLINE, PARAS


def _outlet(top: tuple[str, ...], footer: tuple[str, ...]) -> str | None:
    text = "\n\n".join((*top, HEADLINE, "By Ada Moss", "Nov. 19, 2019 8:03 am ET", *PARAS, *footer))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).outlet


OWNER_BAR = ("PELLAND CROFT, A PRESS GROUP COMPANY", "Pelland Croft is a network of leading companies",
             "PELLAND CROFT", "Orlo Charts", "Harlow Newswires", "NEWS GROUP", "The Daily Orlo", "SubscribeSign In")
NOTICE = "Copyright ©2019 Pelland Croft & Company, Inc. All Rights Reserved."


def test_the_masthead_around_the_article_wins_over_the_owner():
    top = (*OWNER_BAR, "The Harlow Gazette", "English Edition")
    assert _outlet(top, ("TO READ THE FULL STORY", "The Harlow Gazette", NOTICE)) == "The Harlow Gazette"


def test_the_owner_is_the_outlet_when_no_masthead_frames_the_article():
    assert _outlet(OWNER_BAR, ("TO READ THE FULL STORY", NOTICE)) == "PELLAND CROFT"


def test_the_holders_own_line_after_the_article_keeps_the_holder():
    top = (*OWNER_BAR, "The Harlow Gazette", "English Edition")
    footer = ("The Harlow Gazette", "PELLAND CROFT", NOTICE)
    assert _outlet(top, footer) == "PELLAND CROFT"


def test_a_section_named_before_and_after_is_no_masthead():
    top = (*OWNER_BAR, "Local News", "English Edition")
    assert _outlet(top, ("Local News", NOTICE)) == "PELLAND CROFT"


def test_a_masthead_opening_the_page_and_standing_after_the_story_is_the_outlet():
    top = ("The Harlow Gazette", "News for the Orlo valley since 1911")
    footer = ("The Harlow Gazette", "© 2026 Pelland-Croft Media Group. All rights reserved.")
    assert _outlet(top, footer) == "The Harlow Gazette"


def test_a_menus_item_shown_before_and_after_the_story_is_no_masthead():
    menu = "The Latest\nPolitics\nBusiness\nSport"
    assert _outlet((menu,), (menu,)) is None
    assert _outlet((*OWNER_BAR, menu), ("TO READ THE FULL STORY", menu, NOTICE)) == "PELLAND CROFT"


def test_a_masthead_set_over_the_menu_without_a_blank_line_still_frames_the_article():
    # a select-all copy: the logo's line and the menu's items one under the other
    top = ("The Harlow Gazette\nNews\nSport\nBusiness",)
    footer = ("The Harlow Gazette", "© 2026 Pelland-Croft Media Group. All rights reserved.")
    assert _outlet(top, footer) == "The Harlow Gazette"
