"""extract_metadata on small hand-written pages: each source, their precedence, normalisation."""

from __future__ import annotations

import copy

import lxml.html
import pytest

from sidebyside.extract.html.metadata import extract_metadata, is_generic_lead, normalise_language


def meta(html_head: str, body: str = "<p>Body.</p>", html_attrs: str = "", url: str | None = None):
    page = f"<html {html_attrs}><head>{html_head}</head><body>{body}</body></html>"
    return extract_metadata(lxml.html.document_fromstring(page), url)


def test_opengraph_and_article_tags():
    m = meta('<title>Rates rise again | Daily Example</title>'
             '<meta property="og:title" content="Rates rise again">'
             '<meta property="og:site_name" content="Daily Example">'
             '<meta property="og:description" content="The central bank raised rates for a third time.">'
             '<meta property="og:locale" content="en_GB">'
             '<meta property="article:published_time" content="2023-03-07T14:05:00+0000">'
             '<meta property="article:modified_time" content="2023-03-08T09:00:00+00:00">'
             '<meta property="article:author" content="https://facebook.com/someone">'
             '<meta property="article:tag" content="Economy"><meta property="article:tag" content="Banks">'
             '<meta name="author" content="Jane Doe">'
             '<link rel="canonical" href="https://example.com/rates">')
    assert m.title == "Rates rise again"
    assert m.outlet == "Daily Example"
    assert m.authors == ["Jane Doe"]  # the article:author URL is no name
    assert m.published == "2023-03-07T14:05:00+00:00"
    assert m.modified == "2023-03-08T09:00:00+00:00"
    assert m.language == "en"
    assert m.lead == "The central bank raised rates for a third time."
    assert m.tags == ["Economy", "Banks"]
    assert m.url == "https://example.com/rates"


def test_jsonld_beats_meta_tags():
    m = meta('<meta property="og:title" content="Social headline">'
             '<meta property="article:published_time" content="2020-01-01">'
             '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Real headline",'
             ' "author": [{"@type": "Person", "name": "Ann Poe"}, {"@type": "Person", "name": "Kim Lee"}],'
             ' "publisher": {"@type": "Organization", "name": "The Example"},'
             ' "datePublished": "2020-01-02T08:00:00-05:00", "inLanguage": "fr",'
             ' "sourceOrganization": "Agence France-Presse",'
             ' "image": [{"@type": "ImageObject", "caption": "Protesters in Paris"}]}</script>')
    assert m.title == "Real headline"
    assert m.authors == ["Ann Poe", "Kim Lee"]
    assert m.outlet == "The Example"
    assert m.published == "2020-01-02T08:00:00-05:00"
    assert m.language == "fr"
    assert m.source_credit == "Agence France-Presse"
    assert m.image_captions == ["Protesters in Paris"]


def test_twitter_card_and_dublin_core():
    m = meta('<meta name="twitter:title" content="Card title">'
             '<meta name="twitter:description" content="A summary long enough to be a lead.">'
             '<meta name="DC.creator" content="Dublin Author"><meta name="DC.date.issued" content="2019-05-06">'
             '<meta name="DC.language" content="de-AT">')
    assert (m.title, m.authors, m.published, m.language) == ("Card title", ["Dublin Author"], "2019-05-06", "de")
    assert m.lead == "A summary long enough to be a lead."


def test_rdfa_property_beats_name_and_space_separated_keys():
    m = meta('<meta name="DC.title" content="Name form"><meta property="dc:title og:title" content="Property form">'
             '<meta property="dc:creator twitter:site_name" content="Creator Name"><meta name="author" content="Other">')
    assert m.title == "Property form"
    assert m.authors == ["Creator Name"]


def test_microdata_and_time_element():
    m = meta("<title>Storm hits coast - Coast News</title>",
             '<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Storm hits coast</h1>'
             '<span itemprop="author" itemscope><span itemprop="name">Lee Park</span></span>'
             '<time datetime="2022-09-30T06:15:00+09:00" itemprop="datePublished">30 Sept</time>'
             '<p>Text.</p></article>')
    assert m.title == "Storm hits coast"
    assert m.authors == ["Lee Park"]
    assert m.published == "2022-09-30T06:15:00+09:00"


def test_visible_byline_and_date_as_last_resort():
    m = meta("<title>Quiet page</title>",
             '<h1>Quiet page</h1><div class="byline">By Sam Roe and Alex Kay</div>'
             '<span class="date">Published March 7, 2023</span><p>Text.</p>')
    assert m.authors == ["Sam Roe", "Alex Kay"]
    assert m.published == "2023-03-07"


def test_published_preferred_over_modified():
    m = meta('<meta property="article:modified_time" content="2023-05-01">'
             '<meta property="article:published_time" content="2023-04-01">')
    assert m.published == "2023-04-01"
    only_modified = meta('<meta property="article:modified_time" content="2023-05-01">')
    assert only_modified.published == "2023-05-01"


