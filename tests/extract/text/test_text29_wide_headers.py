"""Text-capture headers of pages in a script without spaces: a section's label that the page's
menu and breadcrumb name over the headline, the writer's name in brackets under the
story, as Japanese papers sign it, a caption closing with its photographer's credit in brackets
and a "read also" link between paragraphs (a capture written for these tests: a fictional paper,
town and people)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.header import bracketed_wide_names
from sidebyside.model import Capture, Source

HEADLINE = "町立図書館、春から夜9時まで開館　利用者「仕事帰りに寄れる」"
PARAS = [
    "南浜町は2日、町立図書館の開館時間を4月から午後9時まで延ばすと発表した。平日の夜に利用したいという声が多く寄せられていたことに応えた。",
    "図書館によると、昨年度の来館者は約3万2千人で、5年前より2割ほど減った。アンケートでは、働く世代の半数以上が「閉館が早くて行けない」と答えていた。",
    "延長に合わせて職員を2人増やし、夜間は学習室も開放する。必要な費用は約800万円で、町は3月議会に関連予算案を提出する。",
    "町内に住む会社員の女性（34）は「仕事帰りに子どもと寄れるのはうれしい。本を借りる機会が増えそう」と話した。",
]
MENU = ["トップ", "ニュース", "くらし", "地域", "スポーツ", "天気"]


def _page(*, label: str = "くらし", crumb: bool = True, dateline: str = "2026年3月2日 16:05",
          closing: str = "（西田奈緒子）", caption: str = "", between: str = ""):
    lines = ["南浜日報デジタル", *MENU, ""]
    if crumb:
        lines += [f"トップ > {label} > 南浜町", ""]
    paras = [*PARAS[:2], *([between] if between else []), *PARAS[2:]]
    lines += [label, HEADLINE, dateline, *([caption] if caption else []), "", *(p + "\n" for p in paras), closing, "", "関連記事", "町営プール、夏休みに無料開放"]
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content="\n".join(lines)))


def test_a_sections_label_named_by_the_menu_and_the_breadcrumb_is_not_the_headline():
    article = _page()
    assert article.title == HEADLINE.replace("\u3000", " ")
    assert article.published.startswith("2026-03-02")


def test_a_sections_label_named_by_the_menu_alone_is_not_the_headline():
    assert _page(crumb=False).title == HEADLINE.replace("\u3000", " ")


def test_the_writers_name_in_brackets_under_the_story_is_the_byline():
    assert _page().authors == ("西田奈緒子",)
    assert _page(closing="（西田奈緒子、森下健）").authors == ("西田奈緒子", "森下健")


def test_an_agency_an_outlet_or_an_end_mark_in_brackets_credits_no_one():
    for closing in ("（共同）", "（南浜日報社）", "（新华社）", "（おわり）", "（記者 西田奈緒子）", "(Reuters)"):
        assert bracketed_wide_names(closing) == [], closing
    assert _page(closing="（共同）").authors == ()


CAPTION = "夜間開館に向けて準備が進む町立図書館＝2日午後、南浜町本町で（撮影・森下健）"


def test_a_line_closing_with_a_photographers_credit_in_brackets_is_a_caption():
    article = _page(caption=CAPTION)
    assert CAPTION in article.captions
    assert article.lead is None and "撮影" not in article.text


def test_a_sentence_closing_with_a_writers_name_in_brackets_stays_in_the_body():
    quoted = "町の担当者は「写真の展示も増やしたい」と話した（西田奈緒子）"
    assert quoted not in _page(caption=quoted).captions


def test_a_read_also_link_between_paragraphs_is_left_out_and_the_story_reads_on():
    article = _page(between="あわせて読みたい 町営プール、夏休みに無料開放")
    assert "あわせて読みたい" not in article.text
    assert PARAS[3][:20] in article.text
