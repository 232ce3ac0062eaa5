"""Word lists the HTML family, the text family and the comparison share: one list each, read once."""

from __future__ import annotations

from sidebyside.compare import articletext, entities
from sidebyside.extract import byline_lines
from sidebyside.extract.text import header, meta
from sidebyside.name_lists import NAME_PARTICLES


def test_name_particles_are_one_list_for_extraction_and_comparison():
    from sidebyside.extract import bylines

    assert byline_lines.NAME_PARTICLES is NAME_PARTICLES
    assert bylines.NAME_PARTICLES is NAME_PARTICLES  # is_person's particles: "Pietro della Valle"
    assert articletext.NAME_PARTICLES is NAME_PARTICLES
    assert entities.PARTICLES is NAME_PARTICLES
    assert {"al", "von", "der", "dos", "ul", "della"} <= NAME_PARTICLES


def test_a_text_byline_keeps_every_particle_of_a_name():
    assert byline_lines.byline_names("By João dos Santos") == ["João dos Santos"]
    assert byline_lines.byline_names("By Inzamam ul Haq") == ["Inzamam ul Haq"]
    assert byline_lines.byline_names("By Ursula von der Leyen") == ["Ursula von der Leyen"]
    assert byline_lines._SIGNATURE.match("— Maria della Rocca").group("who") == "Maria della Rocca"


