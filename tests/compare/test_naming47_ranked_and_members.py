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

