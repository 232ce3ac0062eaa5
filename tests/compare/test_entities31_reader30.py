"""Only-in as reader30.md found it still wrong or useless on a gaming-news pair and a tabloid
story: products, games and companies given a person's or a place's kind, a service glued to its
game, a hashtag's code of a game, "CCTV" (the cameras' footage) as an organisation, a class of
paintings in capitals as a name, a numbered road's noun as a person. Examples invented, each with
a negative."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities

from .helpers import only_in_kinds as only_in

PRODUCTS = ("For example, the Orbit Cloud Iron Valley 2 port doesn't run at a solid 60fps.\n\n"
            "Posted on social media by the analysts at Pixel Forge, the Orbit Cloud port of Ridgeway's Western "
            "video game is not entirely smooth.\n\n"
            "Those playing through the recommended Beamcast Ultra will be treated to a 30fps experience in Iron "
            "Valley 2.\n\n"
            "Interesting to see Orbit IV2 capture out there running at an unstable 60fps.")


def _kinds(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text)}


# ------------------------------------------------------------------ products, games, companies

def test_products_games_and_companies_get_no_persons_or_places_kind():
    a, _ = only_in(PRODUCTS)
    assert a.get("Iron Valley 2") == "other"  # the game's number is part of its name: no "Iron Valley" place
    assert a.get("Orbit Cloud") == "other"  # the service, apart from the game it was glued to
    assert not {"Orbit Cloud Iron Valley", "Orbit Cloud Iron Valley 2", "Iron Valley", "Orbit IV2"} & set(a)
    assert a.get("Ridgeway") == "other"  # "Ridgeway's Western video game": the game's maker, no port town
    assert a.get("Beamcast Ultra") == "other" and a.get("Pixel Forge") == "other"  # nothing shows a person


def test_a_devices_or_a_games_form_after_the_name_makes_a_product():
    assert _kinds("The Beamcast Ultra console is cheap.") == {"Beamcast Ultra": "other"}
    assert _kinds("Download the Keiwan Pay app today.") == {"Keiwan Pay": "other"}
    # negatives: a person before the noun, or a speaker of it
    assert _kinds("Ivo Brandt said the update was late.") == {"Ivo Brandt": "person"}
    assert _kinds("Dana Pell's app is new.") == {"Dana Pell": "person"}


def test_a_firm_named_in_tests_is_no_person_but_a_person_shown_stays_one():
    a, _ = only_in("Preliminary tests by Pixel Forge reveal that the game runs at an unstable performance level.\n\n"
                   "The group state that the two modes are similar to the modes on other consoles.")
    assert a.get("Pixel Forge") == "other"
    # negatives: a speech verb, a role before the name, "she" after it, or the surname alone show a person
    assert _kinds("The network is down, said Anurag Velankar, head of the operations centre.")["Anurag Velankar"] == "person"
    assert _kinds("A portrait by the painter Aldert Vantongeren was stolen.")["Aldert Vantongeren"] == "person"
    assert _kinds("Tests by Keiwan Rellaby were late, and she said so.")["Keiwan Rellaby"] == "person"
    kinds = _kinds("Tests by Keiwan Rellaby were late. Rellaby denied it.")
    assert kinds["Keiwan Rellaby"] == "person"


def test_a_numbered_name_is_a_product_unless_the_figure_counts_or_numbers_a_site():
    assert _kinds("They played Iron Valley 2 and then Orbit Cloud 3.") == {"Iron Valley 2": "other", "Orbit Cloud 3": "other"}
    assert _kinds("Iron Valley 2 is out now.") == {"Iron Valley 2": "other"}
    # negatives: a count, a score, a site's or a war's number
    assert _kinds("He lived in Harlow Valley 2 years ago.") == {"Harlow Valley": "place"}
    assert "Orlo Town 1" not in _kinds("Harlow Rovers 2, Orlo Town 1.")
    assert "Harlow Terminal 5" not in _kinds("He flew from Harlow Terminal 5 on Monday.")
    assert _kinds("World War 2 ended.").get("World War") == "event"


def test_a_glued_name_splits_only_into_two_names_written_apart():
    kinds = _kinds("The Orbit Cloud Iron Valley 2 port is slow. The Orbit Cloud port is new. It runs Iron Valley 2.")
    assert "Orbit Cloud Iron Valley 2" not in kinds and kinds.get("Iron Valley 2") == "other"
    # negative: one word standing alone elsewhere splits nothing ("the Times" of "The New York Times")
    names = [e.text for e in find_entities("The New York Times said it. The Times is big. New York is a city.")]
    assert "New York Times" in names


def test_a_hashtag_code_is_the_game_it_abbreviates():
    a, _ = only_in("Stadio runs Iron Valley 2 at 30fps.\n\nInteresting to see Stadio IV2 capture out there.")
    assert "Stadio IV2" not in a and "IV2" not in a and a.get("Iron Valley 2") == "other"
    # negative: a code no numbered name of the text makes stays as written
    a, _ = only_in("Interesting to see Stadio QX2 capture out there.")
    assert "Stadio QX2" in a


def test_a_makers_possessive_is_no_place_but_a_towns_is():
    assert _kinds("It is set in Orlo's new film.")["Orlo"] == "other"
    assert _kinds("The festival in Harlow's old town opened.")["Harlow"] == "place"


# ------------------------------------------------------------------ CCTV, a class in capitals, roads

def test_cctv_is_footage_unless_the_broadcaster_is_shown():
    _, b = only_in("The council met on Monday.\n\nIt approved the budget, officials said.",
                   "Detectives are scouring CCTV and believe the raid was the work of professionals.")
    assert "CCTV" not in b
    assert _kinds("Police released CCTV footage of the suspect.")["CCTV"] == "other"
    assert _kinds("China's CCTV reported the crash.")["CCTV"] == "organisation"
    assert _kinds("State-run CCTV showed the rescue.")["CCTV"] == "organisation"
    assert _kinds("The firm uses AI to sort mail.")["AI"] == "other"


def test_a_class_of_paintings_in_capitals_is_no_name():
    a, _ = only_in("Art thieves snatched a priceless Old Master from a sleepy provincial museum in a daring raid.")
    assert "Old Master" not in a
    # negatives: a product, a given name, a body before its noun
    assert _kinds("He bought a new Mac Mini.") == {"Mac Mini": "other"}
    assert _kinds("A young Barack Obama spoke.") == {"Barack Obama": "person"}
    assert _kinds("They sat in a Royal Navy ship.") == {"Royal Navy": "organisation"}


def test_a_numbered_road_is_one_place():
    a, _ = only_in("The crash closed State Route 94 near Harlow on Monday, police said.")
    assert a.get("State Route 94") == "place" and "Route" not in a
    assert _kinds("A truck overturned on Highway 61 near Orlo.").get("Highway 61") == "place"
    # negative: a road's noun with no figure stays as before
    assert "Route 94" not in _kinds("The Route was closed near Orlo.")