def test_a_lower_case_word_that_is_no_particle_ends_the_name():
    assert byline_lines.byline_names("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert not byline_lines.is_particle("and")


def test_a_line_of_names_splits_as_a_byline_does():
    from sidebyside.extract.bylines import split_byline

    for line, names in [("Maria Rossi e Luca Bianchi", ["Maria Rossi", "Luca Bianchi"]),
                        ("Jane Doe; John Roe", ["Jane Doe", "John Roe"]),
                        ("Jane Doe AND John Roe", ["Jane Doe", "John Roe"])]:
        assert header._names_of(line) == names, line
        assert split_byline("By " + line) == names, line
    assert header._names_of("Bruce Y. Lee") == ["Bruce Y. Lee"]


def test_a_role_or_a_byline_opener_in_any_language_is_no_headline():
    from sidebyside.extract.text.headline import headline_shaped

    for line in ["Anna Berger, Redakteurin", "Jane Doe, Staff Writer", "Автор Иван Петров", "Von Anna Berger",
                 "Door Jan de Vries"]:
        assert not headline_shaped(line), line
    assert headline_shaped("Harbour workers strike for a second week")


def test_an_html_byline_line_opens_with_a_byline_word_of_any_language():
    import lxml.html

    from sidebyside.extract.html.bylines import visible_authors

    for opening, name in [("By", "Jane Doe"), ("Von", "Anna Berger"), ("Par", "Marie Dupont"),
                          ("Written by", "Rachel Stone"), ("Posted by", "Tom Hale")]:
        tree = lxml.html.fromstring(f"<html><body><h1>A headline</h1><p>{opening} {name}</p>"
                                    "<p>The first paragraph of the story, long enough to read as one.</p></body></html>")
        assert visible_authors(tree) == [name], opening
    tree = lxml.html.fromstring("<html><body><p>Vonage shares rose</p><p>Bypass opens</p></body></html>")
    assert visible_authors(tree) == []


def test_a_reading_time_is_furniture_in_both_families():
    from sidebyside.extract import cues
    from sidebyside.extract.html import boilerplate

    for line in ["5 min read", "3-5 minutes", "Reading time: 5 minutes", "Lesezeit: 4 Min.", "5 min de lecture",
                 "Tempo di lettura: 3 min", "Leestijd 2 min"]:
        assert cues.READ_TIME.match(line), line
        assert boilerplate.boilerplate_line(line), line
    assert not boilerplate.boilerplate_line("The reading time of the report was five minutes.")


def test_an_html_dateline_knows_the_months_of_the_month_table():
    from sidebyside.extract.html import boilerplate

    for line in ["Sept. 5, 2021", "Dez. 3, 2020", "janvier 5 2021", "May 12, 2019"]:
        assert boilerplate.DATE_LIKE.search(line), line
    assert not boilerplate.DATE_LIKE.search("Marching 5 2020 times")
    # day first: a month of the table, in any of its languages, and no other word
    for line in ["5 March 2021", "3 de mayo de 2022", "16. Januar 2023", "7 gennaio 2024", "10 марта 2026"]:
        assert boilerplate.DATE_LIKE.search(line), line
    for line in ["5 Widgets 2020 edition", "12 Monkeys 1995", "3 de Paris 2024"]:
        assert not boilerplate.DATE_LIKE.search(line), line


def test_a_numeric_date_is_one_shape_for_an_html_dateline_and_a_text_headline():
    from sidebyside.extract.html import boilerplate
    from sidebyside.extract.text.headline import headline_shaped

    for line in ["2019/11/18", "16.01.2023", "10-03-2026", "14:05"]:
        assert boilerplate.DATE_LIKE.search(line), line
        assert not headline_shaped(f"Council meets {line}"), line
    assert headline_shaped("Council approves 3-2 vote on harbour plan")


def test_a_furniture_line_is_one_lexicon_for_both_families():
    from sidebyside.extract import cues
    from sidebyside.extract.html import boilerplate

    for line in ["Advertisement", "ADVERTISEMENTS", "Read more", "Most read", "Share this page",
                 "Continue reading the main story", "Like this:", "See more »"]:
        assert boilerplate.boilerplate_line(line), line
        assert cues.is_furniture(line), line  # the text family's test of the same line
    assert boilerplate.boilerplate_line("(Advertisement)")
    for line in ["12 comments", "Image 3 of 7", "Follow us on Instagram", "© 2024 The Daily Courier"]:
        assert boilerplate.boilerplate_line(line), line
    for line in ["Read more about the strike in our explainer.", "Most read on the island was the Gazette."]:
        assert not boilerplate.boilerplate_line(line), line


def test_one_reader_of_the_word_frequency_lists():
    from sidebyside.compare.termdata import Lexicon, _load_background
    from sidebyside.word_frequencies import english_zipf, read_frequencies

    assert read_frequencies("# a comment\nthe\t7.73\n\nnaïve\t3.1\nbroken line\nword\t\n") == (["the", "naïve"], [7.73, 3.1])
    lex = Lexicon()
    _load_background(lex, "# a comment\nthe\t7.73\nnaïve\t3.1\n")
    assert lex.background == {"the": 7.73, "naive": 3.1}  # the comparison folds its keys
    assert english_zipf()["the"] > 7


def test_picture_labels_and_agencies_are_one_list_for_both_families():
    from sidebyside.extract import cues
    from sidebyside.extract.html import boilerplate

    for line in ["Photo: Jane Doe/Reuters", "Bild: dpa", "Illustration: Jane Doe", "Jane Doe / Associated Press",
                 "(Getty Images)"]:
        assert boilerplate.CREDIT_LINE.search(line), line
        assert cues.PHOTO_CREDIT.match(line), line
    # a caption ends with the agency after its photographer
    assert cues.CAPTION_SHAPE.search("(Jacquelyn Martin / Associated Press)")
    assert cues.CAPTION_SHAPE.search("Protesters in the square. (Jane Doe / dpa)")
    assert not boilerplate.CREDIT_LINE.search("The agency said on Monday it would appeal")
    assert not cues.CAPTION_SHAPE.search("Pictures of the harbour strike")


def test_a_caption_credited_to_a_wire_is_no_lead_of_a_text_capture():
    from sidebyside.extract.text import extract_text
    from sidebyside.model import Capture, Source

    body = "\n\n".join(f"Paragraph {i} of the dock strike story tells what the workers and the port said today." for i in range(8))
    text = ("Dock workers walk out\n\nBy Jane Doe\n\nThe harbour stood still on Monday as the strike began.\n"
            "(John Roe / Associated Press)\n\n" + body + "\n")
    article = extract_text(Capture(source=Source(path="strike.txt", format="text"), content=text))
    assert article.lead != "The harbour stood still on Monday as the strike began."
    assert article.title == "Dock workers walk out"


def test_a_name_and_its_role_credits_the_name_in_any_language():
    assert byline_lines.byline_names("Jane Doe, Staff Writer") == ["Jane Doe"]
    assert byline_lines.byline_names("Anna Berger, Redakteurin") == ["Anna Berger"]
    assert byline_lines.byline_names("Marco Rossi, giornalista") == ["Marco Rossi"]


def test_weekday_names_are_one_table_for_bylines_and_datelines():
    from sidebyside.extract import bylines, dates

    assert "thurs" in dates.weekday_names("short") and "monday" in dates.weekday_names("full")
    # the languages of the month table
    for name in ("mittwoch", "jeudi", "miércoles", "giovedì", "quinta-feira", "donderdag", "czwartek",
                 "perşembe", "kamis", "четверг", "четвер", "الخميس"):
        assert name in dates.weekday_names("full"), name
    from sidebyside.resources import read_resource_text

    languages = {line.split("\t")[2] for line in read_resource_text("dates/months.tsv").splitlines()
                 if line.strip() and not line.startswith("#")}
    weekday_languages = {line.split("\t")[2] for line in read_resource_text("dates/weekdays.tsv").splitlines()
                         if line.strip() and not line.startswith("#")}
    assert languages <= weekday_languages
    assert bylines.split_byline("Von Hans Weber Mittwoch, 3. März 2021") == ["Hans Weber"]
    assert bylines.split_byline("Par Jeanne Dupont jeudi 5 mars 2021") == ["Jeanne Dupont"]
    # a weekday that is also a name ends no byline's names
    assert bylines.split_byline("By Plácido Domingo") == ["Plácido Domingo"]
    assert meta.name_date_names("Plácido Domingo 3 March 2021") == ["Plácido Domingo"]
    assert bylines.split_byline("By Jeff FoustMonday") == ["Jeff Foust"]
    assert bylines.split_byline("By Jane Doe Tue 10 Mar 2020") == ["Jane Doe"]
    assert meta._BEFORE_DATE.search("Posted Tue.,")
    assert not meta._BEFORE_DATE.search("the wedding")


def test_wire_services_are_one_list_for_bylines_and_credits():
    from sidebyside.extract import cues
    from sidebyside.extract.html import credits

    assert credits.WIRE_AGENCIES is cues.WIRE_SERVICES
    # a wire the HTML family's credits knew is now cut from a text byline too
    assert byline_lines.without_wire("Ilse Brandt (ANSA)") == "Ilse Brandt"
    assert byline_lines.without_wire("Tomas Ferreira and agencies") == "Tomas Ferreira"
    # a photo agency writes no story; a second writer is no wire
    assert byline_lines.without_wire("Ilse Brandt (EPA)") == "Ilse Brandt (EPA)"
    assert byline_lines.without_wire("Ilse Brandt and Tomas Ferreira") == "Ilse Brandt and Tomas Ferreira"


def test_a_dateline_in_brackets_has_one_reader_for_the_wire_credit_and_the_comparison():
    from sidebyside.compare.only_in import dateline_sources

    story = "NORDHAVEN (Reuters) - The harbour board met on Monday.\n\nVARNA, Nov 20 (PTI) The port reopened."
    assert byline_lines.dateline_wire(story) == "Reuters"
    assert dateline_sources(story) == {"reuters", "pti"}
    # a lower-case agency is read by both alike
    assert byline_lines.dateline_wire("Kiel (dpa) - Der Hafen") == "dpa"
    assert dateline_sources("Kiel (dpa) - Der Hafen") == {"dpa"}
    # a bracket inside a sentence, or one the story's words do not follow, is no dateline
    assert dateline_sources("Ilse Marr (R) said no.\n\nHe said (quietly) that it was over.") == set()
    assert byline_lines.dateline_wire("Ilse Marr (R) said no.") is None
    # words of a sentence before the bracket make it no dateline ("the draw (Group E) Brazil")
    assert dateline_sources("The draw placed them last (Group E) Brazil and Peru follow.") == set()
    assert byline_lines.dateline_wire("Reporting from the port (Reuters) The board met.") is None