def test_same_moment_in_utc_and_local_time_keeps_the_local_one():
    m = meta('<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">'
             '<script type="application/ld+json">{"@type": "Article", "headline": "H",'
             ' "datePublished": "2017-02-24T01:18:13+00:00"}</script>')
    assert m.published == "2017-02-23T17:18:13-08:00"


def test_outlet_falls_back_to_title_suffix_then_host():
    assert meta("<title>Long enough headline here | Small Site</title>").outlet == "Small Site"
    assert meta("<title>Headline</title>", url="https://www.example.org/a").outlet == "example.org"


def test_site_name_tagline_is_dropped_when_the_host_confirms_the_name():
    m = meta('<meta property="og:site_name" content="Example.cz - Víte, co se děje">', url="https://www.example.cz/x")
    assert m.outlet == "Example.cz"


def test_generic_site_description_is_not_a_lead():
    head = ('<title>Council approves new bridge | Town Herald</title>'
            '<meta name="description" content="Town Herald: the latest news, sport and weather from the valley.">')
    m = meta(head, '<h1>Council approves new bridge</h1><p class="standfirst">The council voted 7-2 to fund a '
                   'second crossing over the river.</p><p>Text.</p>')
    assert m.lead == "The council voted 7-2 to fund a second crossing over the river."
    assert is_generic_lead("Breaking news about the council bridge vote and its approval", "Council bridge vote approval", None) is False


def test_tags_from_keywords_and_rel_tag_but_not_navigation():
    m = meta('<meta name="news_keywords" content="floods, weather; Europe">',
             '<nav><a rel="tag" href="/tag/sport">Sport</a></nav><p>x</p>')
    assert m.tags == ["floods", "weather", "Europe"]
    m = meta("", '<nav><a href="/tag/sport">Sport</a></nav><footer></footer>'
                 '<p>Tagged <a rel="tag" href="/t/floods">Floods</a></p>')
    assert m.tags == ["Floods"]


def test_visible_source_credit_and_wire_author():
    assert meta("", "<p>Text.</p><p>Source: Reuters</p>").source_credit == "Reuters"
    assert meta('<meta name="author" content="AFP">').source_credit == "AFP"


@pytest.mark.parametrize(("raw", "lang"), [("en-US", "en"), ("pt_BR", "pt"), ("FR", "fr"), ("und", None),
                                           ("x-default", None), ("", None), ("english", None)])
def test_normalise_language(raw, lang):
    assert normalise_language(raw) == lang


def test_html_lang_wins_and_is_normalised():
    assert meta('<meta property="og:locale" content="de_DE">', html_attrs='lang="en-us"').language == "en"


def test_empty_page_gives_empty_metadata():
    m = meta("")
    assert (m.title, m.authors, m.published, m.outlet, m.lead, m.tags) == (None, [], None, None, None, [])


def test_the_tree_is_not_mutated():
    page = ('<html lang="en"><head><title>A - B</title><script type="application/ld+json">{"@type": "Article",'
            ' "headline": "A"}</script></head><body><div class="byline">By X Y</div><p>T</p></body></html>')
    tree = lxml.html.document_fromstring(page)
    before = lxml.html.tostring(copy.deepcopy(tree))
    extract_metadata(tree, None)
    assert lxml.html.tostring(tree) == before


def test_double_escaped_entities_are_undone():
    m = meta('<meta property="og:title" content="&amp;#8216;The Medium&amp;#8217; &amp;amp; more">'
             '<script type="application/ld+json">{"@type": "Article", "description": "&quot;Quoted&quot; lead text here"}'
             '</script>')
    assert m.title == "\u2018The Medium\u2019 & more"
    assert m.lead == '"Quoted" lead text here'


def test_section_label_before_the_headline_goes_when_the_h1_confirms_it():
    m = meta('<meta property="og:title" content="Opinion | Republicans Are Following Trump">',
             "<h1>Republicans Are Following Trump</h1><p>Text.</p>")
    assert m.title == "Republicans Are Following Trump"


def test_site_view_headline_is_not_mistaken_for_the_site_prefix():
    m = meta('<meta property="og:title" content="The Guardian view on Hong Kong: a city on the brink">'
             '<meta property="og:site_name" content="the Guardian">')
    assert m.title == "The Guardian view on Hong Kong: a city on the brink"


def test_hosting_platform_publisher_gives_way_to_the_sites_own_name():
    m = meta('<link rel="canonical" href="https://www.examplenaija.com/2018/10/x.html">'
             '<meta property="og:site_name" content="ExampleNaija | Popular news platform">'
             '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "H",'
             ' "publisher": {"@type": "Organization", "name": "Blogger"}}</script>')
    assert m.outlet == "ExampleNaija"


def test_cms_flags_are_not_tags():
    m = meta('<meta property="article:tag" content="@post-id:1913719"><meta property="article:tag" content="ctp_video">'
             '<meta property="article:tag" content="_no-apple-news"><meta property="article:tag" content="Hong Kong">')
    assert m.tags == ["Hong Kong"]


