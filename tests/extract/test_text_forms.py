"""Text forms and languages beyond the w3m dumps: a reader-mode copy, select-all copies and
dumps in German, French, Russian and Arabic (tests/data/text/forms, written for these tests:
one invented story, a ferry terminal approved after a long dispute)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

FORMS = Path(__file__).parent.parent / "data" / "text" / "forms"

CASES = {
    "reader-mode.en.txt": dict(
        title="Ferry terminal approved after six-year dispute", authors=("Jane Morrow", "Tom Ellis"),
        published=None, language="en", first="The harbour authority voted seven to two", paragraphs=6),
    "dump.de.txt": dict(
        title="Hafenbehörde genehmigt neues Fährterminal nach sechs Jahren Streit", authors=("Anna Schmidt",),
        published="2026-03-10T14:30", language="de", first="Die Hafenbehörde hat am Dienstag", paragraphs=5,
        outlet="Nordkurier Abend", lead="Die Entscheidung fiel mit sieben zu zwei Stimmen. Gegner wollen vor Gericht ziehen."),
    "copy.fr.txt": dict(
        title="Le port approuve un nouveau terminal de ferries après six ans de conflit", authors=("Marie Dupont",),
        published="2026-03-10T14:30", language="fr", first="L'autorité portuaire a approuvé mardi", paragraphs=5,
        outlet="Le Courrier du Port"),
    "dump.ru.txt": dict(
        title="Портовые власти одобрили строительство нового паромного терминала", authors=("Анна Соколова",),
        published="2026-03-10T14:30", language="ru", first="Портовое управление во вторник", paragraphs=5,
        outlet="Вечерний курьер"),
    "copy.ar.txt": dict(
        title="سلطات الميناء توافق على بناء محطة عبّارات جديدة بعد ست سنوات من الخلاف", authors=("ليلى منصور",),
        published="2026-03-10", language="ar", first="وافقت سلطة الميناء يوم الثلاثاء", paragraphs=5,
        outlet="الوادي نيوز"),
}
FURNITURE = ("Lesen Sie auch", "Buslinie", "Impressum", "Soutenez notre journalisme", "À lire aussi",
             "Читайте также", "автобусный", "اقرأ أيضاً", "خط حافلات", "© 2026", "Partager")


def _extract(name: str):
    path = FORMS / name
    return extract_text(Capture(source=Source(path=str(path), format="text"), content=path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module", params=sorted(CASES))
def case(request):
    return _extract(request.param), CASES[request.param]


def test_headline_authors_date_and_language(case):
    article, want = case
    assert article.title == want["title"]
    assert article.authors == want["authors"]
    assert article.published == want["published"]
    assert article.language == want["language"]
    assert (warn.NO_DATE in article.warnings) == (want["published"] is None)


def test_outlet_and_lead_when_the_page_states_them(case):
    article, want = case
    if "outlet" in want:
        assert article.outlet == want["outlet"]
    if "lead" in want:
        assert article.lead == want["lead"]
        assert want["lead"] not in article.text


def test_body_is_the_article_without_menus_teasers_or_appeals(case):
    article, want = case
    paragraphs = article.paragraphs()
    assert len(paragraphs) == want["paragraphs"]
    assert paragraphs[0].startswith(want["first"])
    assert not [cue for cue in FURNITURE if cue in article.text]
