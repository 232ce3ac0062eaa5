"""Names found whole: a title's office, a plural's possessive, East Asian given names, formal
country names without "the", a place after a place, a broadcaster's channel, firms ending in a
plural, and a business noun after a name. Hand-written text; each with a negative case."""

from sidebyside.compare.entities import find_entities


def _found(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text)}


def test_a_titles_office_is_one_body():
    found = _found("Investigators from the Alaska State Fire Marshal's Office said the blaze started.")
    assert found.get("Alaska State Fire Marshal's Office") == "organisation"
    assert "Fire" not in found


def test_a_persons_office_stays_apart():
    found = _found("Senator Obama's Office said on Monday it would respond.")
    assert "Obama's Office" not in found


def test_a_plural_possessive_inside_a_name():
    found = _found("The Kurdistan Workers' Party (PKK) has fought the state since 1984.")
    assert found.get("Kurdistan Workers' Party") == "organisation"
    assert "Workers" not in found
    assert _found("He is due before Taunton Deane Magistrates' Court on Tuesday.").get(
        "Taunton Deane Magistrates' Court") == "organisation"


def test_an_east_asian_given_name_keeps_its_syllable():
    assert _found("North Korean leader Kim Jong-un visited the site on Monday.").get("Kim Jong-un") == "person"


def test_an_english_word_after_a_hyphen_ends_the_name():
    found = _found("A Ted Cruz-led panel met on Monday.")
    assert "Ted Cruz" in found and "Ted Cruz-led" not in found
    assert "George Bush" in _found("He kept the George Bush-era rules.")


def test_a_formal_country_name_without_the():
    found = _found("Fighting continued in the Democratic Republic of Congo (DRC) on Sunday.")
    assert found.get("Democratic Republic of Congo") == "place"
    keys = {e.key for e in find_entities("Fighting continued in the Democratic Republic of Congo (DRC) on Sunday.")}
    assert len(keys) == 1
    assert _found("He praised the Democratic Party of Japan.").get("Democratic Party of Japan") == "organisation"


def test_a_place_then_another_known_place():
    found = _found("Traffic was lost in the Maldives Indian Ocean islands.")
    assert found.get("Maldives") == "place" and found.get("Indian Ocean") == "place"
    assert _found("Rockets hit the Gaza Strip.").get("Gaza Strip") == "place"


def test_a_broadcasters_channel():
    found = _found("The show will air on BBC One next week.")
    assert found.get("BBC One") == "organisation" and "One" not in found


def test_a_firm_ending_in_a_plural_is_no_person():
    assert _found("Danny McPherson, chief security officer with Arbor Networks, said so.").get("Arbor Networks") == "organisation"
    assert _found("He entered a plea at Taunton Deane Magistrates and was remanded.").get(
        "Taunton Deane Magistrates") == "organisation"


def test_a_person_whose_surname_is_a_plural_stays_a_person():
    assert _found("Tiger Woods said he would play.").get("Tiger Woods") == "person"
    assert _found("Tyra Banks said the show would return.").get("Tyra Banks") == "person"


def test_a_business_noun_after_a_name():
    assert _found("Three people died at a branch of the Marfin bank in the centre.").get("Marfin") == "organisation"


def test_a_person_before_a_business_noun_stays_a_person():
    assert _found("They opened the John Smith bank account.").get("John Smith") == "person"


def test_the_half_of_the_day_is_no_name():
    found = _found("Posted September 17, 2013 03:16 PM ET. Microsoft today said hackers struck.")
    assert "PM" not in found and "PM ET" not in found
    assert _found("UK PM Theresa May said so.").get("Theresa May") == "person"


def test_a_group_noun_after_a_name():
    found = _found("Dustin Childs, a manager in the Trustworthy Computing group, said so.")
    assert found.get("Trustworthy Computing") == "organisation"
    assert _found("They held the Christmas party at noon.").get("Christmas") != "organisation"


def test_a_model_year_before_a_name():
    assert _found("She was struck by a gray 2013 Toyota Camry heading north.").get("Toyota Camry") == "other"
    assert _found("In 2013 John Smith won the race.").get("John Smith") == "person"


def test_a_feast_named_with_a_possessive_is_one_name():
    found = _found("She planned to marry her boyfriend on Valentine's Day in 2012.")
    assert found.get("Valentine's Day") == "other" and "Valentine" not in found
    assert _found("They marched on St Patrick's Day.").get("St Patrick's Day") == "other"


def test_a_persons_possessive_before_day_stays_apart():
    assert "Obama's Day" not in _found("He said Obama's Day was long.")


def test_an_age_before_a_given_name():
    assert _found("Also arrested was his half-brother, 17-year-old Kristian, and a friend.").get("Kristian") == "person"
    assert _found("He still uses a 10-year-old IBM laptop.").get("IBM") != "person"
    assert _found("A 66-year-old Burnsville woman was killed in the crosswalk.").get("Burnsville") != "person"
