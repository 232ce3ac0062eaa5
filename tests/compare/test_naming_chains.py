"""Cross-document referent chains (compare/naming/) on hand-written pairs, negatives included."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.naming import label_of
from sidebyside.compare.only_in import stable_name

from .helpers import article


def framing(text_a, text_b, **fields):
    a, b = article(text_a), article(text_b)
    if fields:
        a = dataclasses.replace(a, **{k[:-2]: v for k, v in fields.items() if k.endswith("_a")})
        b = dataclasses.replace(b, **{k[:-2]: v for k, v in fields.items() if k.endswith("_b")})
    return a, b, analyse_framing(a, b)


def texts(mentions):
    return [m.text for m in mentions]


def by_entity(f):
    return {c.entity: c for c in f.label_contrasts}


def only_names(f, side):
    return {o.entity for o in f.only_in[side]}


# --------------------------------------------------------------------------- negatives


def test_two_people_with_the_same_surname_are_two_chains():
    _, _, f = framing(
        "Senator Mark Kelly spoke in Tucson on Monday. Kelly said the vote was close.",
        "The astronaut Scott Kelly spoke in Houston on Monday. Kelly said the flight was long.",
    )
    assert not [c for c in f.label_contrasts if "Kelly" in c.entity]
    assert "Mark Kelly" in only_names(f, 0) and "Scott Kelly" in only_names(f, 1)


def test_washington_the_state_is_not_the_us_government():
    _, _, f = framing(
        "Wildfires spread across Washington state on Monday, and firefighters in Seattle, Washington, waited.",
        "The United States said it would send help to fight the fires.",
    )
    assert not f.label_contrasts
    assert "Washington" in only_names(f, 0) and "United States" in only_names(f, 1)


def test_a_capital_as_a_place_is_not_its_government():
    _, _, f = framing("Officials in Moscow said the talks failed.", "Russia said the talks failed.")
    assert not f.label_contrasts
    assert "Moscow" in only_names(f, 0)


def test_the_finance_minister_is_never_the_defence_minister():
    _, _, f = framing(
        "Defence Minister Karim Haddad visited the port on Monday.",
        "The finance minister visited the port on Monday.",
    )
    assert not f.label_contrasts


def test_a_nationality_keeps_a_description_to_its_own_leader():
    a, b, f = framing(
        "Syrian leader Bashar al-Assad met Vladimir Putin. The Russian leader spoke first.",
        "Bashar al-Assad met Vladimir Putin in Moscow.",
    )
    assad = by_entity(f).get("Bashar al-Assad")
    assert assad is None or "The Russian leader" not in texts(assad.a)


# --------------------------------------------------------------------------- what is a contrast


def test_metonymy_for_a_government_is_a_naming_difference_not_an_omission():
    _, _, f = framing("Moscow said the talks failed. The Kremlin wants more.", "Russia said the talks failed.")
    c = by_entity(f)["Russia"]
    assert c.category == "metonymy" and c.kind == "place"
    assert texts(c.a) == ["Moscow", "Kremlin"] and texts(c.b) == ["Russia"]
    assert not f.only_in[0] and not f.only_in[1]


def test_washington_acting_is_the_us_government():
    _, _, f = framing(
        "Washington said it would impose sanctions on Iran.",
        "The United States said it would impose sanctions on Iran.",
    )
    c = by_entity(f)["United States"]
    assert (texts(c.a), texts(c.b), c.category) == (["Washington"], ["United States"], "metonymy")
    assert "Washington" not in only_names(f, 0) and "United States" not in only_names(f, 1)


def test_an_acronym_defined_in_one_article_only():
    _, _, f = framing(
        "The Democratic National Committee (DNC) met on Monday. The DNC said it would appeal.",
        "Officials of the DNC met on Monday and said they would appeal.",
    )
    c = by_entity(f)["Democratic National Committee"]
    assert texts(c.b) == ["DNC"]
    assert not only_names(f, 0) & {"Democratic National Committee", "DNC"}


def test_an_acronym_read_from_the_initials_of_the_other_articles_name():
    _, _, f = framing(
        "Members of the Democratic National Committee met on Monday.",
        "Members of the DNC met on Monday.",
    )
    c = by_entity(f)["Democratic National Committee"]
    assert c.category == "alias or acronym"
    assert not f.only_in[0] and not f.only_in[1]


def test_an_alias_from_the_shipped_list():
    _, _, f = framing(
        "Senators debated Obamacare on Monday.",
        "Senators debated the Affordable Care Act on Monday.",
    )
    assert [(texts(c.a), texts(c.b)) for c in f.label_contrasts] == [(["Obamacare"], ["Affordable Care Act"])]
    assert not f.only_in[0] and not f.only_in[1]


def test_a_description_joins_the_person_an_apposition_gave_that_role():
    _, _, f = framing(
        "Senior Trooper William Hakim, a bomb technician with the state police, was killed. "
        "The technician had served 20 years.",
        "William Hakim died on Friday.",
    )
    c = by_entity(f)["William Hakim"]
    assert texts(c.a) == ["Senior Trooper William Hakim", "a bomb technician with the state police", "The technician"]
    assert texts(c.b) == ["William Hakim"]
    assert c.kind == "person" and c.category in ("role", "description")


def test_an_unnamed_description_pairs_with_the_role_the_other_article_gives_a_name():
    _, _, f = framing(
        "A bomb exploded at a bank, killing a bomb technician.",
        "William Hakim, a bomb squad technician, was killed when a bomb exploded.",
    )
    c = by_entity(f)["William Hakim"]
    assert texts(c.a) == ["a bomb technician"]
    assert texts(c.b) == ["William Hakim", "a bomb squad technician"]


def test_spellings_of_one_first_name_are_one_person():
    _, _, f = framing(
        "Pin-up model Betty Page died on Thursday. Page was 85.",
        "Bettie Page, the pin-up model, died on Thursday.",
    )
    c = by_entity(f)["Bettie Page"] if "Bettie Page" in by_entity(f) else by_entity(f)["Betty Page"]
    assert "Betty Page" in " ".join(texts(c.a)) and "Bettie Page" in texts(c.b)
    assert not f.only_in[0] and not f.only_in[1]


def test_same_labels_in_both_are_no_contrast():
    _, _, f = framing(
        "Maurice Cheeks was fired on Saturday. Cheeks said nothing.",
        "Cheeks was fired on Saturday, and Maurice Cheeks said nothing.",
    )
    assert not f.label_contrasts


def test_pronouns_are_never_labels():
    _, _, f = framing(
        "Prime Minister Viktor Orban spoke. He said he would stay.",
        "Viktor Orban spoke. He said he would stay.",
    )
    for c in f.label_contrasts:
        assert not {"he", "she", "it", "they"} & {label_of(m.text) for m in c.a + c.b}


def test_most_telling_first_and_labels_counted():
    _, _, f = framing(
        "The dictator Bashar al-Assad spoke. Assad left. Maurice Cheeks coached. Maurice Cheeks won.",
        "Bashar al-Assad spoke. Assad left. Cheeks coached. Maurice Cheeks won.",
    )
    assert [c.entity for c in f.label_contrasts] == ["Bashar al-Assad", "Maurice Cheeks"]
    tellings = [c.telling for c in f.label_contrasts]
    assert tellings == sorted(tellings, reverse=True)
    cheeks = f.label_contrasts[1]
    assert cheeks.category == "short form"
    assert [(x.label, x.count) for x in cheeks.labels[0]] == [("Maurice Cheeks", 2)]
    assert [(x.label, x.count) for x in cheeks.labels[1]] == [("Cheeks", 1), ("Maurice Cheeks", 1)]


# --------------------------------------------------------------------------- headline and standfirst


def test_headline_mentions_are_listed_apart_with_their_field():
    a, b, f = framing(
        "Russian President Vladimir Putin met reporters. Putin smiled.",
        "Russian President Vladimir Putin met reporters.",
        title_a="Putin snubs the West",
        lead_b="The Russian leader, Vladimir Putin, was calm.",
    )
    c = by_entity(f)["Vladimir Putin"]
    assert all(m.field == "text" for m in c.a + c.b)
    heads_a, heads_b = c.headings
    assert [(m.field, m.text) for m in heads_a] == [("title", "Putin")]
    for m in heads_a:
        assert a.title[m.start : m.end] == m.text
    for m in heads_b:
        assert m.field == "lead" and b.lead[m.start : m.end] == m.text
    assert "Vladimir Putin" in texts(heads_b)


def test_title_case_headline_words_are_not_names_of_their_own():
    _, _, f = framing(
        "The council met on Monday.",
        "The council met on Monday.",
        title_a="Council Meets Amid Growing Anger Over Budget",
        title_b="Council Meets Amid Fury",
    )
    assert not f.label_contrasts


# --------------------------------------------------------------------------- determinism


def test_one_spelling_whatever_the_order():
    assert stable_name(["WASHINGTON", "Washington"]) == "Washington"
    assert stable_name(["Washington", "WASHINGTON"]) == "Washington"
    assert stable_name(["United States", "United States of America"]) == "United States of America"
    assert stable_name(["Kiev", "Kyiv", "Kyiv"]) == "Kyiv"


def test_only_in_names_do_not_depend_on_the_hash_seed():
    script = (
        "import json, sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from compare.helpers import article\n"
        "from sidebyside.compare.framing import analyse_framing\n"
        "f = analyse_framing(article('WASHINGTON (AP) - The senator spoke. Officials in Washington agreed. "
        "The United States of America and the United States signed.'), article('Nothing here.'))\n"
        "print(json.dumps([[o.entity for o in s] for s in f.only_in]))\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outputs = set()
    for seed in ("0", "1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        outputs.add(run.stdout)
    assert len(outputs) == 1, outputs
    names = json.loads(outputs.pop())[0]
    assert "Washington" in names and "WASHINGTON" not in names


# --------------------------------------------------------------------------- shorter names, careful links


def test_a_company_suffix_and_a_team_nickname_are_the_same_referent():
    _, _, f = framing(
        "A patch came from Microsoft Corp. on Monday. The Los Angeles Angels lost on Sunday.",
        "A patch came from Microsoft on Monday. The Angels lost on Sunday.",
    )
    assert not f.only_in[0] and not f.only_in[1]
    assert {c.category for c in f.label_contrasts} == {"short form"}
    assert sorted((texts(c.a), texts(c.b)) for c in f.label_contrasts) == [
        (["Los Angeles Angels"], ["Angels"]),
        (["Microsoft Corp"], ["Microsoft"]),
    ]


def test_a_town_police_and_its_police_department():
    _, _, f = framing(
        "The Staunton Police Department said the store was robbed on Friday.",
        "Staunton police said the store was robbed on Friday.",
    )
    c = by_entity(f)["Staunton Police Department"]
    assert texts(c.b) == ["Staunton police"]


def test_the_company_is_the_organisation_just_named():
    _, _, f = framing(
        "Shares of Harbor Shipping Company fell on Monday. The company blamed the strike.",
        "Shares of Harbor Shipping Company fell on Monday.",
    )
    c = by_entity(f)["Harbor Shipping Company"]
    assert texts(c.a) == ["Harbor Shipping Company", "The company"]


def test_a_role_noun_before_a_bare_surname_in_a_relative_clause_is_no_title():
    _, _, f = framing(
        "Brian Nichols was convicted. The widow of a sheriff's deputy Nichols murdered spoke.",
        "Brian Nichols was convicted on Monday.",
    )
    nichols = by_entity(f).get("Brian Nichols")
    assert nichols is None or not any("deputy" in m.text for m in nichols.a)


def test_a_possessive_description_is_someone_else():
    _, _, f = framing(
        "Deputy Jerry Ortiz, a gang enforcement officer, was shot. His parole officer was questioned.",
        "Deputy Jerry Ortiz was shot on Friday.",
    )
    c = by_entity(f)["Jerry Ortiz"]
    assert "His parole officer" not in texts(c.a)


def test_a_name_inside_a_hyphenated_name_is_not_a_seat_of_government():
    _, _, f = framing(
        "Robbers raided a jeweller near the Champs-Elysees in Paris.",
        "France said the robbers fled.",
    )
    assert not f.label_contrasts


def test_a_venue_is_named_by_its_kind_and_place():
    _, _, f = framing(
        "LaRue was found dead in a hotel room. He had checked into a hotel in Biloxi on Friday.",
        "LaRue was found dead at the Biloxi motel on Saturday.",
    )
    venue = [c for c in f.label_contrasts if c.kind == "place" and "hotel" in " ".join(texts(c.a))]
    assert [(texts(c.a), texts(c.b)) for c in venue] == [(["a hotel in Biloxi"], ["the Biloxi motel"])]


def test_a_venue_without_a_place_is_no_referent_of_its_own():
    _, _, f = framing("A man robbed a bank on Friday.", "A man robbed a bank in Woodburn on Friday.")
    assert not f.label_contrasts


# --------------------------------------------------------------------------- descriptions


def test_a_description_with_a_noun_of_one_sense_pairs_across_articles():
    _, _, f = framing(
        "A woman was struck by a car in Queens on Friday. The car did not stop.",
        "A woman was struck by a vehicle in Queens on Friday. The vehicle did not stop.",
    )
    car = [c for c in f.label_contrasts if "car" in texts(c.a)[0]]
    assert car and texts(car[0].b) == ["a vehicle", "The vehicle"]


def test_unrelated_descriptions_do_not_pair():
    _, _, f = framing(
        "A woman was struck by a car in Queens on Friday.",
        "A woman was struck by a bus in Queens on Friday.",
    )
    assert not [c for c in f.label_contrasts if "bus" in " ".join(texts(c.b))]


def test_a_description_opening_its_sentence_names_what_follows():
    _, _, f = framing(
        "The film, New Moon, is based on the second book. Chris Weitz will direct the film.",
        "Chris Weitz is expected to direct New Moon, which opens next year.",
    )
    moon = by_entity(f)["New Moon"]
    assert "The film" in texts(moon.a) and texts(moon.b) == ["New Moon"]


def test_the_one_woman_named_is_the_woman_but_never_her_daughter():
    _, _, f = framing(
        "A 59-year-old woman died on Friday in Queens. Raj Chohan had parked when she was hit. "
        "Her daughter was at home.",
        "Raj Chohan, 59, died on Friday in Queens after she was hit by a driver.",
    )
    chohan = by_entity(f)["Raj Chohan"]
    assert "A 59-year-old woman" in texts(chohan.a)
    assert not [m for m in chohan.a if "daughter" in m.text]


def test_a_clause_before_a_name_is_no_description_of_it():
    _, _, f = framing(
        "The shooting happened moments after the employee, Yvonne Hiller, was suspended.",
        "Yvonne Hiller, a suspended employee, opened fire.",
    )
    for c in f.label_contrasts:
        assert not [m for m in c.a if "shooting" in m.text]


def test_names_with_and_without_an_initial_are_one_person():
    _, _, f = framing(
        "Mark Felt, the FBI official who was Deep Throat, died on Thursday. Felt was 95.",
        "W. Mark Felt, a former FBI official, died on Thursday at 95.",
    )
    felt = [c for c in f.label_contrasts if "Felt" in c.entity]
    assert len(felt) == 1 and "W. Mark Felt" in texts(felt[0].b)


def test_a_sheriffs_deputy_is_the_deputy_the_other_article_names():
    _, _, f = framing(
        "Two men were arrested for the murder of a Los Angeles County sheriff's deputy outside his house.",
        "Two men were arrested for the murder of Los Angeles County Sheriff's Deputy Juan Abel Escalante.",
    )
    deputy = [c for c in f.label_contrasts if "Escalante" in c.entity]
    assert deputy and texts(deputy[0].a) == ["a Los Angeles County sheriff's deputy"]


def test_a_surname_after_in_is_still_the_person():
    _, _, f = framing(
        "The Angels offered first baseman Mark Teixeira a contract. The interest in Teixeira is high.",
        "Mark Teixeira is weighing offers.",
    )
    tex = by_entity(f)["Mark Teixeira"]
    assert texts(tex.a) == ["first baseman Mark Teixeira", "Teixeira"]


def test_a_role_before_an_ordinal_role_modifies_it():
    _, _, f = framing(
        "The Angels made an offer to first baseman Mark Teixeira. Teixeira said no.",
        "The Angels made an offer to the free agent first baseman on Monday. Mark Teixeira said no.",
    )
    tex = by_entity(f)["Mark Teixeira"]
    assert "the free agent first baseman" in texts(tex.b)
    assert "the free agent" not in texts(tex.b)


def test_a_hotel_room_is_the_hotel_but_room_alone_is_nothing():
    _, _, f = framing(
        "LaRue was found dead in a hotel room in Biloxi on Saturday. There was no room for doubt.",
        "LaRue died at the Biloxi hotel on Saturday.",
    )
    hotel = [c for c in f.label_contrasts if "hotel" in c.entity]
    assert len(hotel) == 1
    assert texts(hotel[0].a) == ["a hotel room in Biloxi"] and texts(hotel[0].b) == ["the Biloxi hotel"]
    assert not [m for c in f.label_contrasts for m in c.a if "doubt" in m.text or m.text == "room"]


def test_a_given_name_makes_common_words_a_person():
    _, _, f = framing(
        "W. Mark Felt was the source. Later Felt died at his home.",
        "Mark Felt, the FBI official, was the source. Later Felt died at his home.",
    )
    felt = [c for c in f.label_contrasts if "Felt" in c.entity]
    assert len(felt) == 1
    assert texts(felt[0].a) == ["W. Mark Felt", "Felt"]
    assert "the FBI official" in texts(felt[0].b)


def test_a_given_name_before_a_letter_is_no_longer_name():
    _, _, f = framing(
        "Bettie Page died on Thursday. Page was 85.",
        "Bettie Page T-shirts and posters sold well. Page died on Thursday.",
    )
    assert not [m for c in f.label_contrasts for m in c.b if m.text.endswith(" T")]


def test_a_mans_given_name_outweighs_a_her_after_it():
    _, _, f = framing(
        "Prosecutors tried Jonathan Carrasquillo, 24. The 34-year-old mother was struck in her neighborhood.",
        "Prosecutors tried Carrasquillo on Wednesday. He said nothing.",
    )
    for c in f.label_contrasts:
        if "Carrasquillo" in c.entity:
            assert not [m for m in c.a if "mother" in m.text]


def test_the_one_woman_named_is_still_the_woman():
    _, _, f = framing(
        "A 59-year-old woman was hit by a car. Raj Chohan, 59, died when she was hit.",
        "Raj Chohan was hit by a car on Monday and died.",
    )
    chohan = by_entity(f)["Raj Chohan"]
    assert "A 59-year-old woman" in texts(chohan.a)


def test_a_surname_two_people_share_joins_neither():
    _, _, f = framing(
        "The bodies of Katherine Gomes, 61, and Robyn Mendes, 48, were found on Tuesday. "
        "The man, Gary Gomes, 35, was arrested. Gomes said nothing.",
        "Katherine Gomes and Robyn Mendes were found dead on Tuesday. Police arrested Gary Gomes.",
    )
    for c in f.label_contrasts:
        if c.entity == "Katherine Gomes":
            assert texts(c.a) == ["Katherine Gomes"]


def test_a_role_noun_opening_a_sentence_is_no_part_of_the_name():
    _, _, f = framing(
        "Rahman fell in the second round. Referee Tony Weeks stopped the fight.",
        "Rahman fell in the second round before Tony Weeks stopped the fight. Weeks said it was over.",
    )
    weeks = by_entity(f)["Tony Weeks"]
    assert "Weeks" in texts(weeks.b)
    assert not [c for c in f.label_contrasts if c.entity.startswith("Referee")]


def test_an_adverb_opening_a_sentence_is_no_given_name():
    a, b, f = framing(
        "Brian Nichols was sentenced on Saturday. Nichols had asked for mercy. "
        "Ironically Nichols had offered to plead guilty.",
        "Brian Nichols was sentenced on Saturday. Nichols had asked for mercy.",
    )
    assert not [c for c in f.label_contrasts if "Nichols" in c.entity]


def test_a_surname_written_but_not_linked_is_no_contrast():
    # "Nichols" on side A belongs to nobody (two Nichols are named), yet A writes it: B's
    # "Nichols" is no label A lacks
    _, _, f = framing(
        "Brian Nichols was sentenced on Saturday. His brother Ted Nichols wept. Nichols had asked for mercy.",
        "Brian Nichols was sentenced on Saturday. Nichols had asked for mercy.",
    )
    assert "Brian Nichols" not in by_entity(f)


def test_a_surname_the_other_article_never_writes_is_still_a_short_form():
    _, _, f = framing(
        "Brian Nichols was sentenced on Saturday in Atlanta.",
        "Brian Nichols was sentenced on Saturday. Nichols had asked for mercy.",
    )
    contrast = by_entity(f)["Brian Nichols"]
    assert contrast.category == "short form"


def test_the_judge_after_two_judges_are_named_is_neither():
    _, _, f = framing(
        "Superior Court Judge James Bodiford handed down the sentence. Nichols had shot Judge Rowland Barnes "
        "in 2005. The judge urged the victims' families to regroup.",
        "Judge James Bodiford sentenced Nichols on Saturday. Nichols had shot Judge Rowland Barnes in 2005.",
    )
    for contrast in f.label_contrasts:
        assert "The judge" not in texts(contrast.a), contrast.entity


def test_the_judge_after_one_judge_is_named_is_that_judge():
    _, _, f = framing(
        "Superior Court Judge James Bodiford handed down the sentence. The judge urged the families to regroup.",
        "Judge James Bodiford sentenced Nichols on Saturday in Atlanta.",
    )
    assert "The judge" in texts(by_entity(f)["James Bodiford"].a)


def test_the_same_role_in_other_words_is_a_short_form_not_a_description():
    # both outlets call him a judge: "the judge" tells a reader nothing the other hides
    _, _, f = framing(
        "Superior Court Judge James Bodiford handed down the sentence. The judge urged the families to regroup.",
        "Superior Court Judge James Bodiford sentenced Nichols on Saturday.",
    )
    contrast = by_entity(f)["James Bodiford"]
    assert contrast.category == "short form" and contrast.telling < 0.5


def test_a_different_role_is_still_a_description_contrast():
    _, _, f = framing(
        "Superior Court Judge James Bodiford, a former prosecutor, handed down the sentence.",
        "Superior Court Judge James Bodiford sentenced Nichols on Saturday.",
    )
    contrast = by_entity(f).get("James Bodiford")
    assert contrast is not None and contrast.category != "short form"


def test_an_abbreviated_title_with_its_period_stays_with_the_name():
    _, _, f = framing(
        "Nichols also killed Sgt. Hoyt Teasley outside the courthouse.",
        "Nichols also killed Deputy Hoyt Teasley outside the courthouse.",
    )
    contrast = by_entity(f)["Hoyt Teasley"]
    assert texts(contrast.a) == ["Sgt. Hoyt Teasley"] and texts(contrast.b) == ["Deputy Hoyt Teasley"]


def test_names_ending_in_ly_stay_names_at_a_sentence_start():
    from sidebyside.compare.entities import find_entities

    found = {e.text for e in find_entities("Reportedly Nichols fled. Kelly Ayotte spoke. Connolly Walker left.")}
    assert "Nichols" in found and "Reportedly Nichols" not in found
    assert "Kelly Ayotte" in found and "Connolly Walker" in found


def test_a_vice_president_is_not_the_president_the_other_article_names():
    _, _, f = framing(
        "The rules were written under President Bill Clinton in 1999.",
        "Jamie Clark, a former director and a vice president of Defenders of Wildlife, criticised the rules.",
    )
    assert "Bill Clinton" not in by_entity(f)


def test_the_team_after_two_teams_named_is_neither():
    _, _, f = framing(
        "The NBA fined the Philadelphia 76ers on Monday. The NBA said the Sixers broke a rule. "
        "The team will appeal.",
        "The NBA fined the Philadelphia 76ers on Monday.",
    )
    for contrast in f.label_contrasts:
        assert "The team" not in texts(contrast.a), contrast.entity


def test_the_company_just_named_and_named_most_is_still_it():
    _, _, f = framing(
        "Apple Inc. sued a supplier on Monday. Apple said the supplier broke a contract. The company wants damages.",
        "Apple Inc. sued a supplier on Monday.",
    )
    assert "The company" in texts(by_entity(f)["Apple Inc"].a)


def test_the_mother_is_not_the_one_girl_named():
    _, _, f = framing(
        "Police said Mary Thomas was shot on her porch. She died in hospital.",
        "Police said Mary Thomas was shot on her porch. She died in hospital. The mother wept in court.",
    )
    thomas = by_entity(f).get("Mary Thomas")
    assert thomas is None or "The mother" not in texts(thomas.b)


def test_the_girl_is_still_the_one_girl_named():
    _, _, f = framing(
        "Police said Mary Thomas was shot on her porch. She died in hospital.",
        "Police said Mary Thomas was shot on her porch. She died in hospital. The girl was in fourth grade.",
    )
    assert "The girl" in texts(by_entity(f)["Mary Thomas"].b)


def test_a_description_the_article_keeps_apart_from_its_own_named_bearer_is_someone_else():
    # B names reporter Bob Woodward and also "a reporter": that one is not Woodward
    _, _, f = framing(
        "Washington Post reporter Bob Woodward wrote the story.",
        "Washington Post reporter Bob Woodward wrote the story. LaRue later spoke to a reporter in Biloxi.",
    )
    woodward = by_entity(f).get("Bob Woodward")
    assert woodward is None or "a reporter" not in texts(woodward.b)


def test_an_unnamed_description_still_pairs_when_its_article_names_nobody_with_that_role():
    _, _, f = framing(
        "A bomb technician died in the blast on Saturday in Woodburn.",
        "Senior Trooper William Hakim, a bomb technician, died in the blast on Saturday in Woodburn.",
    )
    assert "A bomb technician" in texts(by_entity(f)["William Hakim"].a)


def test_a_plural_title_is_the_same_title():
    _, _, f = framing(
        "Washington Post reporters Bob Woodward and Carl Bernstein broke the story in 1972.",
        "Washington Post reporter Bob Woodward broke the story in 1972.",
    )
    woodward = by_entity(f).get("Bob Woodward")
    assert woodward is None or woodward.category == "short form"


def test_descriptions_naming_another_team_do_not_pair_with_the_team():
    _, _, f = framing(
        "The Saints signed Joique Bell from the Philadelphia Eagles practice squad on Monday.",
        "The Saints signed Joique Bell on Monday. The team needs a running back.",
    )
    for contrast in f.label_contrasts:
        assert "the Philadelphia Eagles practice squad" not in texts(contrast.a), contrast.entity


def test_a_verb_in_ing_opening_a_sentence_is_no_given_name():
    from sidebyside.compare.entities import find_entities

    found = {e.text for e in find_entities("Describing Yida as insecure, Isaacs left. Manning Smith spoke.")}
    assert "Yida" in found and "Describing Yida" not in found and "Manning Smith" in found


def test_a_description_of_a_thing_never_joins_an_organisation():
    _, _, f = framing(
        "Vancouver Police arrested a man on Saturday. The police said he had been fired on Thursday.",
        "Workers fled the office on Saturday. A man was arrested in the office.",
    )
    for contrast in f.label_contrasts:
        assert "the office" not in texts(contrast.b), contrast.entity


def test_a_role_the_other_article_names_exactly_wins_over_a_related_one():
    # A names a museum director and, later, an unrelated manager (a director and a manager are
    # both administrators); B's "Its director, <name>" must still join the director, and the
    # title both outlets give is then no title contrast.
    a_short = ("The museum will close its east wing. Museum director Oskar Lindqvist said the "
               "collection would stay on show.")
    a_long = a_short + ("\n\nCafe manager Priya Ramesh urged visitors to keep coming. \"We are open "
                        "as usual,\" she said in a statement.")
    b = ("The museum, which drew record crowds last year, says the repairs cannot wait. Its "
         "director, Oskar Lindqvist, said on Monday that the collection would stay on show.")
    for a in (a_long, a_short):
        f = framing(a, b)[2]
        c = by_entity(f)["Oskar Lindqvist"]
        assert "Its director" in texts(c.b)
        assert c.category != "title"


def test_an_employer_after_of_or_a_chain_noun_is_no_person():
    # "<person> of <name>", "of the <name>", "the bakery chain <name> said": a body, not a person;
    # "a critic of <person>" still names a person
    a = ("Economist Lena Vogt of Tarnow Analytics said prices would rise. Kurt Abel, president of the "
         "Eastmoor Chamber of Trade, agreed. The bakery chain Crumbo said bread would be scarce. "
         "A longtime critic of Walter Brix said the plan was late.")
    b = "Prices rose in the spring, the growers said."
    f = framing(a, b)[2]
    kinds = {o.entity: o.kind for o in f.only_in[0]}
    assert kinds.get("Lena Vogt") == "person" and kinds.get("Walter Brix") == "person"
    for body in ("Tarnow Analytics", "Eastmoor Chamber", "Crumbo"):
        assert kinds.get(body, "absent") != "person", (body, kinds)


# --------------------------------------------------------------------------- ages


def test_a_description_with_the_age_of_the_one_person_named_with_it_is_that_person():
    _, _, f = framing(
        "A 61-year-old man was arrested at the warehouse. Eric Allen Kirkpatrick, 61, was charged with murder.",
        "Police charged Eric Allen Kirkpatrick with murder at the warehouse.",
    )
    c = by_entity(f)["Eric Allen Kirkpatrick"]
    assert "A 61-year-old man" in texts(c.a)


def test_an_unnamed_description_pairs_with_the_other_articles_person_of_that_age():
    _, _, f = framing(
        "A 66-year-old Burnsville woman was killed in the crosswalk.",
        "LuAnn Marie Johnson, 66, was killed in the crosswalk.",
    )
    c = by_entity(f)["LuAnn Marie Johnson"]
    assert texts(c.a) == ["A 66-year-old Burnsville woman"]


def test_an_age_alone_does_not_make_a_woman_of_a_man():
    _, _, f = framing(
        "A 24-year-old woman was hurt in the shooting.",
        "Jonathan Carrasquillo, 24, was charged after the shooting.",
    )
    assert "Jonathan Carrasquillo" not in by_entity(f)


def test_two_people_of_one_age_take_no_description():
    _, _, f = framing(
        "A 20-year-old man was charged after the shooting.",
        "Andrew Lopez, 20, and Marco Diaz, 20, were charged after the shooting.",
    )
    assert not [c for c in f.label_contrasts if c.kind == "person"]


def test_the_age_of_a_possessor_is_not_the_age_of_what_it_owns():
    _, _, f = framing(
        "The 15-year-old's child was taken to hospital. Maria Lopez, 15, was questioned.",
        "Maria Lopez was questioned by police.",
    )
    c = by_entity(f).get("Maria Lopez")
    assert c is None or "The 15-year-old's child" not in texts(c.a)


# --------------------------------------------------------------------------- short names within an article


def test_a_feature_without_its_kind_is_the_feature_in_its_article_too():
    _, _, f = framing(
        "Israeli strikes hit Gaza on Monday, and the Gaza Strip lost power.",
        "Israeli strikes hit Gaza on Monday.",
    )
    c = by_entity(f)["Gaza Strip"]
    assert set(texts(c.a)) == {"Gaza", "Gaza Strip"} and texts(c.b) == ["Gaza"]


def test_a_country_is_not_the_river_named_after_it():
    _, _, f = framing(
        "Jordan said it would open the bridge over the Jordan River.",
        "Jordan said it would open the bridge.",
    )
    assert "Jordan River" not in by_entity(f)


def test_us_with_and_without_stops_is_one_label():
    _, _, f = framing("The U.S. imposed new sanctions on Monday.", "The US imposed new sanctions on Monday.")
    assert not [c for c in f.label_contrasts if c.entity == "United States"]


def test_us_and_washington_the_government_are_a_metonymy_contrast():
    _, _, f = framing("The U.S. imposed new sanctions on Monday.", "Washington said it imposed new sanctions on Monday.")
    c = by_entity(f)["United States"]
    assert texts(c.a) == ["U.S."] and texts(c.b) == ["Washington"]


def test_the_age_alone_is_a_description_of_the_person_of_that_age():
    _, _, f = framing(
        "Eric Allen Kirkpatrick, 61, was charged on Monday. The 61-year-old was held without bail.",
        "Police charged Eric Allen Kirkpatrick on Monday.",
    )
    assert texts(by_entity(f)["Eric Allen Kirkpatrick"].a) == ["Eric Allen Kirkpatrick", "The 61-year-old"]


def test_the_age_alone_joins_no_one_of_another_age():
    _, _, f = framing(
        "Eric Allen Kirkpatrick, 61, was charged on Monday. The 34-year-old was a witness.",
        "Police charged Eric Allen Kirkpatrick on Monday.",
    )
    assert "Eric Allen Kirkpatrick" not in by_entity(f)


def test_a_female_deputy_is_not_a_deputy_with_a_mans_name():
    _, _, f = framing(
        "Nichols shot Deputy Hoyt Teasley outside the courthouse in Atlanta. Teasley died at the scene.",
        "Nichols overpowered a female sheriff's deputy in the courthouse in Atlanta and took her gun.",
    )
    for contrast in f.label_contrasts:
        assert not any("female" in m.text for m in contrast.b), contrast.entity


def test_a_female_deputy_is_the_deputy_with_a_womans_name():
    _, _, f = framing(
        "Nichols overpowered Deputy Cynthia Hall in the courthouse in Atlanta. Hall was badly hurt.",
        "Nichols overpowered a female sheriff's deputy in the courthouse in Atlanta and took her gun.",
    )
    assert any("female" in m.text for m in by_entity(f)["Cynthia Hall"].b)
