"""The outlet of a text capture from the site's chrome phrases: a possessive newsletter sign-up
names it alone; "Follow X", "X homepage", "X main menu", "More from X", "X sitemap" name it when
two different ones (or one and the copyright line) agree; one phrase alone names no one."""

from __future__ import annotations

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

from dock_story import HEADLINE, PARAS


def _outlet(*footer: str, top: tuple[str, ...] = ()) -> str | None:
    text = "\n\n".join((*top, HEADLINE, "By Sam Okafor", "2 June 2026", *PARAS, *footer))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).outlet


def test_a_possessive_newsletter_sign_up_names_the_outlet():
    assert _outlet("Sign up for Quayside Gazette’s newsletter", "Privacy Policy") == "Quayside Gazette"
    assert _outlet("[Subscribe to Harbourwatch's weekly newsletter]") == "Harbourwatch"


def test_two_different_chrome_phrases_naming_the_same_site_name_the_outlet():
    assert _outlet("Follow The Fenland Ledger", "Privacy Policy", top=("The Fenland Ledger main menu",)) \
        == "The Fenland Ledger"
    assert _outlet("Follow Dockside Daily online:", "More from Dockside Daily") == "Dockside Daily"


def test_a_chrome_phrase_and_the_copyright_holder_agreeing_name_the_outlet():
    assert _outlet("Follow Inlet Radio", "© 2026 Inlet Radio Group, Inc.") == "Inlet Radio"


@pytest.mark.parametrize("footer", [
    ("Follow GNM", "Follow GNM on Twitter"),  # one phrase, twice: a show or a brand a portal hosts
    ("More from Sport",),  # a section
    ("Follow us on Twitter", "More from us"),  # no name
    ("Follow Inlet Radio", "Fenland Ledger homepage"),  # two phrases, two names
    ("Sign up for our newsletter",),
])
def test_one_chrome_phrase_or_disagreeing_phrases_name_no_outlet(footer):
    assert _outlet(*footer) is None


def test_a_whole_notice_with_a_year_and_all_rights_reserved_names_the_outlet():
    assert _outlet("Copyright 2026 Harbour Evening News. All rights reserved.") == "Harbour Evening News"
    assert _outlet("Copyright © 2026 Fenland Ledger. Todos os direitos reservados.") == "Fenland Ledger"


@pytest.mark.parametrize("footer", [
    ("© 2026 Harbour Evening News",),  # no "all rights reserved": a photo's or a quote's credit as often
    ("Copyright © 2026 Quayside Software - all rights reserved.",),  # the company behind the site
])
def test_a_notice_short_of_a_whole_one_or_a_companys_names_no_outlet(footer):
    assert _outlet(*footer) is None


def test_a_logos_alt_text_above_the_article_names_the_outlet():
    assert _outlet(top=("Harbour Evening News logo", "Home | News | Sport")) == "Harbour Evening News"
    assert _outlet(top=("[The Quayside Times Logo]",)) == "The Quayside Times"


@pytest.mark.parametrize("top", [
    ("Facebook logo",),  # a share button
    ("Site logo",),
])
def test_a_share_buttons_or_a_bare_logo_names_no_outlet(top):
    assert _outlet(top=top) is None


def test_a_logo_after_the_article_names_no_outlet():
    assert _outlet("Harbour Evening News logo") is None  # a partner's or an advertiser's


def test_a_german_publishers_company_words_make_the_holder_the_owner_not_the_outlet():
    text = "\n\n".join((HEADLINE, "Von Sam Okafor", "2. Juni 2026", *PARAS[:2],
                        PARAS[2] + " Hafen Medien hat dazu nichts gesagt.", "Copyright © 2026 Hafen Medien"))
    assert extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).outlet is None
    plain = text.replace("Hafen Medien", "Hafen Bote")  # the same page, a plain name: the outlet
    assert extract_text(Capture(source=Source(path="page.txt", format="text"), content=plain)).outlet == "Hafen Bote"
