"""Names the entity finder cut or mistyped in pairs a reader judged (a prison escape, a team's
injury report, a plague case, a governor's tweet): a body's name ending in a field that is also
a title word, an adjective opening a longer place's name, a genus and its species, a position's
code before a player's name, a preposition in capitals before a state's code, a numbered week.
Hand-written texts, each with a negative."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.kind, e.key) for e in find_entities(text)}


def test_a_field_word_ends_a_bodys_name_after_of():
    found = _found("The agency said the Texas Department of Criminal Justice will review the escape.")
    assert found.get("Texas Department of Criminal Justice", ("",))[0] == "organisation"
    assert "Texas Department of Criminal" not in found
    # a title and a name after the body still stand apart from it
    found = _found("Ministry of Foreign Affairs Spokesman Ali Vahdi said no.")
    assert "Ali Vahdi" in found
    assert not any("Spokesman" in text for text in found)


def test_an_adjective_opens_a_longer_places_name():
    found = _found("A case was reported in Xilingol in China's Inner Mongolia Autonomous Region on Sunday.")
    assert found.get("Inner Mongolia Autonomous Region", ("",))[0] == "place"
    assert "Inner" not in found and "Mongolia Autonomous Region" not in found
    assert "Inner Mongolia Autonomous Region" in _found("Officials of the Inner Mongolia Autonomous Region met.")
    # with no place's head after it another adjective leaves the known place its own mention
    assert _found("Rural Mongolia has few doctors.").get("Mongolia", ("",))[0] == "place"


def test_a_genus_keeps_its_species():
    found = _found("The disease is caused by the bacterium Yersinia pestis, carried by fleas.")
    assert "Yersinia pestis" in found and "Yersinia" not in found
    # a name before an English word, or a common word before a Latin-looking one, is no binomial
    assert "Kelvara" in _found("The firm Kelvara announced profits today.")
    assert not any(" " in text for text in _found("Greenpeace said the campus was closed."))


def test_a_position_code_is_no_part_of_a_players_name():
    found = _found("Did Not Practice:\nTE Jimmy Graham (ankle)\nS Malcolm Jenkins (knee)\nDT Anthony Hargrove (foot)\n")
    assert found.get("Jimmy Graham", ("",))[0] == "person"
    assert found.get("Malcolm Jenkins", ("",))[0] == "person"
    assert found.get("Anthony Hargrove", ("",))[0] == "person"
    assert not any(text.startswith(("TE ", "S ", "DT ")) for text in found)
    # a lone initial before a name, with no listing of codes, stays the person's
    assert "J Robert Oppenheimer" in _found("The physicist said:\nJ Robert Oppenheimer led the project.")
    # a code with one word after it may be a company
    assert "TE Connectivity" in _found("Shares of TE Connectivity rose on Monday.")


def test_a_stressed_preposition_before_a_states_code():
    found = _found("Meth is IN SD. Twitter can make a joke of it, said South Dakota Gov. Kristi Noem.")
    assert found.get("SD") == ("place", "south dakota")
    assert found.get("South Dakota", ("",))[0] == "place"
    # a code after a word in capitals, in a line of capitals, is not read so
    assert "SD" not in {t for t, (kind, _) in _found("THE SD CARD IS FULL").items() if kind == "place"}
    assert _found("The SD card failed.").get("SD", ("other",))[0] != "place"


def test_a_numbered_week_is_no_place():
    found = _found("The Saints beat Seattle in Week 11 last year.")
    assert "Week" not in found
    assert "Game" not in _found("The team won in Game 7.")
    # the word without a figure after it is read as before
    assert "Week" in _found("He met Alan Week in Berlin.") or "Alan Week" in _found("He met Alan Week in Berlin.")
