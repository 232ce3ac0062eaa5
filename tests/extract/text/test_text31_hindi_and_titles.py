"""A Hindi page's header read by its own words (issue 13): its month names and dateline labels in
the one date table, a live or breaking bar in a script without capitals, the headline's words
counted whole (a Devanagari word's vowel signs are no word break); and a portal's "<title>"
"Headline : Portal" cut where the page's own heading ends. Invented story and names."""

from __future__ import annotations

import re

from sidebyside.extract import cues
from sidebyside.extract.dates import find_date, find_dates
from sidebyside.extract.html.titles import clean_document_title
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source
from sidebyside.wordpattern import LETTER_RUN

HEADLINE = "रामनगर में नई पुलिया का काम पूरा, अगले सप्ताह से खुलेगा रास्ता"
PARAS = (
    "रामनगर के लोगों को अब नदी पार करने के लिए लंबा चक्कर नहीं लगाना पड़ेगा। नगर निगम ने बताया कि नई पुलिया का काम "
    "पूरा हो गया है और अगले सप्ताह से इस पर आवाजाही शुरू हो जाएगी।",
    "निगम के अभियंता ने कहा कि पुलिया की जांच पूरी हो चुकी है। उन्होंने बताया कि बारिश के मौसम में भी यह रास्ता खुला "
    "रहेगा और स्कूली बच्चों को सबसे ज्यादा फायदा होगा।",
    "स्थानीय दुकानदारों ने पुलिया का स्वागत किया है। उनका कहना है कि निर्माण के दौरान उनका कारोबार कम हो गया था और "
    "अब ग्राहक फिर से लौटेंगे।",
)
MENU = "समाचार देश विदेश राज्य शहर क्रिकेट बिज़नेस मनोरंजन वीडियो"


def _capture(header_above: str, byline: str) -> str:
    return "\n\n".join((header_above, HEADLINE, byline, *PARAS))


def _article(text: str):
    return extract_text(Capture(source=Source(path="pulia.txt", format="text"), content=text))


def test_hindi_month_names_and_labels_make_dates():
    assert find_date("प्रकाशित: 5 दिसंबर 2026, 08:10 AM IST")[:10] == "2026-12-05"
    # the month written with its precomposed nukta letter and without the nukta
    assert find_date("16 \u095eरवरी 2026") == "2026-02-16"
    assert find_date("16 फरवरी 2026") == "2026-02-16"
    found = find_dates("प्रकाशित: 15 जनवरी 2026 · अपडेटेड: 16 जनवरी 2026")
    assert [(f.iso, f.label) for f in found] == [("2026-01-15", "published"), ("2026-01-16", "updated")]


def test_a_word_without_a_number_is_no_date():
    assert find_date("जनवरी में मेट्रो खुलेगी") is None


def test_a_live_bar_in_a_script_without_capitals_is_a_ticker():
    assert cues.is_ticker("LIVE भारत बनाम ऑस्ट्रेलिया, तीसरा वनडे: IND 214/4")
    assert cues.is_ticker("ब्रेकिंग न्यूज़ संसद का शीतकालीन सत्र 8 दिसंबर से")
    assert not cues.is_ticker("LIVE टीवी")  # a menu's item
    assert not cues.is_ticker("LIVE TV")
    assert cues.is_ticker("BREAKING Storm Ilse: roads closed")


def test_a_words_vowel_signs_belong_to_it():
    word = re.compile(LETTER_RUN + "{3,}")
    assert word.findall("नई पुलिया जनवरी") == ["पुलिया", "जनवरी"]
    assert word.findall("Héllo the naïve") == ["Héllo", "naïve"]


def test_the_hindi_headline_under_a_menu_and_over_its_byline():
    text = _capture("होम ई-पेपर ऐप लॉग इन\n" + MENU + "\nब्रेकिंग न्यूज़ संसद का शीतकालीन सत्र 8 दिसंबर से शुरू होगा",
                    "रिपोर्ट: सुनीता वर्मा, रामनगर · प्रकाशित: 5 दिसंबर 2026, 08:10 AM IST")
    art = _article(text)
    assert art.title == HEADLINE
    assert art.authors == ("सुनीता वर्मा",)
    assert art.published and art.published.startswith("2026-12-05")
    assert "संसद" not in art.text  # the breaking bar is no paragraph


def test_a_portal_title_after_a_spaced_colon_goes_when_the_heading_ends_there():
    head = "하온시 시내버스 노선 전면 개편"
    assert clean_document_title(f"{head} : 누리뉴스", [], [], [head]).title == head
    # no heading shows where the headline ends: the colon is the headline's own
    quote = "Hélène Marchal : « Dans les Alpes, on peut sauver l'eau »"
    assert clean_document_title(quote, [], [], ["« Dans les Alpes, on peut sauver l'eau »"]).title == quote
    assert clean_document_title(f"{head} : 누리뉴스", [], [], []).title == f"{head} : 누리뉴스"


def test_the_portal_headline_in_a_page():
    from sidebyside.extract.html import extract_html_detail

    page = ("<html><head><title>시내버스 노선 전면 개편 : 누리뉴스</title></head><body><article>"
            "<h2 class='title'>시내버스 노선 전면 개편</h2><p>" + "하온시가 내년 3월부터 시내버스 노선을 전면 개편한다. " * 8
            + "</p></article></body></html>")
    article = extract_html_detail(Capture(Source(path=None, format="html"), page)).article
    assert article.title == "시내버스 노선 전면 개편"


def _wrap(text: str, width: int, marks_take_a_column: bool) -> list[str]:
    """A greedy wrap at spaces, as w3m (a combining mark takes no column) or lynx (it takes one)."""
    import unicodedata

    def columns(s: str) -> int:
        return sum(1 for ch in s if marks_take_a_column or not unicodedata.category(ch).startswith("M"))

    out, line = [], ""
    for word in text.split():
        if line and columns(f"{line} {word}") > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, line]


LONG = tuple(" ".join([p] * 3) for p in PARAS)  # paragraphs of four lines and more at 80 columns


def test_hindi_paragraphs_wrapped_by_columns_are_joined_again():
    from sidebyside.extract.text.unwrap import columns_width, display_width

    assert columns_width("नई") == 2 and display_width("नई") == 2
    assert columns_width("पुलिया") == 3 and display_width("पुलिया") == 6
    for marks_take_a_column in (False, True):  # w3m's wrap, lynx's
        blocks = ["\n".join(_wrap(p, 80, marks_take_a_column)) for p in LONG]
        art = _article("\n\n".join((MENU, HEADLINE, "रिपोर्ट: सुनीता वर्मा, रामनगर · प्रकाशित: 5 दिसंबर 2026", *blocks)))
        paragraphs = art.text.split("\n\n")
        for p in LONG:
            assert p in paragraphs, marks_take_a_column
