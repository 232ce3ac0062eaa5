"""naming46: a tabloid lede introduces the story's referent with "a" ("A court heard yesterday",
"as a raging river swamped their town") where the wire names it ("Ashworth Crown Court", "the Tesk
River"): such a description joins the one name of its kind the other article gives; further down,
or said twice with "a", it may be any other one."""

from sidebyside.compare import compare
from sidebyside.model import Article, Source


def _article(text: str, outlet: str, title: str) -> Article:
    return Article(source=Source(path=f"{outlet}.txt", format="text"), title=title, outlet=outlet, language="en",
                   text=text)


def _rows(a: str, b: str) -> list[tuple[list[str], list[str]]]:
    found = compare(_article(a, "Wire", "Trial opens"), _article(b, "Daily Flash", "In the dock"))
    return [([m.text for m in c.a], [m.text for m in c.b]) for c in found.framing.label_contrasts]


WIRE_TRIAL = ("A former Pellham councillor went on trial on Tuesday at Pellham Crown Court, accused of taking "
              "bribes.\n\nProsecutor Ana Greel told the jury that Ivo Marsh had steered two contracts to a "
              "friend. Marsh denies the charges.")


def test_a_court_in_the_lede_is_the_court_the_wire_names():
    rows = _rows(WIRE_TRIAL, "A disgraced ex-politician pocketed secret payments, a court heard yesterday.\n\n"
                             "Ivo Marsh shook his head as Crown lawyer Ana Greel read the charges.")
    assert any("Pellham Crown Court" in a and "a court" in b for a, b in rows)


def test_a_court_further_down_is_any_court():
    rows = _rows(WIRE_TRIAL, "A disgraced ex-politician pocketed secret payments, the jury heard yesterday.\n\n"
                             "Ivo Marsh shook his head. Crown lawyer Ana Greel said a court had once cleared him.")
    assert not any("a court" in b for _a, b in rows)


def test_a_court_said_twice_is_two_courts():
    rows = _rows(WIRE_TRIAL, "A disgraced ex-politician pocketed secret payments, a court heard yesterday.\n\n"
                             "Ivo Marsh shook his head. Crown lawyer Ana Greel said a court had once cleared him.")
    assert not any("a court" in b for _a, b in rows)


def test_a_raging_river_in_the_lede_is_the_named_river():
    rows = _rows("About 900 residents of Brellin were evacuated overnight after the Osk River burst its banks, "
                 "officials said.\n\nMayor Tilde Varn said the water would keep rising until Friday.",
                 "Hundreds of terrified families fled in the night as a raging river swamped their village.\n\n"
                 "Mayor Tilde Varn warned the water would keep rising.")
    assert any("Osk River" in a and "a raging river" in b for a, b in rows)


def test_no_join_when_the_other_article_names_two_rivers():
    rows = _rows("About 900 residents of Brellin were evacuated overnight after the Osk River burst its banks "
                 "where it meets the Pell River, officials said.\n\nMayor Tilde Varn said the water would rise.",
                 "Hundreds of terrified families fled in the night as a raging river swamped their village.\n\n"
                 "Mayor Tilde Varn warned the water would keep rising.")
    assert not any("a raging river" in b for _a, b in rows)


# A named work and its kind noun across the pair: "The film Iron Valley" there, "the film" here.

WIRE_FILM = ("The film Iron Valley took $41 million in North American cinemas over the weekend, the studio "
             "Brightline Pictures said on Sunday.\n\nDirector Tom Hask said the result showed audiences wanted "
             "stories about working towns.")


def test_the_film_is_the_one_film_the_other_article_names():
    rows = _rows(WIRE_FILM, "Cinema-goers flocked to see the gritty film about a mining town this weekend.\n\n"
                            "The film took a whopping $41 million. Director Tom Hask said he was thrilled.")
    assert any("Iron Valley" in a and "The film" in b for a, b in rows)


def test_no_join_when_the_other_article_gives_two_films_the_kind():
    wire = WIRE_FILM.replace("over the weekend,", "over the weekend, ahead of the film Red Harbour,")
    rows = _rows(wire, "Cinema-goers flocked to see the gritty film about a mining town this weekend.\n\n"
                       "The film took a whopping $41 million. Director Tom Hask said he was thrilled.")
    assert not any("The film" in b for _a, b in rows)


