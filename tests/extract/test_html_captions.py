"""Captions are the article's own: a gallery of other stories after the body is not, and a long
run of captions (a gallery inside the article) is folded to its first few."""

from __future__ import annotations

from html_fixtures import PARAGRAPHS, extract, page, paras

from sidebyside.model import article_from_json, article_to_json


def _figure(caption: str) -> str:
    return f'<figure><img src="p.jpg" alt=""><figcaption>{caption}</figcaption></figure>'


def test_pictures_teased_after_the_body_are_not_the_articles_captions():
    gallery = "".join(_figure(f"UK news in pictures: scene number {n} from around the country") for n in range(50))
    body = (
        _figure("The harbour at dawn, before the vote")
        + '<div class="article-body">' + paras(range(3)) + _figure("The northern quay at low tide")
        + paras(range(3, 6)) + "</div>"
        + f'<section class="onwards"><h2>UK news in pictures</h2>{gallery}</section>'
    )
    article = extract(page(body))
    assert article.captions == ("The harbour at dawn, before the vote", "The northern quay at low tide")
    assert article.captions_folded == 0
    assert article.text.endswith(PARAGRAPHS[5])


def test_a_gallery_inside_the_article_is_folded_to_its_first_captions():
    gallery = "".join(_figure(f"Scene {n} of the harbour festival") for n in range(20))
    article = extract(page(paras(range(3)) + gallery + paras(range(3, 6))))
    assert article.captions == ("Scene 0 of the harbour festival", "Scene 1 of the harbour festival",
                                "Scene 2 of the harbour festival")
    assert article.captions_folded == 17


def test_pictures_between_paragraphs_are_not_a_gallery():
    body = "".join(paras([i]) + _figure(f"Picture {i} of the harbour") for i in range(6))
    article = extract(page(body))
    assert article.captions == tuple(f"Picture {i} of the harbour" for i in range(6))
    assert article.captions_folded == 0


def test_the_folded_count_survives_json():
    gallery = "".join(_figure(f"Scene {n} of the harbour festival") for n in range(20))
    article = extract(page(paras(range(3)) + gallery + paras(range(3, 6))))
    data = article_to_json(article)
    assert data["captions_folded"] == 17
    assert article_from_json(data).captions_folded == 17


def test_the_fold_follows_the_settings_passed_in():
    from sidebyside.extract.html import extract_html
    from sidebyside.model import Capture, Source
    from sidebyside.settings import HtmlSettings

    gallery = "".join(_figure(f"Scene {n} of the harbour festival") for n in range(20))
    capture = Capture(Source(path="page.html", format="html"), page(paras(range(3)) + gallery + paras(range(3, 6))))
    article = extract_html(capture, HtmlSettings(caption_run_max=30))
    assert len(article.captions) == 20 and article.captions_folded == 0
