"""Page furniture never reaches the body: one fixture per kind, plus a related block inserted
in the middle of the article."""

from __future__ import annotations

import pytest

from html_fixtures import PARAGRAPHS, extract, page, paras

FURNITURE = {
    "navigation": '<nav class="section-nav"><a href="/a">Politics</a> <a href="/b">Economy</a> '
    '<a href="/c">Climate</a> <a href="/d">Culture</a></nav>',
    "ticker": '<div class="breaking-news-ticker"><span>BREAKING: Storm warning issued for the '
    "whole coast tonight</span></div>",
    "related": '<div class="related-articles"><h3>Related stories</h3><ul>'
    '<li><a href="/1">Port workers strike over pay and conditions in the north</a></li>'
    '<li><a href="/2">Fish market traders fear a long summer of closures</a></li>'
    '<li><a href="/3">Mayor unveils plan for new tram line to the docks</a></li></ul></div>',
    "read_next": '<aside class="read-next"><p>Read next: <a href="/x">Why the docks matter more '
    "than ever to the city economy</a></p></aside>",
    "most_read": '<section class="most-read"><h2>Most read</h2><ol><li><a href="/m1">Tram line '
    'delayed again</a></li><li><a href="/m2">Ferry fares rise</a></li><li><a href="/m3">Beach '
    "closed after spill</a></li></ol></section>",
    "share_bar": '<div class="share-bar"><a href="https://twitter.com/share">Share on Twitter</a> '
    '<a href="https://facebook.com/share">Share on Facebook</a> <span>Email this story</span></div>',
    "tags": '<div class="article-tags"><span>Tags:</span> <a href="/t/budget">budget</a> '
    '<a href="/t/harbour">harbour</a> <a href="/t/council">council</a></div>',
    "newsletter": '<div class="newsletter-signup"><p>Get the morning briefing delivered to your '
    "inbox every weekday before breakfast.</p><form><input type=email><button>Sign up</button>"
    "</form></div>",
    "newsletter_plain": "<p>Sign up for our free daily newsletter to get the harbour news in your inbox.</p>",
    "donation": '<div class="donate-appeal"><p>Independent local journalism costs money. Please '
    "consider supporting our reporting with a monthly donation of any size.</p></div>",
    "author_box": '<div class="author-bio"><img src="a.jpg"><p>Jane Smith covers city hall and '
    "the waterfront for the Gazette. She previously reported from the statehouse.</p></div>",
    "comments": '<section id="comments" class="comments-area"><h3>12 comments</h3><p>Great '
    "article, finally someone asks about the cost overruns on these projects!</p></section>",
    "ad": '<div class="ad-slot ad-leaderboard"><p>Advertisement</p><p>Buy the best harbour '
    "cruises with our partners today and save twenty percent on tickets.</p></div>",
    "advertisement_line": "<p>ADVERTISEMENT</p>",
    "hidden": '<div style="display:none"><p>This hidden paragraph is never shown to readers of '
    "the page and must not be extracted as part of the article body.</p></div>",
}


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_furniture_after_the_article_is_dropped(kind):
    html = page(paras() + FURNITURE[kind])
    article = extract(html)
    assert article.paragraphs() == PARAGRAPHS
    assert "Copyright" not in article.text and "Home" not in article.text


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_furniture_inserted_mid_article_is_dropped(kind):
    html = page(paras(range(3)) + FURNITURE[kind] + paras(range(3, 6)))
    article = extract(html)
    assert article.paragraphs() == PARAGRAPHS


def test_related_list_inside_a_body_div_between_paragraphs():
    related = (
        '<div class="inline-related"><strong>More on this story</strong><ul>'
        '<li><a href="/r1">Harbour repairs: what we know so far</a></li>'
        '<li><a href="/r2">Timeline of the port dispute</a></li>'
        '<li><a href="/r3">Opinion: the city cannot afford to wait</a></li></ul></div>'
    )
    body = '<div class="article-body">' + paras(range(2)) + related + paras(range(2, 6)) + "</div>"
    article = extract(page(body))
    assert article.paragraphs() == PARAGRAPHS
    assert "Timeline" not in article.text


def test_short_link_only_line_in_the_body_is_dropped():
    teaser = '<p><strong>READ MORE:</strong> <a href="/x">The long fight over the fish market</a></p>'
    article = extract(page(paras(range(3)) + teaser + paras(range(3, 6))))
    assert article.paragraphs() == PARAGRAPHS


