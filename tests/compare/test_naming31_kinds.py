"""Places, things and events told by description (naming/candidates.py named_kind_across,
descriptions.py "the town of X", naming.json event_noun_synonyms), and two reader fixes: an
organisation inside a longer organisation's name (only_in._body_inside) and the surname a given
name shares before "and" (entities._surname). Hand-written text, with negatives."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities

from .helpers import contrast_with, labels, naming_contrasts

# ---------------------------------------------------------------- a kind noun / a name of that kind

def test_the_river_joins_the_one_river_the_other_article_names():
    found = naming_contrasts(
        "Water from the Marrow River flooded the lower streets on Monday, officials said.",
        "Water from the river flooded the lower streets on Monday, officials said.")
    contrast = contrast_with(found, side="b", label="the river")
    assert contrast is not None and "Marrow River" in labels(contrast, "a")


def test_the_tunnel_and_the_span_join_the_names_of_their_kind():
    found = naming_contrasts(
        "The Kessler Bridge was closed on Monday. Drivers were sent to the Bell Street Tunnel instead.",
        "The ageing span was closed on Monday. Drivers were sent to the tunnel instead.")
    bridge = contrast_with(found, side="b", label="The ageing span")
    tunnel = contrast_with(found, side="b", label="the tunnel")
    assert bridge is not None and "Kessler Bridge" in labels(bridge, "a")
    assert tunnel is not None and "Bell Street Tunnel" in labels(tunnel, "a")


def test_a_ship_prefix_tells_a_vessel():
    found = naming_contrasts(
        "The MV Aegean Star ran aground off the coast on Tuesday, the coast guard said.",
        "The vessel ran aground off the coast on Tuesday, the coast guard said.")
    contrast = contrast_with(found, side="b", label="The vessel")
    assert contrast is not None and "MV Aegean Star" in labels(contrast, "a")


def test_no_join_when_the_article_names_one_of_that_kind_itself():
    found = naming_contrasts(
        "Water from the Marrow River flooded the lower streets on Monday, officials said.",
        "Water from the Tesk River reached the town. Later the river flooded the lower streets on Monday.")
    contrast = contrast_with(found, side="b", label="the river")
    assert contrast is None or "Marrow River" not in labels(contrast, "a")


def test_no_join_when_the_article_introduces_another_one_of_the_kind():
    # "a fishing boat" ... "the ferry": two vessels, the reader cannot tell which is the one named
    found = naming_contrasts(
        "The MV Aegean Star ran aground off the coast on Tuesday, the coast guard said.",
        "The ferry ran aground off the coast on Tuesday. A fishing boat came to help, and the boat "
        "took ten people ashore.")
    assert not any("MV Aegean Star" in labels(c, "a") for c in found.values())


def test_someones_thing_or_a_plural_joins_no_name():
    found = naming_contrasts(
        "The MV Aegean Star ran aground off the coast on Tuesday, the coast guard said.",
        "His boat ran aground off the coast on Tuesday. The ships stayed in port.")
    assert not any("MV Aegean Star" in labels(c, "a") for c in found.values())


def test_two_names_of_the_kind_leave_the_description_alone():
    found = naming_contrasts(
        "The Bell Street Tunnel and the Harbour Tunnel were closed on Monday.",
        "The tunnel was closed on Monday, officials said.")
    assert not any("the tunnel" in {t.casefold() for t in labels(c, "b")} for c in found.values())


def test_a_venue_with_a_place_both_name_joins_the_one_named_venue_of_its_kind():
    found = naming_contrasts(
        "Teachers at Linden Park High School in Eastbrook walked out on Thursday.",
        "Teachers at the Eastbrook high school walked out on Thursday.")
    contrast = contrast_with(found, side="b", label="the Eastbrook high school")
    assert contrast is not None and "Linden Park High School" in labels(contrast, "a")


def test_a_venue_joins_no_name_when_its_article_names_a_school_itself():
    found = naming_contrasts(
        "Teachers at Linden Park High School in Eastbrook walked out on Thursday.",
        "Teachers at the Eastbrook high school walked out on Thursday. Pupils went to Hill Street School instead.")
    contrast = contrast_with(found, side="b", label="the Eastbrook high school")
    assert contrast is None or "Linden Park High School" not in labels(contrast, "a")


def test_two_descriptions_of_one_kind_and_place_are_one_thing():
    found = naming_contrasts(
        "The storm hit the coast on Tuesday. The ferry struck a wall outside the harbor of Dover.",
        "The ship hit a wall outside the port of Dover on Tuesday, the coast guard said.")
    contrast = contrast_with(found, side="b", label="the port of Dover")
    assert contrast is not None and "the harbor of Dover" in labels(contrast, "a")


def test_descriptions_of_one_kind_in_two_places_stay_apart():
    found = naming_contrasts(
        "The ferry left the port of Paros on Tuesday, the coast guard said.",
        "The ship hit rocks outside the harbour of Naxos on Tuesday, the coast guard said.")
    assert contrast_with(found, side="b", label="the harbour of Naxos") is None


# ---------------------------------------------------------------- "the town of X"

def test_the_town_of_a_place_gives_the_place_the_noun_the_other_article_uses():
    found = naming_contrasts(
        "About 2,000 people were evacuated from the town of Corvale on Wednesday. Corvale was flooded.",
        "About 2,000 people fled their homes as the town was flooded on Wednesday.")
    contrast = contrast_with(found, side="b", label="the town")
    assert contrast is not None and "Corvale" in labels(contrast, "a")


def test_a_place_named_once_in_passing_is_not_the_other_articles_city():
    found = naming_contrasts(
        "Thousands marched in Athens on Wednesday. Violence also broke out in the northern city of "
        "Thessaloniki, where youths smashed windows.",
        "Thousands marched on Wednesday. Later he rode his bicycle into the city to see the damage.")
    assert contrast_with(found, side="b", label="the city") is None


def test_a_city_of_a_name_lends_its_noun_to_no_city_told_after_another_place():
    # "the city" after Dubai is named is Dubai, never the Zarand told "the city of Zarand" before
    found = naming_contrasts(
        "An earthquake hit southern Iran on Sunday. In February a quake killed 600 people in Zarand, a town.",
        "An earthquake hit southern Iran on Sunday. In February 600 were killed in the city of Zarand. "
        "Office workers in Dubai evacuated several buildings in the city.")
    assert not any("the city" in labels(c, "b") and "Zarand" in labels(c, "a") for c in found.values())


def test_the_capital_or_the_port_of_a_place_is_not_the_place():
    found = naming_contrasts(
        "Ferries left the port of Naxos on Monday. The capital of France was calm.",
        "Ferries left Naxos on Monday. France was calm.")
    for c in found.values():
        assert not {"the port of Naxos", "The capital of France"} & (labels(c, "a") | labels(c, "b"))


# ---------------------------------------------------------------- events told by a synonym

def test_the_walkout_is_the_strike_and_the_deluge_the_flood():
    found = naming_contrasts(
        "The walkout closed the school on Thursday. The flood hit the town on Friday.",
        "The strike closed the school on Thursday. The deluge hit the town on Friday.")
    strike = contrast_with(found, side="a", label="The walkout")
    flood = contrast_with(found, side="b", label="The deluge")
    assert strike is not None and "The strike" in labels(strike, "b")
    assert flood is not None and "The flood" in labels(flood, "a")


def test_an_event_noun_of_another_group_stays_apart():
    found = naming_contrasts("The walkout closed the school on Thursday.", "The flood closed the school on Thursday.")
    assert contrast_with(found, side="a", label="The walkout") is None


# ---------------------------------------------------------------- an organisation inside a longer name

def test_a_council_inside_the_white_house_is_another_referent():
    found = naming_contrasts(
        "The statement came from the White House National Security Council on Monday.",
        "The statement came from the White House on Monday.")
    assert contrast_with(found, side="b", label="White House") is None


def test_a_longer_name_of_one_body_still_joins():
    found = naming_contrasts(
        "Staff at the Carlton Intercontinental Hotel said on Monday the rooms were full.",
        "Staff at the Carlton Hotel said on Monday the rooms were full.")
    contrast = contrast_with(found, side="b", label="Carlton Hotel")
    assert contrast is not None and "Carlton Intercontinental Hotel" in labels(contrast, "a")
    found = naming_contrasts(
        "Staff at the Red Cross Society said on Monday the camp was full.",
        "Staff at the Red Cross said on Monday the camp was full.")
    contrast = contrast_with(found, side="b", label="Red Cross")
    assert contrast is not None and "Red Cross Society" in labels(contrast, "a")


# ---------------------------------------------------------------- the surname a given name shares

def _keys(text: str) -> dict[str, str]:
    return {e.text: e.key for e in find_entities(text)}


def test_the_shared_surname_is_the_last_word_of_the_full_name():
    assert _keys("They met Hillary and Bill Rodham Clinton at the gala.")["Hillary"] == "hillary clinton"
    assert _keys("The firm thanked Maria and Juan de la Cruz for the gift.")["Maria"] == "maria de la cruz"


def test_a_single_full_name_keeps_its_middle_name():
    assert _keys("They met Bill Rodham Clinton at the gala.")["Bill Rodham Clinton"] == "bill rodham clinton"
