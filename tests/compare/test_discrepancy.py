"""The same fact told with different numbers, dates or places, flagged on the aligned sentence;
format differences ("3,000"/"3000", "three"/"3") are no discrepancy."""

from __future__ import annotations

import pytest

from sidebyside.compare import compare
from sidebyside.model import comparison_to_json

from .helpers import article


# Other sentences of each article, so that word weights are those of a real article.
FILLER_A = ("Officials met in the capital to discuss the budget for schools.",
            "A local football club celebrated its centenary with a parade.")
FILLER_B = ("The weather service expects heavy rain over the coast this weekend.",
            "Shares in the largest bank fell sharply after its results.")


def flags(a_text: str, b_text: str) -> list[tuple[str, str, str]]:
    a, b = article(FILLER_A[0], a_text, FILLER_A[1]), article(FILLER_B[0], b_text, FILLER_B[1])
    cmp = compare(a, b)
    matches = [m for m in (*cmp.aligned_sentences, *cmp.shared_passages)]
    assert len(matches) == 1, matches
    return [(d.kind, d.a.text, d.b.text) for d in matches[0].discrepancies]


def test_a_different_count_of_the_same_thing_is_flagged_with_its_hedge():
    assert flags(
        "About 2,500 people were evacuated from the valley town of Harran after the dam burst.",
        "The dam burst forced 3,000 people to be evacuated from the valley town of Harran.",
    ) == [("number", "About 2,500", "3,000")]


@pytest.mark.parametrize(
    "a_text, b_text",
    [
        ("The plant employs 3,000 workers in three shifts near the river.",
         "The plant employs 3000 workers in 3 shifts near the river."),
        ("The dam holds 2.5 million cubic metres of water above the valley.",
         "The dam holds 2,500,000 cubic metres of water above the valley."),
        ("Nine people were injured when the roof of the market collapsed.",
         "The roof of the market collapsed, and 9 people were injured."),
    ],
)
def test_the_same_number_in_another_format_is_not_a_discrepancy(a_text, b_text):
    assert flags(a_text, b_text) == []


def test_different_minutes_and_weekdays_of_the_same_fact():
    assert flags(
        "She left the building and came back nine minutes later with a gun, police said.",
        "She left the building and came back 10 minutes later with a gun.",
    ) == [("number", "nine", "10")]
    assert flags(
        "The convoy reached the border crossing at Harran on Monday after a long delay.",
        "The convoy reached the border crossing at Harran on Tuesday after a long delay.",
    ) == [("date", "Monday", "Tuesday")]


def test_a_different_place_of_the_same_fact():
    assert flags(
        "The defence ministers of Turkey and Syria met in Moscow in December for talks.",
        "The defence ministers of Turkey and Syria met in Tehran in December for talks.",
    ) == [("place", "Moscow", "Tehran")]


def test_a_capital_and_its_country_agree():
    assert flags(
        "The defence ministers of Turkey and Syria met in Moscow in December for talks.",
        "The defence ministers of Turkey and Syria met in Russia in December for talks.",
    ) == []


def test_wire_copy_with_a_changed_number_is_flagged_on_the_shared_passage():
    assert flags(
        "The convoy of 14 trucks carrying flour and medical supplies was struck near the northern crossing.",
        "The convoy of 12 trucks carrying flour and medical supplies was struck near the northern crossing.",
    ) == [("number", "14", "12")]


def test_numbers_of_different_things_are_not_compared():
    assert flags(
        "Five people died and seven were injured when the quake hit the province of Aceh.",
        "The quake hit the province of Aceh and about 300 people slept outdoors.",
    ) == []
    assert flags(
        "Of the 23 pirates arrested by the navy, 12 are reported to be Somali.",
        "Out of 23 pirates arrested by the navy, 12 are reportedly Somali.",
    ) == []


def test_dates_of_different_events_in_one_pair_are_not_compared():
    assert flags(
        "Police said the teenager was shot and killed by officers on Saturday near his home in Flatbush.",
        "A riot broke out in Flatbush on Monday after the teenager was shot and killed by officers.",
    ) == []


