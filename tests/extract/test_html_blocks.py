"""Block kinds, offsets, captions and credits, <br>-split text and tables in the body."""

from __future__ import annotations

from html_fixtures import PARAGRAPHS, extract, page, paras


def test_each_block_kind_in_order_with_offsets_into_text():
    body = (
        paras(range(2))
        + "<h2>What happens next</h2>"
        + paras(range(2, 4))
        + "<blockquote><p>We will not let the harbour crumble while we argue about who pays.</p></blockquote>"
        + "<ul><li>Northern quay rebuilt by the port authority</li>"
        "<li>Southern breakwater repaired by the city</li></ul>"
        + paras(range(4, 6))
    )
    article = extract(page(body))
    kinds = [b.kind for b in article.blocks]
    assert kinds == [
        "paragraph", "paragraph", "heading", "paragraph", "paragraph", "blockquote",
        "list_item", "list_item", "paragraph", "paragraph",
    ]
    texts = [article.block_text(b) for b in article.blocks]
    assert texts[2] == "What happens next"
    assert texts[5] == "We will not let the harbour crumble while we argue about who pays."
    assert texts[6] == "Northern quay rebuilt by the port authority"
    assert article.text == "\n\n".join(texts)


def test_headline_h1_is_not_repeated_in_the_body():
    article = extract(page(paras()))
    assert article.title == "Council approves harbour budget"
    assert "Council approves harbour budget" not in article.text


def test_figure_captions_and_credits_go_to_captions_not_text():
    figure = (
        '<figure><img src="quay.jpg" alt="">'
        "<figcaption>The northern quay at low tide. <span class=\"credit\">Photo: Ana Ruiz/Reuters</span>"
        "</figcaption></figure>"
    )
    credit_div = '<div class="image-credit">Photograph: Harbour Gazette archive</div>'
    article = extract(page(paras(range(2)) + figure + paras(range(2, 4)) + credit_div + paras(range(4, 6))))
    assert article.paragraphs() == PARAGRAPHS
    assert "The northern quay at low tide. Photo: Ana Ruiz/Reuters" in article.captions
    assert "Photograph: Harbour Gazette archive" in article.captions
    assert "Reuters" not in article.text


def test_paragraph_caption_class_goes_to_captions():
    caption = '<p class="wp-caption-text">Traders at the fish market on Monday.</p>'
    article = extract(page(paras(range(3)) + caption + paras(range(3, 6))))
    assert article.paragraphs() == PARAGRAPHS
    assert article.captions == ("Traders at the fish market on Monday.",)


def test_br_separated_text_in_a_div_becomes_paragraphs():
    body = '<div class="story-text">' + "<br><br>".join(PARAGRAPHS) + "</div>"
    article = extract(page(body))
    assert article.paragraphs() == PARAGRAPHS


def test_inline_markup_keeps_words_apart_and_together():
    body = paras(range(5)) + (
        "<p>The <em>first</em> contracts are <a href=\"/c\">expected</a> to be signed in the spring, "
        "and the council will publish a detailed timetable for each phase of the work before the "
        "end of the year, officials said.</p>"
    )
    article = extract(page(body))
    assert article.paragraphs() == PARAGRAPHS


def test_body_split_into_like_named_chunks_is_merged():
    chunk = '<div class="body-chunk">{}</div>'
    body = (
        chunk.format(paras(range(2)))
        + '<div class="ad-container"><p>Advertisement</p></div>'
        + chunk.format(paras(range(2, 4)))
        + '<figure><img src="x.jpg"><figcaption>A view of the docks.</figcaption></figure>'
        + chunk.format(paras(range(4, 6)))
    )
    article = extract(page(body))
    assert article.paragraphs() == PARAGRAPHS
    assert article.captions == ("A view of the docks.",)


def test_table_rows_inside_the_article_are_kept():
    table = (
        "<table><tr><th>Phase</th><th>Cost</th></tr>"
        "<tr><td>Northern quay</td><td>12 million</td></tr></table>"
    )
    article = extract(page(paras(range(3)) + table + paras(range(3, 6))))
    assert "Northern quay 12 million" in article.text
    assert article.paragraphs()[0] == PARAGRAPHS[0]


