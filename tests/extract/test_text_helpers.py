"""Small pieces of the text extractor: dates, language, unwrapping, line shapes."""

from __future__ import annotations

import pytest

from sidebyside.extract import cues
from sidebyside.extract.dates import find_date
from sidebyside.extract.language import guess_language
from sidebyside.extract.byline_lines import byline_names
from sidebyside.extract.text.meta import is_meta
from sidebyside.extract.text.rules import classify as classify_text
from sidebyside.extract.text.unwrap import unwrap


@pytest.mark.parametrize(
    "line, iso",
    [
        ("16 Jan 2023 19:07", "2023-01-16T19:07"),
        ("January 5, 2024", "2024-01-05"),
        ("Published: November 20, 2019 7:05 PM", "2019-11-20T19:05"),
        ("2019-11-19T08:57:40+01:00", "2019-11-19T08:57:40+01:00"),
        ("by Example Office／ 2016.12.01", "2016-12-01"),
        ("16. März 2023", "2023-03-16"),
        ("3 de mayo de 2022", "2022-05-03"),
        ("20.11.2019 - 11:28", "2019-11-20T11:28"),
        ("2023年1月16日", "2023-01-16"),
        ("Текст: Лида Буслаева·11 октября 2018", "2018-10-11"),
        ("10 مارس 2026", "2026-03-10"),
        ("Tue 10 Mar 2026 08.30 GMT", "2026-03-10T08:30+00:00"),
        ("12 Shares", None),
        ("31/02/2023", None),
    ],
)
def test_find_date(line, iso):
    assert find_date(line) == iso


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The minister said that the plan was ready and that it would be presented to the parliament on Monday.", "en"),
        ("Der Minister sagte, dass der Plan fertig sei und dem Parlament am Montag vorgestellt werde, nicht später.", "de"),
        ("Le ministre a dit que le plan est prêt et qu'il sera présenté au parlement lundi pour le vote.", "fr"),
        ("El ministro dijo que el plan está listo y que se presentará en el parlamento el lunes para su voto.", "es"),
        ("Министр сказал, что план готов и будет представлен парламенту в понедельник.", "ru"),
        ("大臣は計画が整ったと述べ、月曜日に議会に提出すると語った。", "ja"),
        ("", None),
    ],
)
def test_guess_language(text, lang):
    assert guess_language(text) == lang


def test_unwrap_joins_hard_wrapped_lines_only():
    wrapped = "\n".join(["word " * 14 + "end", "word " * 14 + "end", "last line.", ""] * 4)
    joined = unwrap(wrapped)
    assert joined.count("\n") < wrapped.count("\n")
    w3m_like = "A paragraph that is one long line. " * 10 + "\n\nAnother one. " * 3
    assert unwrap(w3m_like) == w3m_like


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Jane Morrow and Tom Ellis", ["Jane Morrow", "Tom Ellis"]),
        ("By Al Mayadeen English", ["Al Mayadeen English"]),
        ("Von Anna Schmidt", ["Anna Schmidt"]),
        ("by Peter Holm | 12 June 2023", ["Peter Holm"]),
        ("By the end of the day, the talks had collapsed.", []),
        ("Tom Krisher, AP Auto Writer", ["Tom Krisher"]),
        ("By Elena Marsh and Tomas Reyes Tue 10 Mar 2026 08.30 GMT", ["Elena Marsh", "Tomas Reyes"]),
        ("By Priya Natarajan, Middle East correspondent", ["Priya Natarajan"]),
        ("بقلم: ليلى منصور", ["ليلى منصور"]),
        ("By Troy L. Smith, cleveland.com", ["Troy L. Smith"]),
        # a role or an outlet glued to the name, words after it, a phone number
        ("By Meg JamesStaff Writer", ["Meg James"]),
        ("By Jonathan GarberFOXBusiness", ["Jonathan Garber"]),
        ("By Sean McCoy and LeBron James", ["Sean McCoy", "LeBron James"]),
        ("Von Moritz Bachmann publiziert am 25. September 2018", ["Moritz Bachmann"]),
        ("By Megan Rowe meganr@example.com(509) 459-5382", ["Megan Rowe"]),
        # a date before the byline's opening word
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ["Joe Rossignol"]),
        ("11/19/2019 by Lars Brandle", ["Lars Brandle"]),
        # a name and its role, in several languages and separators
        ("Jane Doe | Staff Writer", ["Jane Doe"]),
        ("Jane Doe – Senior Reporter", ["Jane Doe"]),
        ("Анна Соколова, корреспондент", ["Анна Соколова"]),
        ("Reporting by Jane Doe; Editing by John Smith", ["Jane Doe"]),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
        ("Words by Jane Doe", ["Jane Doe"]),
        ("By the Associated Press", []),
        ("Brexit - what it means", []),
    ],
)
def test_byline_names(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Related News", "promo"),
        ("Lesen Sie auch", "promo"),
        ("Read next: Five things to know", "furniture"),
        ("Privacy Policy", "furniture"),
        ("© 2024 Daily Courier. All Rights Reserved", "furniture"),
        ("5 Min Read", "meta"),
        ("2 Shares", "meta"),
        ("Source: Agencies", "meta"),
        ("16 Jan 2023 19:07", "meta"),
        ("Vladimir Gerdo / TASS /", "credit"),
        ("34 responses to “Anthony Lynn: We needed to win”", "comments"),
        ("thelastchargersfan says:", "comments"),
        ("Leave a Reply Cancel reply", "comments"),
        ("About the author", "comments"),
        ("Sobre Carlos Nadalim", "comments"),
        ("Artigos relacionados", "promo"),
        ("Whatsapp Facebook Pint Baixar", "furniture"),
        ("Mensagens » Mensagens de Autoestima » Só quem se Ama…", "furniture"),
        ("Above: A coworking space in San Francisco.", "credit"),
        ("Courtesy of Andrew Vaughan", "credit"),
        ("Burnt-out lorries on the road on Tuesday. Photograph: Nadia Haddad/Meridian Pictures", "credit"),
        ("On HoustonChronicle.com: Car sales plunge nearly 17 percent", "furniture"),
        ("[hero-image]", "image"),
        ("Get the latest stories delivered to your inbox every morning.", "appeal"),
        ("Sign up for our newsletter", "furniture"),
        ("Gas supplies priority", "short"),
        ("The harbour authority voted seven to two in favour of the new ferry terminal on Tuesday.", "prose"),
    ],
)
def test_line_classes(line, kind):
    assert classify_text(line) == kind