def test_discrepancies_are_in_the_json():
    a = article(FILLER_A[0], "About 2,500 people were evacuated from the valley town of Harran after the dam burst.")
    b = article(FILLER_B[0], "The dam burst forced 3,000 people to be evacuated from the valley town of Harran.")
    data = comparison_to_json(compare(a, b))
    d = data["aligned_sentences"][0]["discrepancies"][0]
    assert d["kind"] == "number"
    assert a.text[d["a"]["start"] : d["a"]["end"]] == d["a"]["text"] == "About 2,500"
    assert b.text[d["b"]["start"] : d["b"]["end"]] == "3,000"


def test_distances_from_different_towns_are_not_compared():
    assert flags(
        "The earthquake struck 10 miles from Anchorage early on Monday, shaking homes.",
        "The earthquake struck 15 miles from Wasilla early on Monday, shaking homes.",
    ) == []


def test_distances_from_the_same_town_are_compared():
    assert flags(
        "The earthquake struck 10 miles from Anchorage early on Monday, shaking homes.",
        "The earthquake struck 15 miles from Anchorage early on Monday, shaking homes.",
    ) == [("number", "10", "15")]


def test_digits_a_tokeniser_split_are_no_number():
    assert flags(
        "A magnitude-6. 1 earthquake shook the coast of Aceh province on Tuesday morning.",
        "A magnitude 6 earthquake shook the coast of Aceh province on Tuesday morning.",
    ) == []
    assert flags(
        "The tsunami killed 170, 000 people across the coast of Aceh province.",
        "The tsunami killed 168,000 people across the coast of Aceh province.",
    ) == []


def test_counts_of_one_thing_said_of_different_facts_are_not_compared():
    # "points" on both sides, but a career record against one game's score: nothing around them meets
    assert flags(
        "Lawson, who holds the conference record of 2,769 points, led the Tar Heels to a win over Duke.",
        "Lawson chipped in 16 points as the Tar Heels beat Duke in a tense game.",
    ) == []


def test_a_shared_word_cut_by_the_context_window_is_read_whole():
    # "harbour" lies across the edge of the window around "At least 40": it still counts as shared
    assert flags(
        "About 30 ships were waiting outside the harbour on Tuesday evening, according to the union.",
        "At least 40 ships were waiting at anchor off the harbour on Tuesday evening, according to a shipping analyst.",
    ) == [("number", "About 30", "At least 40")]


def test_a_hedged_number_in_another_format_is_not_a_discrepancy():
    assert flags(
        "The port employs some 3,000 people directly, according to the port authority.",
        "According to the port authority, the port employs 3000 people directly.",
    ) == []


def test_the_bundled_example_pair_flags_its_differing_counts():
    from sidebyside.extract import extract_path
    from sidebyside.resources import example_paths

    a, b = (extract_path(p) for p in example_paths(1))
    cmp = compare(a, b)
    found = {(d.a.text, d.b.text) for m in (*cmp.aligned_sentences, *cmp.shared_passages) for d in m.discrepancies}
    # the files are listed Harbour Courier first
    assert {("About 1,200", "More than 1,400"), ("At least 40", "About 30")} <= found
    assert not any("3,000" in x or "1998" in x for pair in found for x in pair)


# --------------------------------------------------------------------------- what a reader would not call one fact


def test_a_total_so_far_is_not_the_count_of_one_operation():
    assert flags(
        "In five operations so far, the frigate's crew has confiscated 14 rifles and 31 magazines from pirates.",
        "During the operation, the frigate's crew confiscated six rifles and 12 magazines from pirates.",
    ) == []


def test_the_same_count_without_a_total_is_flagged():
    assert flags(
        "During the operation, the frigate's crew confiscated 14 rifles and 31 magazines from the pirates' boat.",
        "During the operation, the frigate's crew confiscated six rifles and 12 magazines from the pirates' boat.",
    ) == [("number", "14", "six"), ("number", "31", "12")]


def test_ages_of_different_people_are_not_compared():
    assert flags(
        "Police say a man outside the store told the 36-year-old driver to stop outside the Sam's Club store.",
        "Police arrested the driver who killed a 66-year-old woman outside the Sam's Club store.",
    ) == []