def test_no_join_for_a_film_introduced_with_a():
    rows = _rows(WIRE_FILM, "Director Tom Hask was thrilled this weekend.\n\nHe said he would now make a film "
                            "about his father.")
    assert not any("a film" in b for _a, b in rows)


def test_no_join_when_the_describing_article_names_its_own_film():
    rows = _rows(WIRE_FILM, "Director Tom Hask was thrilled this weekend. His next project, the film Salt Road, "
                            "starts shooting soon.\n\nThe film will be shot in Wales.")
    assert not any("Iron Valley" in a and "The film" in b for a, b in rows)


def test_the_councillors_label_ends_at_his_noun():
    """The label read "A former Pellham city councillor accused": the participle opens a clause."""
    rows = _rows("A former Pellham city councillor accused of taking bribes went on trial on Tuesday.\n\n"
                 "Prosecutor Ana Greel told the jury that Ivo Marsh, 58, had steered two contracts to a friend. "
                 "Marsh denies the charges.",
                 "A disgraced ex-politician pocketed secret payments, the jury heard yesterday.\n\n"
                 "Ivo Marsh, 58, shook his head in the dock. Marsh denies it.")
    labels = [label for a, _b in rows for label in a]
    assert "A former Pellham city councillor" in labels
    assert not any(label.endswith("accused") for label in labels)


def test_a_firm_named_by_its_industry_is_no_person():
    """"Tolland Construction said" read as a person's name: a second person in the story."""
    from sidebyside.compare.entities import find_entities

    assert [(e.text, e.kind) for e in find_entities("Pellham Construction said it would appeal.")] == [
        ("Pellham Construction", "organisation")]
    assert [(e.text, e.kind) for e in find_entities("Orvel Engineering said it had done nothing wrong.")] == [
        ("Orvel Engineering", "organisation")]
    # a given name first keeps a person
    assert [e.kind for e in find_entities("Tom Construction said he would appeal.")] == ["person"]


SHIP_A = ("The cargo ship Tarn Ely ran aground off Besk Point on Saturday, the coastguard said.\n\n"
          "The vessel lost steering at dawn. None of her {a} crew was hurt.")
SHIP_B = "A cargo ship ploughed into rocks yesterday.\n\nThe stricken vessel lost steering. Its {b} sailors escaped unhurt."


def test_a_crew_counted_is_the_group_of_sailors_of_that_count():
    rows = _rows(SHIP_A.format(a=22), SHIP_B.format(b=22))
    assert (["her 22 crew"], ["Its 22 sailors"]) in rows


def test_two_counts_of_crew_are_two_groups():
    rows = _rows(SHIP_A.format(a=22), SHIP_B.format(b=30))
    assert not any("her 22 crew" in a for a, _b in rows)


# A tabloid rounds the wire's count ("Thousands of terrified people" / "About 2,000 residents").

FLOOD_A = ("About {n} residents of Brellin were evacuated overnight after the Osk River burst its banks, "
           "officials said.\n\nMayor Tilde Varn said the water would keep rising until Friday.")
FLOOD_B = ("{vague} of terrified people fled their homes in the night as the water rose.\n\n"
           "Mayor Tilde Varn warned the water would keep rising.")


def _group_rows(n: str, vague: str) -> list:
    return [(a, b) for a, b in _rows(FLOOD_A.format(n=n), FLOOD_B.format(vague=vague))
            if any("people" in label for label in b)]


def test_a_rounded_count_is_the_group_the_other_counts():
    rows = _group_rows("2,000", "Thousands")
    assert rows and all(any("residents" in label for label in a) for a, _b in rows)


def test_a_count_below_the_rounded_floor_is_another_group():
    assert not _group_rows("900", "Thousands")
    assert not _group_rows("2,000", "Tens of thousands")


def test_a_number_with_thousands_separators_is_one_count():
    # "1,400 pupils" was read as 400: the other article's "400 pupils" would join it
    rows = _rows("About 1,400 pupils stayed home on Thursday as teachers walked out, the district said.\n\n"
                 "Union president Gail Moreno said the strike would go on.",
                 "Some 400 pupils missed lessons yesterday as teachers walked out.\n\n"
                 "Union boss Gail Moreno vowed to fight on.")
    assert not any("400 pupils" in " ".join(b) for _a, b in rows)