def test_syndicated_wire_story_keeps_the_site_as_outlet_and_credits_the_agency():
    m = meta('<meta property="og:site_name" content="Houston Chronicle">'
             '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
             ' "publisher": {"@type": "Organization", "name": "Associated Press"}}</script>')
    assert m.outlet == "Houston Chronicle"
    assert m.source_credit == "Associated Press"


def test_date_written_under_the_headline_is_the_last_resort():
    m = meta("<title>T</title>", '<div class="related"><span class="date">01.01.2020</span></div>'
                                 '<div class="article"><h1>Headline</h1><div class="info">10.03.2026 12:40 · '
                                 "Автор: Анна Соколова</div><p>Text.</p></div>")
    assert m.published == "2026-03-10T12:40"


def test_standfirst_must_sit_under_the_headline():
    far = ('<h1>Headline</h1><p>Body text.</p><p>More.</p><p>More.</p><p>More.</p><p>More.</p><p>More.</p>'
           '<p>More.</p><div class="subtitle">A section subtitle deep in the page that is long enough</div>')
    assert meta("", far).lead is None


def test_headline_cut_short_gives_way_to_the_full_h1():
    full = "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract it"
    m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "' + full[:95] + '"}</script>',
             f"<h1>{full}</h1><p>Text.</p>")
    assert m.title == full


@pytest.mark.parametrize(("paragraph", "credit"), [
    ("WASHINGTON (Reuters) - Scientists on Monday unveiled the first global map.", "Reuters"),
    ("HAYWARD, Calif. (AP) — The Latest on a deadly stabbing.", "AP"),
    ("LONDON (Good News) - Not an agency.", None),
    ("The minister (pictured) - said nothing.", None),
    ("Port Ellis, Nov 16 (PTI) President Ana Varo on Saturday opened the bridge.", "PTI"),
    ("Port Ellis (Reuters) the harbour board voted.", None),
])
def test_dateline_agency_credit(paragraph, credit):
    assert meta("", f"<p>{paragraph}</p>").source_credit == credit


def test_source_label_in_its_own_bold_element():
    assert meta("", "<p>Text.</p><p><strong>Source:</strong> Russian Defense Ministry</p>").source_credit == (
        "Russian Defense Ministry")


def test_entity_type_labels_are_cut_from_tags():
    m = meta('<meta name="news_keywords" content="Mark Esper GOVERNMENT_FIGURE PERSON, PERSON, Vietnam">')
    assert m.tags == ["Mark Esper", "Vietnam"]


def test_firefox_reader_view_save():
    m = meta("<title>Aid convoy struck</title>",
             '<div class="header reader-header"><a class="domain reader-domain" href="https://news.example/a/1">'
             'news.example</a><h1 class="reader-title">Aid convoy struck</h1>'
             '<div class="credits reader-credits">Elena Marsh, Tomas Reyes</div></div><p>Text.</p>')
    assert m.authors == ["Elena Marsh", "Tomas Reyes"]
    assert m.url == "https://news.example/a/1"
    assert m.outlet == "news.example"


def test_photo_and_site_credits_are_not_bylines():
    m = meta("", '<h1>H</h1><span class="photo-credit">Jane Photog</span><p>Text.</p>'
                 '<div class="site-credits">Theme by Some Designer</div>')
    assert m.authors == []


def test_a_date_only_value_gives_way_to_the_same_day_with_a_time():
    m = meta('<meta property="article:published_time" content="2023-03-07T14:05:00+01:00">'
             '<script type="application/ld+json">{"@type": "Article", "headline": "H", "datePublished": "2023-03-07"}'
             "</script>")
    assert m.published == "2023-03-07T14:05:00+01:00"


def test_a_common_word_of_the_host_is_a_hosting_label_not_the_outlet():
    # an agency's hosting service declares its own label as the site's name: the host says more
    m = meta('<meta property="og:site_name" content="Hosted"><title>Envoy faces questions | Hosted</title>',
             url="https://hosted.example.org/eagle/article/1")
    assert m.outlet == "hosted.example.org"
    # a name that is no common word keeps its place, even when the host spells it before its domain
    m = meta('<meta property="og:site_name" content="ABC News">', url="https://abcnews.go.com/Politics/x")
    assert m.outlet == "ABC News"
    # and a common-word name on its own registrable domain is the outlet
    m = meta('<meta property="og:site_name" content="Insider">', url="https://www.insider.com/x")
    assert m.outlet == "Insider"


def test_the_wire_agency_credited_is_no_author_beside_its_reporters():
    m = meta('<meta name="author" content="Lisa Marsh, Eric Tully, Associated Press">'
             '<title>Envoy faces questions</title>')
    assert m.source_credit == "Associated Press"
    assert m.authors == ["Lisa Marsh", "Eric Tully"]
    # an agency alone credits no person: it is the story's source, not its author
    alone = meta('<meta name="author" content="Associated Press"><title>Envoy faces questions</title>')
    assert (alone.authors, alone.source_credit) == ([], "Associated Press")