def test_ages_of_one_person_are_compared():
    assert flags(
        "On Saturday, 32-year-old climber Robert Buckley fell about 600 metres on Mount Sefton.",
        "On Saturday, 31-year-old Robert Buckley fell on Mount Sefton while climbing with friends.",
    ) == [("number", "32-year-old", "31-year-old")]


def test_a_time_counted_back_from_each_articles_day_is_not_compared():
    assert flags(
        "Tennant joined the city police force 28 years ago as a cadet, officials said.",
        "Tennant joined the city police force 27 years ago as a cadet, officials said.",
    ) == []


def test_a_year_inside_the_decade_the_other_gives_agrees():
    assert flags(
        "The crime family was founded in the 1930s by the gangster Charles Luciano in New York.",
        "The crime family was founded in 1931 by the gangster Charles Luciano in New York.",
    ) == []


@pytest.mark.parametrize(
    "a_text, b_text",
    [
        ("Police chased the car at speeds of more than 100 mph along the highway before it stopped.",
         "Police chased the car at speeds of up to 120 mph along the highway before it stopped."),
        ("The refugee camp hit by the air strike lies less than 30 miles from the border with Sudan.",
         "The refugee camp hit by the air strike lies less than 15 miles from the border with Sudan."),
        ("More than 200 people marched from the vigil site to the police station on Wednesday.",
         "About 230 people marched from the vigil site to the police station on Wednesday."),
    ],
)
def test_bounds_the_other_number_keeps_are_no_discrepancy(a_text, b_text):
    assert flags(a_text, b_text) == []


def test_statistics_of_two_players_are_not_compared():
    assert flags(
        "Hansbrough, pressing all night, finished the game with 20 points and nine rebounds on Saturday.",
        "Austin Daye finished the game against Gonzaga with 20 points and eight rebounds on Saturday.",
    ) == []


def test_of_several_numbers_of_one_thing_the_one_said_alike_is_compared():
    assert flags(
        "Firefighters saved 300 homes, but the blaze destroyed 86 homes in the valley on its first night.",
        "The blaze destroyed 84 homes in the valley on its first night, officials said.",
    ) == [("number", "86", "84")]


def test_game_tallies_without_a_score_are_not_compared():
    # Which game, which season? Without a score neither sentence says.
    assert flags(
        "Charles' big day included an 86-yard touchdown run on the first play of the second half.",
        "Jamaal Charles ran for 226 yards, including an 84-yard scamper on the first play of the second half.",
    ) == []
    assert flags(
        "He has also caught eight passes for 66 yards and two touchdowns for the Saints.",
        "Bush caught 52 passes for 440 yards and four touchdowns for the Saints.",
    ) == []


def test_game_tallies_of_one_scored_game_are_compared():
    assert flags(
        "Charles ran for 226 yards as the Chiefs beat the Colts 23-20 at home on Sunday.",
        "Charles ran for 206 yards as the Chiefs beat the Colts 23-20 at home on Sunday.",
    ) == [("number", "226", "206")]


def test_places_of_different_things_are_not_compared():
    assert flags(
        "Pressure for a ceasefire in Gaza has been mounting as diplomats met on Tuesday.",
        "Deadly strikes on civilians in earlier conflicts in Lebanon raised pressure for a ceasefire, diplomats said.",
    ) == []


# --------------------------------------------------------------------------- read against each article's day and its ties


def dated_flags(a_text: str, a_day: str | None, b_text: str, b_day: str | None) -> list[tuple[str, str, str]]:
    from dataclasses import replace

    a = replace(article(FILLER_A[0], a_text, FILLER_A[1]), published=a_day)
    b = replace(article(FILLER_B[0], b_text, FILLER_B[1]), published=b_day)
    cmp = compare(a, b)
    matches = [m for m in (*cmp.aligned_sentences, *cmp.shared_passages)]
    assert len(matches) == 1, matches
    return [(d.kind, d.a.text, d.b.text) for d in matches[0].discrepancies]


AGE_A = "The gunman, a 38-year-old Troy resident named Anthony Reed, was fired from the accounting firm."
AGE_B = "The gunman, a 39-year-old Troy resident named Anthony Reed, was fired from the accounting firm."