def test_sentence_with_a_long_inline_link_is_kept():
    sentence = (
        '<p>The inquiry was closed in 2017 but was <a href="/r">re-opened earlier this year '
        "after the harbour collapse</a>.</p>"
    )
    article = extract(page(paras(range(3)) + sentence + paras(range(3, 6))))
    assert "The inquiry was closed in 2017 but was re-opened earlier this year after the harbour collapse." in article.paragraphs()


def test_italic_line_under_a_picture_is_its_caption():
    picture = '<p><a href="big.jpg"><img src="quay.jpg"></a></p><p><em>The quay at dawn, by Ana Ruiz</em></p>'
    article = extract(page(paras(range(3)) + picture + paras(range(3, 6))))
    assert article.paragraphs() == PARAGRAPHS
    assert article.captions == ("The quay at dawn, by Ana Ruiz",)


def test_italic_paragraph_without_a_picture_stays_in_the_body():
    note = "<p><em>This article was amended on Tuesday to correct the cost of the works.</em></p>"
    article = extract(page(paras() + note))
    assert article.paragraphs()[-1] == "This article was amended on Tuesday to correct the cost of the works."


def test_stand_alone_photo_credits_go_to_captions():
    credits = "<p>Photo: Ana Ruiz/Reuters</p>" + "<p>(Getty Images)</p>"
    sentence = "<p>A spokesperson for the port declined to comment on the figures to Reuters.</p>"
    article = extract(page(paras(range(3)) + credits + sentence + paras(range(3, 6))))
    assert article.captions == ("Photo: Ana Ruiz/Reuters", "(Getty Images)")
    assert "A spokesperson for the port declined to comment on the figures to Reuters." in article.paragraphs()


def test_invisible_characters_are_dropped_but_persian_joiners_kept():
    body = paras(range(5)) + "<p>The fir\u00ading stopped near the World Food Pro\u200bgramme depot.\ufeff</p>"
    body += "<p>\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 said the driver.</p>"
    article = extract(page(body))
    assert "The firing stopped near the World Food Programme depot." in article.paragraphs()
    assert "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 said the driver." in article.paragraphs()


def test_a_sentence_starting_with_a_time_stays_in_the_body():
    update = "<p>Update, 12:40 GMT: The port authority has suspended all sailings to the islands.</p>"
    article = extract(page(update + paras()))
    assert article.paragraphs()[0] == "Update, 12:40 GMT: The port authority has suspended all sailings to the islands."


def test_lead_picture_caption_between_headline_and_body_is_kept():
    figure = (
        '<figure class="lead-figure"><img src="quay.jpg"><figcaption><span class="caption">The quay at '
        'dawn.</span> <span class="credit">Photograph: Ana Ruiz</span></figcaption></figure>'
    )
    article = extract(page(figure + '<div class="article-body">' + paras() + "</div>"))
    assert article.captions == ("The quay at dawn. Photograph: Ana Ruiz",)
    assert article.paragraphs() == PARAGRAPHS


def test_body_chunks_named_by_component_with_different_modifiers_are_merged():
    chunk = '<div class="o-story_block {}">{}</div>'
    body = (
        chunk.format("pb-10 mt-n35", paras(range(2)))
        + '<div class="ad-container"><p>Advertisement</p></div>'
        + chunk.format("pb-15 cf", paras(range(2, 4)))
        + chunk.format("pb-10 js-after-quote", paras(range(4, 6)))
    )
    article = extract(page('<div class="story-wrap">' + body + "</div>"))
    assert article.paragraphs() == PARAGRAPHS


def test_article_told_in_a_table_keeps_its_introduction():
    rows = "".join(
        f"<tr><td>Phase {i}</td><td>{PARAGRAPHS[i]}</td></tr>" for i in range(1, 6)
    )
    body = f'<div class="page-text"><p>{PARAGRAPHS[0]}</p><table class="phases">{rows}</table></div>'
    article = extract(page(body))
    assert article.paragraphs()[0] == PARAGRAPHS[0]
    assert f"Phase 3 {PARAGRAPHS[3]}" in article.paragraphs()
