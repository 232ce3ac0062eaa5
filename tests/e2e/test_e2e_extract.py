"""`sidebyside extract` on every capture format of the invented convoy story, checked as a reader would.

Each fact below was written into the corpus on purpose (tests/data/e2e). Facts today's engine
misses are strict xfails, so they flip to failures the day they are fixed.
"""

from __future__ import annotations

import pytest

from contract_check import article_problems
from e2e_corpus import ARABIC, CORPUS, PAIRS, RUSSIAN, extract_all, run_cli

MERIDIAN = {
    "title": "Aid convoy struck near Qasr al-Nour as militants and regime trade blame",
    "authors": ["Elena Marsh", "Tomas Reyes"],
    "date": "2026-03-10",
    "lead": "Two drivers were killed when a UN-backed convoy carrying flour and medicine came under fire "
            "east of the border town on Tuesday.",
    "first": "Two drivers were killed and five people were wounded on Tuesday",
    "last": "Neither claim could be independently verified.",
    "caption": "Burnt-out lorries on the road east of Qasr al-Nour",
    "boilerplate": ["cookies", "Accept all", "Markets live", "Subscribe from", "Share on", "214 comments",
                    "Harran truce: what the ceasefire deal says", "Morning Briefing", "Sign up",
                    "Independent journalism costs money", "Most read", "giving up coffee", "All rights reserved",
                    "Photograph: Nadia Haddad", "Topics"],
}
HARBOR = {
    "title": "Government and Al-Fajr fighters trade blame after deadly attack on aid convoy",
    "authors": ["Priya Natarajan"],
    "date": "2026-03-10",
    "lead": "The World Food Programme says two drivers died when its trucks were hit near Qasr al-Nour.",
    "first": "An attack on a United Nations-backed aid convoy near the town of Qasr al-Nour",
    "last": "called for an independent inquiry into Tuesday's attack.",
    "caption": "Aid lorries wait at a checkpoint outside Qasr al-Nour last week.",
    "boilerplate": ["Your privacy", "Today's paper", "Trending", "Advertisement", "WhatsApp", "READ MORE",
                    "What the Harran truce means", "Harbor Daily newsletter", "Tags:", "previously reported from",
                    "Join the conversation", "Ferry operator", "Follow us", "Quay Street", "Photo: Karim Saleh"],
}
OUTLETS = {"meridian": "The Meridian Post", "harbor": "Harbor Daily"}
FACTS = {"meridian": MERIDIAN, "harbor": HARBOR}

# (story, capture format, fact) -> what today's engine misses.
GAPS: dict[tuple[str, str, str], str] = {}


def _file(story: str, fmt: str) -> str:
    return PAIRS[fmt][0 if story == "meridian" else 1]


def _cases(fact: str):
    for story in FACTS:
        for fmt in PAIRS:
            marks = [pytest.mark.xfail(strict=True, reason=GAPS[story, fmt, fact])] if (story, fmt, fact) in GAPS else []
            yield pytest.param(story, fmt, id=f"{story}-{fmt}", marks=marks)


@pytest.fixture(scope="module")
def articles() -> dict[str, dict]:
    return extract_all()


def test_every_capture_keeps_the_article_contract():
    names = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*")
                   if p.suffix in (".html", ".mhtml", ".txt") and p.name not in ("empty.html", "photo.html"))
    assert len(names) >= 25
    run = run_cli("extract", *names)
    assert run.status == 0, run.stdout
    problems = [p for name, art in zip(names, run.json_lines()) for p in article_problems(art, name)]
    assert problems == []


@pytest.mark.parametrize("story, fmt", list(_cases("title")))
def test_headline(articles, story, fmt):
    assert articles[_file(story, fmt)]["title"] == FACTS[story]["title"]


@pytest.mark.parametrize("story, fmt", list(_cases("body")))
def test_body_starts_and_ends_at_the_article_with_no_boilerplate(articles, story, fmt):
    art, facts = articles[_file(story, fmt)], FACTS[story]
    text = art["text"]
    assert text.startswith(facts["first"])
    assert text.endswith(facts["last"])
    assert [b for b in facts["boilerplate"] if b in text] == []
    assert facts["title"] not in text, "the headline is metadata, not body"


@pytest.mark.parametrize("story, fmt", list(_cases("authors")))
def test_authors(articles, story, fmt):
    assert articles[_file(story, fmt)]["authors"] == FACTS[story]["authors"]


@pytest.mark.parametrize("story, fmt", list(_cases("date")))
def test_publication_date(articles, story, fmt):
    published = articles[_file(story, fmt)]["published"]
    assert published is not None and published.startswith(FACTS[story]["date"])


@pytest.mark.parametrize("story, fmt", list(_cases("lead")))
def test_lead_is_the_standfirst_and_not_repeated_in_the_body(articles, story, fmt):
    art = articles[_file(story, fmt)]
    assert art["lead"] == FACTS[story]["lead"]
    assert FACTS[story]["lead"] not in art["text"]


