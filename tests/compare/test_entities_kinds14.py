"""Kinds of names a reader of real pairs found misleading: a name is a person's only with evidence
of a person. Each with a negative."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities


def kinds(text):
    return {e.text: e.kind for e in find_entities(text)}


def test_a_one_word_name_that_only_speaks_is_no_person():
    found = kinds("The browser will ship in June, Mozilla said on Tuesday. The company declined to comment.")
    assert found["Mozilla"] != "person"
    # negatives: a pronoun, an apposition naming a person, a given name or a surname's ending shows one
    assert kinds("Prices rose, Smith said. Smith said later that he would sell.")["Smith"] == "person"
    assert kinds("Prices rose as Smith, a farmer, said so.")["Smith"] == "person"
    assert kinds("The road is closed, Celeste said on Monday.")["Celeste"] == "person"
    assert kinds("Prices rose, Kowalski said on Monday.")["Kowalski"] == "person"
    # and the surname of a person the text names in full stays theirs
    found = {(e.text, e.kind) for e in find_entities("Anna Mozilla runs the shop. Sales fell, Mozilla said.")}
    assert ("Mozilla", "person") in found


def test_a_name_a_statement_or_spokesman_speaks_for_is_a_body():
    assert kinds("A statement from Waitrose said the store would be rebuilt.")["Waitrose"] == "organisation"
    assert kinds("A spokeswoman for Mozilla said the browser would ship.")["Mozilla"] == "organisation"
    # negatives: a person's friend speaks for no body; a surname the text names in full stays a person's
    assert kinds("A friend of Mozilla said so.")["Mozilla"] != "organisation"
    found = {(e.text, e.kind) for e in find_entities("Ruth Cole won. A spokesman for Cole said she was pleased.")}
    assert ("Cole", "person") in found


def test_a_name_of_common_english_words_is_no_persons():
    assert kinds("Conservation Advocacy said the plan was flawed.")["Conservation Advocacy"] != "person"
    assert kinds("Fiji Island Auto said the cars were sold.").get("Island Auto", "other") != "person"
    assert kinds("He studied at Virginia Tech before moving to Chapel Hill.")["Virginia Tech"] != "person"
    assert kinds("Chapel Hill said the team would win.")["Chapel Hill"] != "person"
    # negatives: a given name leads, a surname is rarer as a word, a title or a place's name
    # before a surname keeps the person
    assert kinds("Hope Hicks said the plan was flawed.")["Hope Hicks"] == "person"
    assert kinds("Paris Hilton said so.")["Paris Hilton"] == "person"
    assert kinds("Virginia Woolf wrote it.")["Virginia Woolf"] == "person"
    assert kinds("Rose Hill said she would go.")["Rose Hill"] == "person"


def test_an_abbreviated_rank_before_a_line_break_is_no_name():
    found = kinds("Vancouver police Const.\nJana McGuinness said the man was arrested.")
    assert "Const" not in found and found["Jana McGuinness"] == "person"
    # negative: the constable's name after the rank on one line is still a person's
    found = {(e.text, e.kind, e.title) for e in find_entities("Police Const. Jana McGuinness said so.")}
    assert any(text == "Jana McGuinness" and kind == "person" for text, kind, _ in found)
