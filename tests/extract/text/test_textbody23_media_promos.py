"""Text captures and HTML (session 24): a link to a video or a gallery whose badge a dump glues to
its title ("...homeVideo", reader27) is a promo, left out of the body in both families; a
sentence that ends with the word "video" is kept."""

from __future__ import annotations

import textwrap

from sidebyside.extract import cues, extract
from sidebyside.extract.html.boilerplate import boilerplate_line
from sidebyside.extract.text import extract_text
from sidebyside.extract.text.kinds import IMAGE
from sidebyside.extract.text.rules import classify
from sidebyside.model import Capture, Source

PARAS = (
    "Singer Vera Lind said on Monday that her former label was blocking a film about her life, and asked "
    "her fans to write to the company's owners.",
    "The label said in a statement that it had never refused to license her songs for the film and that "
    "talks with her managers had gone on for weeks.",
    "Lind's lawyers said they would ask a court in Harwick to rule on the contract before the film's "
    "release date in the spring.",
    "The company flat-out denied the allegations in a statement shared to its website on Tuesday, and a "
    "spokesman declined to say more.",
)
PROMOS = (
    "Vera Lind fans not happy with Ada Moss after fundraising event at Dan Rell's homeVideo",
    "Vera Lind ‘informed enough’ to talk politicsVideo",
    "Vera Lind: 10 things you didn't knowVideo",
)


def _text_article(*parts: str):
    return extract_text(Capture(source=Source(path="p.txt", format="text"),
                                content="\n\n".join(("Vera Lind accuses her label", "By Jo Marsh") + parts)))


def _html_article(body: str):
    page = ("<html><head><title>Vera Lind accuses her label</title></head><body><article>"
            f"<h1>Vera Lind accuses her label</h1>{body}</article></body></html>")
    return extract(Capture(source=Source(path="p.html", format="html"), content=page))


def test_a_video_title_with_its_badge_glued_is_a_promo_in_both_families():
    for promo in PROMOS:
        assert cues.is_media_promo(promo), promo
        assert classify(promo) == IMAGE, promo
        assert boilerplate_line(promo), promo


def test_video_promos_between_paragraphs_are_left_out_of_a_text_capture():
    art = _text_article(PARAS[0], PARAS[1], PROMOS[0], PARAS[2], PROMOS[1], PARAS[3])
    body = "\n\n".join(x for x in (art.lead, art.text) if x)
    assert "homeVideo" not in body and "politicsVideo" not in body
    for para in PARAS:
        assert para[:50] in body


def test_a_wrapped_video_promo_is_left_out_of_a_w3m_dump():
    # (every paragraph wrapped at 80 columns, as w3m -dump prints them)
    wrapped = [textwrap.fill(x, 80) for x in (PARAS[0], PARAS[1], PROMOS[0], PARAS[2], PARAS[3])]
    assert "\n" in wrapped[2]
    art = _text_article(*wrapped)
    assert "Ada Moss" not in art.text and PARAS[2][:50] in art.text


def test_video_promos_are_left_out_of_an_html_page():
    art = _html_article("".join(f"<p>{x}</p>" for x in (PARAS[0], PARAS[1], PROMOS[2], PARAS[2], PARAS[3])))
    assert "knowVideo" not in art.text and PARAS[2][:50] in art.text


def test_sentences_and_labels_ending_with_video_are_kept():
    # a sentence's last word, a spaced label, a brand glued to a capital: no badge glued to a title
    for line in ("The minister posted the video", "Watch the Video", "See the video.", "YouTubeVideo",
                 "Police released the dashcam video."):
        assert not cues.is_media_promo(line), line
        assert classify(line) != IMAGE, line
    sentence = "Lind's lawyers said they had seen the footage and would show the court the video"
    art = _text_article(PARAS[0], PARAS[1], sentence + ".", PARAS[2])
    assert sentence in art.text


def test_a_wrapped_paragraphs_last_line_of_one_token_is_kept():
    # reader27: "its website." joined by a no-break space, the last line of a wrapped paragraph,
    # inside the body and at its end; an "Advertisement" line of its own stays out
    denial = "The company flat-out denied the allegations in a statement shared to\nits\u00a0website."
    wrapped = [textwrap.fill(x, 80) for x in PARAS[:3]]
    for parts in ((*wrapped[:2], denial, "Advertisement", wrapped[2]), (*wrapped, "Advertisement", denial)):
        art = _text_article(*parts)
        assert "shared to its website." in art.text
        assert "Advertisement" not in art.text