def test_an_age_a_year_on_in_an_article_a_year_later_agrees():
    assert dated_flags(AGE_A, "2007-04-11", AGE_B, "2008-04-30") == []


def test_an_age_that_differs_in_articles_of_one_week_is_flagged():
    assert dated_flags(AGE_A, "2007-04-11", AGE_B, "2007-04-13") == [("number", "38-year-old", "39-year-old")]


def test_two_years_between_ages_is_too_many_for_articles_a_year_apart():
    older = AGE_B.replace("39", "41")
    assert dated_flags(AGE_A, "2007-04-11", older, "2008-04-30") == [("number", "38-year-old", "41-year-old")]


def test_a_count_running_up_to_each_articles_day_is_not_compared():
    a = "The youths smashed shop windows in the city centre after four days of the worst riots in decades."
    b = "The youths smashed shop windows in the city centre after eight days of the worst riots in decades."
    assert dated_flags(a, None, b, None) == []
    assert dated_flags(a, "2008-12-10", b, "2008-12-14") == []
    assert dated_flags(a, "2008-12-10", b, "2008-12-10") == [("number", "four", "eight")]


def test_the_day_a_text_was_posted_is_no_date_of_the_fact():
    assert flags(
        "A hit-and-run driver struck a woman: the firm posted in Pedestrian Accidents on Wednesday, September 18, 2013.",
        "A hit-and-run driver struck a woman: the firm posted in Pedestrian Accidents on Friday, September 20, 2013.",
    ) == []


def test_numbers_tied_to_different_years_are_different_facts():
    assert flags(
        "Gigante was serving a 12-year sentence for a racketeering conviction in 1997 in Brooklyn.",
        "Before 1997, Gigante had served only a five-year heroin sentence in 1959 in Brooklyn.",
    ) == []


def test_numbers_tied_to_the_same_year_are_compared():
    assert flags(
        "Gigante was serving a 12-year sentence for a racketeering conviction in 1997 in Brooklyn.",
        "Gigante was serving a 15-year sentence for a racketeering conviction in 1997 in Brooklyn.",
    ) == [("number", "12", "15")]


def test_statistics_of_two_games_are_not_one_fact():
    # one player, the same stat words, but the other sentence gives a game's score: another game
    assert flags(
        "Louisville's Earl Clark finished his team's victory with 25 points and 16 rebounds, both career highs.",
        "Earl Clark finished with 22 points and nine rebounds as Louisville opened its season with a 71-57 win.",
    ) == []


def test_points_of_one_run_are_not_the_games_points():
    assert flags(
        "Doug McDermott scored 23 points to become the leading scorer as the top-seeded Bluejays defeated Drake 65-53 on Friday.",
        "Doug McDermott became the leading scorer and had five points during a pivotal 15-2 run as the top-seeded Bluejays defeated Drake 65-53 on Friday.",
    ) == []


def test_a_number_said_of_part_of_a_series_is_not_the_whole():
    assert flags(
        "Echenique scored five of the team's first eight points in the second half against Drake.",
        "Echenique scored 11 points, all in the second half, to help the team shake Drake.",
    ) == []


def test_the_same_score_in_both_sentences_keeps_them_comparable():
    assert flags(
        "Jamaal Charles ran for 226 yards as the Chiefs lost 20-13 to the Colts on Sunday.",
        "Jamaal Charles ran for 223 yards as the Chiefs lost 20-13 to the Colts on Sunday.",
    ) == [("number", "226", "223")]