def test_appeal_ignores_quoted_speech():
    quoted = '"As true friends, we are trying to support you," Putin said at the start of their meeting.'
    assert not cues.is_appeal(quoted)
    assert cues.is_appeal("We, the journalists, need your support to keep our independent reporting going.")


def test_unwrap_finds_the_wrap_width_among_menus_and_joins_wrapped_paragraphs():
    menu = ["  • Home", "  • World", "  • Sport", "", "Headline of the story", ""]
    paragraph = (
        "The harbour authority voted seven to two in favour of the new ferry terminal,\n"
        "ending a planning dispute that had lasted more than six years and divided the\n"
        "town council."
    )
    content = "\n".join(menu) + "\n" + "\n\n".join([paragraph] * 6) + "\n"
    joined = unwrap(content)
    assert joined.count("ferry terminal, ending a planning dispute that had lasted") == 6
    assert "  • Home\n  • World" in joined  # short lines are left alone


def test_unwrap_joins_cjk_without_spaces():
    line = "関" * 39  # 78 display columns
    content = "\n\n".join([line + "\n" + "連記事の続きです。"] * 6)
    assert "関関連記事" in unwrap(content)
    assert " 連" not in unwrap(content)


@pytest.mark.parametrize(
    "line, is_marker",
    [
        ("Jane Doe says:", True),
        ("J. Smith on March 3, 2019 at 10:42 am said:", True),
        ("34 responses to “Convoy struck near the town”", True),
        ("The defence minister, Karim Haddad, spoke to reporters outside the ministry on Tuesday. He said:", False),
    ],
)
def test_comment_markers_are_not_prose_that_introduces_a_quote(line, is_marker):
    assert cues.is_comment_marker(line) is is_marker


def test_a_paragraph_that_introduces_a_quote_is_prose():
    line = "The defence minister, Karim Haddad, spoke to reporters outside the ministry on Tuesday afternoon. He said:"
    assert classify_text(line) == "prose"
    assert classify_text("The tour dates:") != "prose"  # a short introduction stays what it was


@pytest.mark.parametrize(
    "line, meta",
    [
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", True),  # a name and a date parted by a dash
        ("Jane Doe | Reporter", True),
        ("Jane Doe · 5 min read", True),
        ("Sources: Sox may not be out of Teixeira chase", False),  # a headline, not a source credit
        ("Source: Reuters", True),
        ("Brexit - what it means for you", False),
        ("Alice Smith | Bob Jones", False),  # two names side by side: a menu, not a byline
    ],
)
def test_metadata_lines(line, meta):
    assert is_meta(line) is meta