def test_sidebar_column_is_not_merged_into_the_body():
    sidebar = (
        '<div class="sidebar"><h3>Popular</h3>'
        + "".join(f'<p><a href="/p{i}">Popular story number {i} about something else</a></p>' for i in range(6))
        + "</div>"
    )
    html = page('<div class="layout"><div class="story">' + paras() + "</div>" + sidebar + "</div>")
    assert extract(html).paragraphs() == PARAGRAPHS


def test_other_posts_nested_in_the_article_are_dropped():
    teasers = "".join(
        f'<article class="post teaser"><h2><a href="/p{i}">Another post {i}</a></h2>'
        f"<p>{PARAGRAPHS[i][::-1]}</p></article>"
        for i in range(3)
    )
    html = page(paras() + '<div class="you-may-like">' + teasers + "</div>")
    # the teaser wrapper has no furniture name: the nested <article>s give it away
    html = html.replace('class="you-may-like"', 'class="box"')
    assert extract(html).paragraphs() == PARAGRAPHS


def test_hover_card_inside_a_sentence_is_dropped_but_the_name_stays():
    card = (
        '<span class="person"><a href="/p/ana">Ana Ruiz</a><span class="person-card"><span>'
        '<img src="ana.jpg"><a href="/p/ana">Ana Ruiz</a><a href="/s/1">Ruiz wins vote on quay | '
        "Council split on tram | Ferry fares rise again</a></span></span></span>"
    )
    sentence = f"<p><span style=\"font-weight:400\">The motion was tabled by {card} on Monday evening after a long debate.</span></p>"
    article = extract(page(paras(range(3)) + sentence + paras(range(3, 6))))
    assert "The motion was tabled by Ana Ruiz on Monday evening after a long debate." in article.paragraphs()
    assert "Ferry fares" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Image 2 of 5",
        "Reading time: 3 minutes",
        "4 min read",
        "Like this:",
        "Related: Ferry fares rise again for the third year running",
        "Follow the Harbour Gazette on Facebook and Twitter for the latest updates.",
        "Story continues below advertisement",
        "Share this article",
    ],
)
def test_furniture_lines_inside_the_body_are_dropped(line):
    article = extract(page(paras(range(3)) + f"<p>{line}</p>" + paras(range(3, 6))))
    assert article.paragraphs() == PARAGRAPHS


def test_embedded_post_is_quoted_content():
    tweet = (
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The quay vote '
        "passed nine to four tonight.</p>— Harbour Watch (@harbourwatch) March 5, 2024</blockquote></div>"
    )
    article = extract(page(paras(range(3)) + tweet + paras(range(3, 6))))
    quotes = [article.block_text(b) for b in article.blocks if b.kind == "blockquote"]
    assert quotes == ["The quay vote passed nine to four tonight.", "— Harbour Watch (@harbourwatch) March 5, 2024"]


def test_links_to_the_previous_and_next_posts_are_dropped():
    pager = (
        '<div class="post-navigation"><div class="nav-previous"><a href="/p">Previous: Tram line '
        'delayed</a><p>The tram line to the docks will open a year late, the city said.</p></div>'
        '<div class="nav-next"><a href="/n">Next: Ferry fares rise</a><p>Ferry fares will rise by '
        "a tenth in April, the operator said on Monday.</p></div></div>"
    )
    article = extract(page(paras() + pager))
    assert article.paragraphs() == PARAGRAPHS


def test_an_app_root_named_next_is_not_furniture():
    html = page(paras()).replace("<main>", '<div id="__next"><main>').replace("</main>", "</main></div>")
    assert extract(html).paragraphs() == PARAGRAPHS


def test_heading_over_a_dropped_link_list_goes_with_it():
    unnamed = (
        "<h3>You might also like</h3><ul>"
        '<li><a href="/1">Port workers strike over pay</a></li>'
        '<li><a href="/2">Fish market traders fear closures</a></li>'
        '<li><a href="/3">Mayor unveils tram plan</a></li></ul>'
    )
    article = extract(page(paras(range(3)) + unnamed + paras(range(3, 6))))
    assert article.paragraphs() == PARAGRAPHS
    assert article.headings() == []


def test_furniture_names_run_together_are_recognised():
    related = (
        '<div id="jp-relatedposts" class="jp-relatedposts"><div class="jp-relatedposts-post">'
        "<p>Ferry fares will rise by a tenth in April, the operator said on Monday, blaming fuel.</p>"
        "</div></div>"
    )
    assert extract(page(paras() + related)).paragraphs() == PARAGRAPHS