@pytest.mark.parametrize(
    "a_text, b_text",
    [
        # another direction or no origin: two distances, not one
        ("The quake was centred about two miles from The Geysers, the survey said on Sunday.",
         "The quake was centred 4 miles east of The Geysers, the survey said on Sunday."),
        # a radius is no distance from a place
        ("The warship must stay in touch with merchant vessels within a 15-nautical-mile radius of the convoy.",
         "The warship stayed in touch with merchant vessels 13 nautical miles from the convoy."),
        # a conversion in brackets keeps its bound: less than 30 miles and less than 15 miles agree
        ("The refugee camp hit by the air strike lies less than 50 km (30 miles) from the border with Sudan.",
         "The refugee camp hit by the air strike lies less than 25 km (15 miles) from the border with Sudan."),
        # counted from a day, two ways
        ("His widow, who married the deputy three weeks before he was murdered, spoke to the court.",
         "His widow, who married the deputy two weeks after he was promoted, spoke to the court."),
        # two times of day: two quakes
        ("The quake struck at 9:27 a.m. and was centred 23 miles north of Santa Rosa, the survey said.",
         "The quake struck at 2:09 a.m. and was centred 26 miles north of Santa Rosa, the survey said."),
        # money and a count of things
        ("The new laptop is offered in two models with faster chips and brighter screens.",
         "The new laptop is offered in $2199 models with faster chips and brighter screens."),
        # "a dozen" is as rough as "about 12"
        ("The tsunami left 230,000 people dead in a dozen countries around the Indian Ocean.",
         "The tsunami left 230,000 people dead in 13 countries around the Indian Ocean."),
        # a year the other sentence gives too, said of another word
        ("Comeaux was serving a life sentence for a 1998 aggravated sexual assault conviction in Brazos County.",
         "Between 1991 and 1998 Comeaux was in and out of prison until he returned to prison in June 1999 for a life sentence for aggravated sexual assault."),
        # two games: two scores
        ("Charles ran for 226 yards as the Chiefs beat the Colts 23-20 at home on Sunday.",
         "Charles ran for 150 yards as the Chiefs lost to the Colts 17-10 at home on Sunday."),
        # a weekday inside a name dates nothing
        ("Microsoft repaired ten flaws in Internet Explorer on Wednesday, the company said in its bulletin.",
         "Microsoft repaired ten flaws in Internet Explorer in its Patch Tuesday bulletin, the company said."),
    ],
)
def test_other_facts_told_near_a_number_are_not_discrepancies(a_text, b_text):
    assert flags(a_text, b_text) == []


def test_one_distance_told_twice_from_one_place_is_flagged():
    assert flags(
        "The temblor was centred about 20 miles north of Santa Rosa, in the Geysers area, the survey said.",
        "The temblor was centred about 26 miles north of Santa Rosa, in the Geysers area, the survey said.",
    ) == [("number", "about 20", "about 26")]


def _direct(a: str, b: str, similarity: float | None, published=(None, None)) -> list[tuple[str, str]]:
    from sidebyside.compare.discrepancy import discrepancies

    found = discrepancies(a, (0, len(a)), b, (0, len(b)), lambda w: w, published=published, similarity=similarity)
    return [(d.a.text, d.b.text) for d in found]


def test_numbers_of_two_events_in_loosely_aligned_sentences_are_not_compared():
    a = "A strong earthquake hit an island off the southern coast on Sunday, injuring five people and damaging buildings."
    b = "A strong earthquake hit the southern coast on Sunday, killing at least 10 people in three villages."
    assert _direct(a, b, similarity=0.3) == []  # injuring is not killing
    assert _direct(a, b, similarity=0.1) == []  # too little alike to be read at all
    same = "A strong earthquake hit an island off the southern coast on Sunday, injuring 12 people and damaging buildings."
    assert _direct(a, same, similarity=0.3) == [("five", "12")]
    assert _direct(a, same, similarity=0.1) == []


def test_counts_so_far_in_articles_days_apart_are_two_counts():
    a = "The toll rose to 640 people killed so far in the fighting in the north of the country."
    b = "The toll rose to 600 people killed so far in the fighting in the north of the country."
    assert _direct(a, b, similarity=0.9, published=("2009-01-08", "2009-01-08")) == [("640", "600")]
    assert _direct(a, b, similarity=0.9, published=("2009-01-08", "2009-01-12")) == []


def test_a_distance_origin_ends_at_the_next_place_word():
    # "north of Santa Rosa in the Geysers area": the distance is measured from Santa Rosa only.
    assert flags(
        "The quake struck 20 miles north of Santa Rosa in the hills above the valley.",
        "The quake struck about 26 miles north of Santa Rosa in the Geysers area.",
    ) == [("number", "20", "about 26")]
    assert flags(
        "The quake struck one mile north of The Geysers, in the hills above the valley.",
        "The quake struck about 26 miles north of Santa Rosa in the Geysers area.",
    ) == []


