"""naming47: descriptions that rank ("the first film", "the second film") name as many referents
as they have ranks: the rank words are part of their chain, within an article and across the pair."""

from .helpers import chain_of, naming_contrasts

FILMS = ("The studio said the first film earned $300 million worldwide. The second film will open in "
         "November, the studio said. Fans of the first film have waited three years.")


def test_two_ranks_are_two_chains():
    found = chain_of(FILMS)
    assert "The second film" not in found["the first film"]
    assert found["The second film"] == {"The second film"}


def test_one_rank_said_twice_is_one_chain():
    assert chain_of(FILMS)["the first film"] == {"the first film"}


def test_the_first_film_is_never_the_other_articles_second_film():
    found = naming_contrasts(
        "Summit Entertainment said the first film earned $300 million. The first film opened in 2008.",
        "Summit Entertainment said the second film would open in November. The second film was shot in Italy.")
    assert not any("the first film" in {m.text for m in c.a} for c in found.values())


# A body told by its members ("Local councillors") in one article, by its name in the other.

COUNCIL_WIRE = ("The Brightwater Festival was cancelled on Tuesday after storms wrecked its main stage. Darnley "
                "District Council, which licenses the event, said the site would stay closed.")


def _members_rows(a: str, b: str) -> list[tuple[set[str], set[str]]]:
    return [({m.text for m in c.a}, {m.text for m in c.b}) for c in naming_contrasts(a, b).values()]


def test_councillors_are_the_council_the_other_article_names():
    rows = _members_rows(COUNCIL_WIRE, "The beloved summer bash was axed last night after gales ripped apart the "
                                       "stage. Local councillors said the field would stay shut.")
    assert any("Darnley District Council" in a and any("councillors" in t for t in b) for a, b in rows)


def test_a_count_of_councillors_is_some_of_them():
    rows = _members_rows(COUNCIL_WIRE, "The beloved summer bash was axed last night after gales ripped apart the "
                                       "stage. Three councillors said the field should reopen.")
    assert not any(any("councillors" in t for t in b) for _a, b in rows)


def test_no_join_when_the_other_article_names_two_councils():
    rows = _members_rows("The Brightwater Festival was cancelled on Tuesday. Darnley District Council and Morrow "
                         "Town Council said the site would stay closed.",
                         "The beloved summer bash was axed last night. Local councillors said the field would "
                         "stay shut.")
    assert not any(any("councillors" in t for t in b) for _a, b in rows)


def test_jurors_and_the_jury_in_one_article_stay_apart():
    # (the article that tells the jury itself keeps its "jurors" as they were: no label of the jury)
    rows = _members_rows("Prosecutor Helen Stroud told the jury that Derek Malling had taken bribes. Judge Amelia "
                         "Firth told jurors the trial could last six weeks.",
                         "Derek Malling pocketed $340,000, the jury was told. Judge Firth told the jury the trial "
                         "would last weeks.")
    assert not any(any("jurors" in t for t in a) for a, _b in rows)


def test_senators_are_no_council():
    rows = _members_rows(COUNCIL_WIRE, "The beloved summer bash was axed last night. Senators said the field "
                                       "would stay shut.")
    assert not any(any("Senators" in t for t in b) for _a, b in rows)


def test_some_of_the_councillors_are_not_the_council():
    for words in ("Some councillors", "Two of the councillors"):
        rows = _members_rows(COUNCIL_WIRE, f"The beloved summer bash was axed last night. {words} said the field "
                                           "should reopen.")
        assert not any(any("councillors" in t for t in b) for _a, b in rows), words