@pytest.mark.parametrize("story, fmt", list(_cases("caption")))
def test_caption_kept_apart_from_the_body(articles, story, fmt):
    art = articles[_file(story, fmt)]
    assert any(FACTS[story]["caption"] in c for c in art["captions"])
    assert FACTS[story]["caption"] not in art["text"]


@pytest.mark.parametrize("story, fmt", list(_cases("outlet")))
def test_outlet(articles, story, fmt):
    assert articles[_file(story, fmt)]["outlet"] == OUTLETS[story]


@pytest.mark.parametrize("fmt", ["html", "mhtml", "singlefile"])
@pytest.mark.parametrize("story", list(FACTS))
def test_outlet_and_original_url_of_saved_pages(articles, story, fmt):
    art = articles[_file(story, fmt)]
    assert art["outlet"] == OUTLETS[story]
    host = "meridianpost.example" if story == "meridian" else "harbordaily.example"
    assert host in (art["source"]["url"] or "")


def test_capture_formats_are_sniffed_from_content(articles):
    formats = {fmt: articles[PAIRS[fmt][0]]["source"]["format"] for fmt in PAIRS}
    assert formats == {"html": "html", "mhtml": "mhtml", "singlefile": "html", "copied": "text", "w3m": "text"}


@pytest.mark.parametrize("fmt", ["mhtml", "singlefile"])
def test_capture_time_read_from_the_archive(articles, fmt):
    # MHTML Date header and SingleFile's "saved date" both say 10 March 2026, 12:01:33.
    assert (articles[PAIRS[fmt][0]]["source"].get("captured") or "").startswith("2026-03-10T12:01:33")


@pytest.mark.parametrize("fmt", ["mhtml", "singlefile", "copied", "w3m"])
@pytest.mark.parametrize("story", list(FACTS))
def test_same_body_as_the_saved_html(articles, story, fmt):
    """Whatever the capture format, the reader sees the same paragraphs (the w3m lead aside)."""
    html_paras = _paragraphs(articles[_file(story, "html")])
    paras = _paragraphs(articles[_file(story, fmt)])
    assert [p for p in html_paras if p not in paras] == []


def _paragraphs(art: dict) -> list[str]:
    return [art["text"][b["start"]:b["end"]] for b in art["blocks"]]


# --------------------------------------------------------------------------- other scripts and charsets


def test_arabic_windows_1256_without_declaration(articles):
    art = articles[ARABIC]
    assert art["source"]["encoding"].lower() in ("windows-1256", "cp1256")
    assert art["title"] == "مقتل سائقين في هجوم على قافلة مساعدات قرب قصر النور"
    assert art["outlet"] == "الوادي نيوز"
    assert art["published"].startswith("2026-03-10")
    assert "نحث جميع الأطراف على السماح بمرور القوافل الإنسانية" in art["text"]
    assert "الرئيسية" not in art["text"] and "جميع الحقوق محفوظة" not in art["text"]
    assert len(art["blocks"]) == 5


def test_arabic_language_detected_from_text(articles):
    assert articles[ARABIC]["language"] == "ar"


def test_arabic_byline_prefix_stripped(articles):
    assert articles[ARABIC]["authors"] == ["ليلى منصور"]


ARABIC_TEXT = "wadi-convoy.ar.w3m.txt"


def test_arabic_text_capture_body_and_language():
    art = run_cli("extract", ARABIC_TEXT).json()
    assert art["language"] == "ar"
    assert len(art["blocks"]) == 5 and art["text"].startswith("قُتل سائقان وأصيب خمسة أشخاص")
    assert "الرئيسية" not in art["text"] and "جميع الحقوق محفوظة" not in art["text"]


def test_arabic_text_capture_headline():
    assert run_cli("extract", ARABIC_TEXT).json()["title"] == "مقتل سائقين في هجوم على قافلة مساعدات قرب قصر النور"


def test_arabic_text_capture_byline():
    assert run_cli("extract", ARABIC_TEXT).json()["authors"] == ["ليلى منصور"]


def test_arabic_text_capture_date():
    assert (run_cli("extract", ARABIC_TEXT).json()["published"] or "").startswith("2026-03-10")


def test_russian_koi8r_without_declaration(articles):
    art = articles[RUSSIAN]
    assert art["source"]["encoding"].lower() in ("koi8-r", "koi8_r")
    assert art["title"] == "Под Каср-эн-Нуром обстреляна колонна с гуманитарной помощью"
    assert art["outlet"] == "Вечерний курьер"
    assert art["authors"] == ["Анна Соколова"]
    assert "«Мы призываем все стороны" in art["text"]  # &laquo; entities decoded
    assert "Главная" not in art["text"] and "Перепечатка" not in art["text"]


def test_russian_language_detected_from_text(articles):
    assert articles[RUSSIAN]["language"] == "ru"


def test_russian_visible_date(articles):
    assert (articles[RUSSIAN]["published"] or "").startswith("2026-03-10")