def test_a_date_naming_an_edition_or_an_earlier_event_dates_nothing():
    # "the 2013 Academy Awards", "the June 20, 2005 attempted murder": a name, not the day of the verb.
    assert flags(
        "The comedian was chosen to host the ceremony, after his hosting of the 2013 Academy Awards.",
        "The comedian was chosen to host the ceremony, after he first hosted the Oscars in 2007.",
    ) == []
    assert flags(
        "Orozco was convicted on March 20 of the murder of the deputy in the Lakewood station.",
        "Orozco was also convicted of the June 20, 2005 attempted murder of a man in Lakewood.",
    ) == []
    assert flags(
        "Voters in the town approved a $3 million bond in 2009 to buy the properties.",
        "Voters in the town approved a $3 million bond in 2010 to pay for the properties.",
    ) == [("date", "2009", "2010")]
    assert flags(
        "The town was evacuated on the Monday before the storm reached the coast.",
        "The town was evacuated on the Tuesday before the storm reached the coast.",
    ) == [("date", "Monday", "Tuesday")]


def test_an_evening_and_the_small_hours_of_the_next_day_are_one_night():
    assert flags(
        "The family will worship in a school after a fire ripped through their church on Friday evening.",
        "The family will worship in a school after a fire destroyed their church early Saturday.",
    ) == []
    assert flags(
        "The family will worship in a school after a fire ripped through their church on Friday.",
        "The family will worship in a school after a fire destroyed their church on Saturday.",
    ) == [("date", "Friday", "Saturday")]
    # two days apart are two days, whatever the hour
    assert flags(
        "The family will worship in a school after a fire ripped through their church on Thursday evening.",
        "The family will worship in a school after a fire destroyed their church early Saturday.",
    ) == [("date", "Thursday", "Saturday")]


def test_a_count_in_one_named_place_is_not_a_count_over_a_wider_one():
    # a province's toll against the toll over a dozen countries, or against a toll that names no place
    assert flags(
        "The tsunami of that year killed some 168,000 people in Indonesia's Aceh province and Nias island.",
        "The tsunami of that year killed at least 230,000 people in a dozen countries around the ocean.",
    ) == []
    assert flags(
        "Twelve people were killed by a landslide or collapsing buildings in Bener Meriah district, the agency said.",
        "The agency said 24 people were killed by the landslide and collapsing buildings.",
    ) == []
    # the same named place on both sides: one count, told differently
    assert flags(
        "The tsunami of that year killed some 168,000 people in Indonesia's Aceh province and Nias island.",
        "The tsunami of that year killed about 130,000 people in Indonesia's Aceh province and Nias island.",
    ) == [("number", "some 168,000", "about 130,000")]


def test_an_age_whose_person_one_side_does_not_name_is_not_compared():
    assert flags(
        "Jeffs was found guilty of raping a 14-year-old girl at the ranch near the border.",
        "A witness said Jeffs raped him at the ranch near the border when he was 5 years old.",
    ) == []
    assert flags(
        "Jeffs was convicted of being an accomplice to the rape of a 14-year-old girl in Utah.",
        "Jeffs was convicted of being an accomplice to the rape of a 15-year-old girl in Utah.",
    ) == [("number", "14-year-old", "15-year-old")]


def test_a_number_unit_compound_counts_what_it_describes():
    # "the seven-year history of the group" is no length of "an offer for eight years"
    assert flags(
        "The Red Sox made an offer for at least eight years, the longest offer of the group led by Henry.",
        "The Red Sox made an offer, the longest and richest in the seven-year history of the group led by Henry.",
    ) == []
    assert flags(
        "The mob boss was serving a 15-year sentence at the federal prison in Springfield.",
        "The mob boss was serving a 12-year sentence at the federal prison in Springfield.",
    ) == [("number", "15", "12")]


def test_a_calibre_written_with_a_hyphen_or_without_is_one_thing():
    assert flags(
        "Police said the teenager pointed a 38-caliber revolver at the officers before they fired.",
        "Police said the teenager pointed a 357 caliber revolver at the officers before they fired.",
    ) == [("number", "38", "357")]
