"""Kinds of names and only-in items a reader of real same-event pairs found wrong: a work's title
set in capitals, a subheading in capitals, ... Each with a negative."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.only_in import match_entities


def kinds(text):
    return {e.text: e.kind for e in find_entities(text)}


def only_in(text_a, text_b):
    result = match_entities(find_entities(text_a), find_entities(text_b))
    return [{o.entity for o in side} for side in result.only_in]


def test_a_title_in_capitals_is_no_place_or_body():
    found = kinds("The studio hired him to direct the sequel. He hopes to bring alive in NEW MOON the "
                  "dimensions of the book, as he did in the TWILIGHT franchise.")
    assert found["NEW MOON"] == "other"
    assert found["TWILIGHT"] == "other"
    # negatives: abbreviations of bodies and known places in capitals keep their kinds
    found = kinds("He joined NATO after the FBI cleared him, and moved to the NEW YORK office.")
    assert found["NATO"] == "organisation"
    assert found["FBI"] == "organisation"
    assert found["NEW YORK"] == "place"


def test_a_subheading_in_capitals_is_no_name():
    found = kinds("The war went on for decades.\n\nVOLATILE BORDER\n\nFire crackled in the dry grass.")
    assert "VOLATILE BORDER" not in found
    # negative: a byline in capitals is still a name
    assert "JOHN SMITH" in kinds("Filed by\n\nJOHN SMITH\n\nThe war went on for decades.")


def test_a_body_name_spans_and_and_a_second_of():
    found = kinds("He sent the rule to the White House Office of Management and Budget on Monday.")
    assert found["Office of Management and Budget"] == "organisation"
    found = kinds("He once ran the Canadian arm of the Fundamentalist Church of Jesus Christ of Latter-day Saints.")
    assert found["Fundamentalist Church of Jesus Christ of Latter-day Saints"] == "organisation"
    assert "Saints" not in found
    # negatives: "and" before another body or a place, and a title after "and", end the name
    found = kinds("The University of Michigan and Ohio State will play. The Bank of America and Citigroup agreed.")
    assert "University of Michigan" in found and "Bank of America" in found
    found = kinds("Office of Management and Budget Director Peter Orszag wrote the memo.")
    assert found["Peter Orszag"] == "person"


def test_an_acronym_of_some_of_a_long_names_initials_is_that_body():
    only = only_in("Police raided a ranch of the FLDS on Monday. The FLDS denied it.",
                   "Police raided a ranch of the Fundamentalist Church of Jesus Christ of Latter-day Saints.")
    assert only == [set(), set()]
    # negative: initials that skip the long name's last word and its opening ones name something else
    only = only_in("Police raided a ranch, the FJS said.",
                   "Police raided a ranch of the Fundamentalist Church of Jesus Christ of Latter-day Saints.")
    assert "FJS" in only[0]


def test_a_title_word_that_is_also_a_given_name_before_a_surname_is_the_given_name():
    found = kinds("Klitschko won a decision over Sultan Ibragimov last year. Ibragimov lost on points.")
    assert found["Sultan Ibragimov"] == "person"
    only = only_in("Klitschko beat Sultan Ibragimov in New York.", "Ibragimov was beaten by Klitschko in New York.")
    assert only == [set(), set()]
    # negatives: a monarch named by his given name keeps the title apart
    found = kinds("Sultan Qaboos of Oman met him, and Prince Harry smiled.")
    assert "Qaboos" in found and "Harry" in found
    assert "Sultan Qaboos" not in found


def test_a_team_named_after_a_town_that_is_also_a_given_name_is_no_person():
    assert kinds("Ford, an assistant coach with the Charlotte Bobcats, was posing.")["Charlotte Bobcats"] == "organisation"
    assert kinds("Ford, now a coach for the NBA's Charlotte Bobcats, hugged him.")["Charlotte Bobcats"] == "organisation"
    assert kinds("She cheered for the Toronto Raptors.")["Toronto Raptors"] == "organisation"
    # negatives: such a given name before a surname is a person, after a body's possessive too
    assert kinds("Charlotte Rivers said she was sorry.")["Charlotte Rivers"] == "person"
    assert kinds("NBC's Savannah Guthrie asked him.")["Savannah Guthrie"] == "person"


def test_an_auxiliary_opening_a_question_is_no_part_of_a_name():
    found = kinds("Does HP's Mark Hurd want to grow the company? Is Apple ready for it?")
    assert "HP" in found and "Apple" in found
    assert "Does HP" not in found and "Is Apple" not in found
    # negative: a given name spelt like an auxiliary, in a statement
    assert "Will Smith" in kinds("Will Smith said he was sorry.")


def test_a_street_written_short_is_that_street():
    found = kinds("He walked down Pitkin Ave. brandishing a gun, then crossed Sunset Blvd. at noon.")
    assert found["Pitkin Ave"] == "place" and found["Sunset Blvd"] == "place"
    assert only_in("He walked down Pitkin Ave. with a gun.", "The shots were fired on Pitkin Avenue.") == [set(), set()]
    # negative: "St." opening a name is a saint's or a saint's town, not a street
    assert kinds("The Cardinals won. St. Louis celebrated all night.")["St. Louis"] == "place"
    assert only_in("He walked down Pitkin Ave. with a gun.", "The shots were fired on Pitkin Road.") != [set(), set()]


def test_a_country_named_formally_is_that_country_whole():
    found = kinds("The army fights a proxy war against the Republic of South Sudan, and the State of Israel watched.")
    assert found["Republic of South Sudan"] == "place" and found["State of Israel"] == "place"
    assert only_in("Sudan fights the Republic of South Sudan.",
                   "Bombs fell on a camp in South Sudan, Sudan said.") == [set(), set()]
    assert kinds("He studied at the University of New Mexico.")["University of New Mexico"] == "organisation"
    # negative: a title of a country stays a title, and the country a mention of its own
    found = kinds("The President of Israel spoke.")
    assert found["Israel"] == "place" and "President of Israel" not in found


def test_an_event_nouns_verb_names_no_event():
    found = find_entities("Prosecutors need more leeway to strike jurors, and unions will protest on Monday.")
    assert not [e for e in found if e.kind == "event"]
    # negatives: the nouns, after "to" as well
    found = find_entities("Workers went on strike. The country went to war with Iran, then went to war again.")
    assert [e.text for e in found if e.kind == "event"] == ["strike", "war", "war"]


def test_an_abbreviation_after_a_possessive_pronoun_is_a_thing():
    assert kinds("He said it is not in his DNA to stay in jail.")["DNA"] == "other"
    # negative: a body's people after the pronoun keep it a body
    assert kinds("Their NATO allies agreed with the plan.")["NATO"] == "organisation"


def test_a_name_the_text_follows_with_its_is_a_body_though_a_speech_verb_follows_it_once():
    text = "Shares rose after Apple unveiled its new laptop. Later, Apple tells us that keys can be replaced."
    assert {e.kind for e in find_entities(text) if e.text == "Apple"} == {"organisation"}
    # negative: "his" tells of a person, and the speech verb's reading stands
    text = "Shares rose after Apple unveiled his new laptop. Later, Apple tells us that keys can be replaced."
    assert {e.kind for e in find_entities(text) if e.text == "Apple"} == {"person"}


def test_an_abbreviation_listed_with_a_body_or_named_as_one_elsewhere_is_a_body():
    found = find_entities("Klitschko retained his IBF, WBO and IBO versions of the crown and the minor IBO belts.")
    assert {e.text: e.kind for e in found}["IBF"] == "organisation"
    assert {e.kind for e in found if e.text == "IBO"} == {"organisation"}
    found = find_entities("The NCAA fined the school. He still wanted to win an NCAA title.")
    assert {e.kind for e in found if e.text == "NCAA"} == {"organisation"}
    # negative: abbreviations of things listed together stay things
    assert {e.kind for e in find_entities("He plugged in a USB drive and an HDMI cable.")} == {"other"}


def test_a_name_ending_in_an_acronym_of_the_rest_of_the_other_articles_name_is_that_body():
    only = only_in("HP will buy EYP MCF, a consulting firm. EYP MCF has 350 staff.",
                   "HP said it will be buying EYP Mission Critical Facilities Inc. EYP provides design services.")
    assert only == [set(), set()]
    # negatives: initials of another name, and a company's name alone is not its lab's
    only = only_in("HP bought EYP MCF.", "HP bought EYP Mission Critical Services. EYP also runs EYP Labs.")
    assert "EYP MCF" in only[0]
    assert only_in("Researchers at HP Labs said so.", "HP said so.")[0] == {"HP Labs"}