def test_russian_article_not_flagged_as_non_article(articles):
    assert not any("low confidence" in w for w in articles[RUSSIAN]["warnings"])


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize("name, words", [("empty.html", "empty"), ("photo.html", "PNG image")])
def test_unreadable_single_input_exits_2_with_one_line(name, words):
    run = run_cli("extract", f"bad/{name}", process=True)
    assert run.status == 2 and run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and f"bad/{name}" in lines[0] and words in lines[0]
    assert "Traceback" not in run.stderr


def test_bad_inputs_in_json_lines_do_not_stop_the_others():
    run = run_cli("extract", "bad/empty.html", PAIRS["html"][0], "bad/photo.html", process=True)
    assert run.status == 1
    lines = run.json_lines()
    assert [("error" in line) for line in lines] == [True, False, True]
    assert lines[0] == {"source": {"path": "bad/empty.html"}, "error": "the file is empty"}
    assert lines[1]["title"] == MERIDIAN["title"]


@pytest.mark.parametrize("name", ["home-page.html", "login-wall.html"])
def test_pages_without_an_article_say_so(name):
    """A home page or a login wall yields no body and a warning, never menu text posing as an article."""
    run = run_cli("extract", f"bad/{name}")
    if run.status != 0:  # refusing the page outright is as good as an empty, warned article
        assert run.status == 2 and f"bad/{name}" in run.stderr and "Traceback" not in run.stderr
        return
    art = run.json()
    assert art["text"] == "" and art["blocks"] == []
    assert any("not be an article" in w or "no article" in w for w in art["warnings"])


def test_invisible_characters_do_not_reach_the_text():
    art = run_cli("extract", "edge/invisible-characters.html").json()
    assert "firing stopped" in art["text"] and "World Food Programme" in art["text"]
    assert not set(art["text"]) & {"\u00ad", "\u200b", "\u200c", "\u2060", "\ufeff"}


def test_a_timestamped_update_paragraph_stays_in_the_body():
    text = run_cli("extract", "meridian-convoy.updated.html").json()["text"]
    assert text.startswith("Update, 12:40 GMT: The World Food Programme has suspended all deliveries")
    assert "The agency said its staff would review security" in text


# --------------------------------------------------------------------------- Firefox Reader View, saved

READER = "meridian-convoy.reader.html"


def test_reader_view_save_keeps_headline_and_body():
    art = run_cli("extract", READER).json()
    assert art["title"] == MERIDIAN["title"]
    assert _paragraphs(art) == _paragraphs(run_cli("extract", PAIRS["html"][0]).json())
    assert "minutes" not in art["text"]


def test_reader_view_credits_are_the_authors():
    assert run_cli("extract", READER).json()["authors"] == MERIDIAN["authors"]


def test_reader_view_original_url():
    assert "meridianpost.example/world/2026/03/10" in (run_cli("extract", READER).json()["source"]["url"] or "")


# --------------------------------------------------------------------------- a capture cut by a paywall

PAYWALLED = "harbor-convoy.paywalled.html"


def test_paywalled_capture_keeps_what_is_visible():
    art = run_cli("extract", PAYWALLED).json()
    assert art["title"] == HARBOR["title"] and art["text"].startswith(HARBOR["first"])
    assert "Subscribe to keep reading" not in art["text"] and "subscribers only" not in art["text"]


def test_paywalled_capture_warns_that_the_text_is_cut():
    warnings = " ".join(run_cli("extract", PAYWALLED).json()["warnings"]).lower()
    assert any(word in warnings for word in ("paywall", "subscri", "truncated", "incomplete", "cut"))


RUSSIAN_TEXT = "kurier-convoy.ru.w3m.txt"


def test_russian_text_capture_headline_date_body():
    art = run_cli("extract", RUSSIAN_TEXT).json()
    assert art["title"] == "Под Каср-эн-Нуром обстреляна колонна с гуманитарной помощью"
    assert art["language"] == "ru" and (art["published"] or "").startswith("2026-03-10")
    assert len(art["blocks"]) == 5 and "Главная" not in art["text"] and "Перепечатка" not in art["text"]


def test_russian_text_capture_author():
    assert run_cli("extract", RUSSIAN_TEXT).json()["authors"] == ["Анна Соколова"]


@pytest.mark.parametrize("args", [("compare", "onlyone.html"), ("extract", "x.html", "--format", "pdf"),
                                  ("notes", "add", "x.html", "--body", "y")])
def test_bad_usage_is_one_line(args):
    run = run_cli(*args, process=True)
    assert run.status == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr


# --------------------------------------------------------------------------- dates shown only on the page


def test_visible_date_with_a_dotted_time():
    art = run_cli("extract", "edge/visible-date-guardian-style-date.html").json()
    assert (art["published"] or "").startswith("2026-03-10T08:30")


def test_visible_first_published_date_after_an_update_date():
    art = run_cli("extract", "edge/visible-date-updated-and-first-published.html").json()
    assert (art["published"] or "").startswith("2026-03-09")


def test_visible_numeric_date_on_a_british_page_is_day_first():
    art = run_cli("extract", "edge/visible-date-day-first-en-gb.html").json()
    assert (art["published"] or "").startswith("2026-03-10")
