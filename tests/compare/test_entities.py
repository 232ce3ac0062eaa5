"""Rule-based entity finding: chunking, titles, demonyms, gazetteer, coreference, offsets."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities, name_key


def by_text(text):
    return {e.text: e for e in find_entities(text)}


def test_spans_slice_exactly_and_are_ordered():
    text = "Syrian Foreign Minister Faisal Mekdad met Turkey’s envoy in Damascus. Mekdad said “no”."
    ents = find_entities(text)
    assert ents == sorted(ents, key=lambda e: (e.start, -e.end))
    for e in ents:
        assert text[e.start : e.end] == e.text


def test_titles_before_names_are_not_part_of_the_name():
    ents = by_text("Turkish President Recep Tayyip Erdogan spoke to Syrian Foreign Minister Faisal Mekdad.")
    assert ents["Recep Tayyip Erdogan"].kind == "person"
    assert ents["Faisal Mekdad"].kind == "person"
    assert "President Recep Tayyip Erdogan" not in ents


def test_lower_case_role_marks_a_person():
    ents = by_text("The talks were confirmed by foreign policy adviser Kalin and spokesperson Dmitry Peskov.")
    assert ents["Kalin"].kind == "person"
    assert ents["Dmitry Peskov"].kind == "person"


def test_demonyms_and_possessives_link_to_countries():
    ents = find_entities("Turkey's leader met Syrian officials and the Russian-Turkish commission.")
    keys = [(e.text, e.key, e.via) for e in ents if e.kind == "place"]
    assert ("Turkey", "turkey", "name") in keys
    assert ("Syrian", "syria", "demonym") in keys
    assert ("Russian", "russia", "demonym") in keys
    assert ("Turkish", "turkey", "demonym") in keys


def test_coreference_of_surnames_accents_and_particle_case():
    text = (
        "Syrian President Bashar Al-Assad received Recep Tayyip Erdoğan. "
        "Later, Assad said Erdogan was welcome. Al-Assad added more."
    )
    ents = find_entities(text)
    assad = [e for e in ents if e.key == name_key("Bashar al-Assad")]
    assert {e.text for e in assad} == {"Bashar Al-Assad", "Assad", "Al-Assad"}
    assert all(e.name == "Bashar al-Assad" for e in assad)
    erdogan = [e for e in ents if e.key == "recep tayyip erdogan"]
    assert {e.text for e in erdogan} == {"Recep Tayyip Erdoğan", "Erdogan"}


def test_name_particles_join_names():
    ents = by_text("Officials said Hayat Tahrir al-Sham and Ursula von der Leyen were mentioned.")
    assert "Hayat Tahrir al-Sham" in ents
    assert "Ursula von der Leyen" in ents
    assert ents["Ursula von der Leyen"].kind == "person"


def test_organisation_names_with_of():
    ents = by_text("A report by the Ministry of Foreign Affairs and the Bank of England.")
    assert ents["Ministry of Foreign Affairs"].kind == "organisation"
    assert ents["Bank of England"].kind == "organisation"


def test_sentence_initial_common_words_are_not_entities():
    ents = by_text("Analysts say the deal matters. Meanwhile, talks began. Diplomats met. Complex questions remain.")
    assert not {"Analysts", "Meanwhile", "Diplomats", "Complex"} & set(ents)


def test_sentence_initial_name_is_kept_when_capitalised_elsewhere():
    ents = find_entities("Putin arrived. Talks with Putin began on Monday in Moscow.")
    assert [e.text for e in ents if e.key == "putin"] == ["Putin", "Putin"]
    assert not any(e.text == "Monday" for e in ents)  # calendar words are not entities


def test_hyphenated_compounds_split_into_countries():
    ents = find_entities("The Syria-Turkey rapprochement and a Chinese-brokered deal.")
    assert [e.key for e in ents if e.kind == "place"] == ["syria", "turkey", "china"]


def test_event_nouns_and_named_events():
    ents = find_entities("After the earthquake, the Syrian Civil War and two earthquakes were discussed.")
    events = [(e.text, e.key) for e in ents if e.kind == "event"]
    assert ("earthquake", "event:earthquake") in events
    assert ("earthquakes", "event:earthquake") in events
    assert ("Syrian Civil War", "syrian civil war") in events


def test_media_and_organisations_from_gazetteer():
    ents = by_text("He told Sputnik and the Kremlin, as NATO and the UN watched.")
    assert ents["Sputnik"].via == "media"
    assert ents["Kremlin"].kind == "organisation"
    assert ents["NATO"].kind == "organisation"


def test_pronoun_us_is_not_the_united_states():
    ents = find_entities("Let us talk. The US responded.")
    assert [e.text for e in ents if e.key == "united states"] == ["US"]


def test_empty_and_lowercase_text():
    assert find_entities("") == []
    assert find_entities("nothing here is capitalised at all") == []


def test_peoples_and_faiths_are_groups():
    ents = find_entities("Syrians and Kurds fled. Kurdish fighters and Alawite villagers met Turks.")
    groups = {(e.text, e.key) for e in ents if e.kind == "group"}
    assert groups == {("Syrians", "syrians"), ("Kurds", "kurds"), ("Kurdish", "kurds"), ("Alawite", "alawites"), ("Turks", "turks")}


def test_famous_and_surname_only_people_from_context():
    # a surname alone is a person's when the text shows one (here "he"; see test_entities_kinds14)
    ents = by_text("Later Barack Obama said yes. On Monday, Trump said he would not. Election Day said nothing.")
    assert ents["Barack Obama"].kind == "person"
    assert ents["Trump"].kind == "person"
    assert ents["Election Day"].kind != "person"  # all common words: not a person's name


def test_shouted_words_are_not_people():
    assert not [e for e in find_entities("It was KIND OF SCARY, said the fan.") if e.kind == "person"]


def test_titles_before_people_are_kept_on_the_entity():
    text = (
        "Syrian Foreign Minister Faisal Mekdad met Kremlin spokesperson Dmitry Peskov and "
        "Turkey's Recep Tayyip Erdogan. Mekdad left."
    )
    titles = {e.text: e.title for e in find_entities(text) if e.kind == "person"}
    assert titles == {
        "Faisal Mekdad": "Syrian Foreign Minister",
        "Dmitry Peskov": "Kremlin spokesperson",
        "Recep Tayyip Erdogan": "Turkey's",
        "Mekdad": None,
    }


def test_acronym_introduced_in_brackets():
    text = "The Kurdistan Workers Party (PKK) denied it. Later the PKK said more."
    pkk = [e for e in find_entities(text) if e.key == name_key("Kurdistan Workers Party")]
    assert [e.text for e in pkk] == ["Kurdistan Workers Party", "PKK", "PKK"]


def test_lower_case_particle_starting_a_name_mid_sentence():
    text = "Bashar al-Assad arrived. Putin greeted al-Assad warmly."
    ents = [e for e in find_entities(text) if e.key == "bashar al assad"]
    assert [e.text for e in ents] == ["Bashar al-Assad", "al-Assad"]


def test_institution_named_after_its_town_is_one_name():
    text = "Dr Samira Awad, the director of Qasr al-Nour General Hospital, spoke. The road east of Qasr al-Nour closed."
    ents = {e.text: e.kind for e in find_entities(text)}
    assert ents["Qasr al-Nour General Hospital"] == "organisation"
    assert ents["Qasr al-Nour"] == "place"
    assert ents["Samira Awad"] == "person"


def test_assimilated_arabic_article_keeps_the_name_whole():
    ents = [e.text for e in find_entities("The convoy reached Qasr an-Nur and ash-Sham at dawn, an American said.")]
    assert "Qasr an-Nur" in ents and "ash-Sham" in ents
    assert "American" in ents  # English "an" before a name is no particle


def test_capitals_do_not_make_a_closed_class_word_part_of_a_name():
    ents = find_entities("Police said WINSTON BLACKMORE AND JAMES OLER were charged.")
    assert [e.text for e in ents] == ["WINSTON BLACKMORE", "JAMES OLER"]


def test_a_name_inside_a_hyphenated_name_is_not_looked_up_alone():
    assert [e.text for e in find_entities("A store near the Champs-Elysee was robbed.")] == ["Champs-Elysee"]


def test_a_person_is_not_joined_to_an_employer_through_of():
    ents = find_entities("Capt. Tom Tennant of the Woodburn Police Department was killed.")
    assert "Woodburn Police Department" in [e.text for e in ents]
    assert not any("Tennant of" in e.text for e in ents)


def test_middle_initials_stay_inside_the_name():
    ents = by_text("Frederick C. LaRue died on Saturday. W. Mark Felt was Deep Throat.")
    assert "Frederick C. LaRue" in ents and "W. Mark Felt" in ents
    assert name_key("W. Mark Felt") == "w mark felt"


def test_names_with_a_possessive_a_team_number_or_a_known_head():
    ents = by_text("She was hit outside the Sam's Club in Bloomington. Pirates roam the Gulf of Aden. "
                   "The Philadelphia 76ers fired their coach.")
    assert ents["Sam's Club"].kind == "organisation"
    assert ents["Gulf of Aden"].kind == "place"
    assert ents["Philadelphia 76ers"].kind == "organisation"
    # but a country's possessive before a person's name stays apart
    ents = by_text("Turkey's Recep Tayyip Erdogan spoke.")
    assert "Turkey" in ents and "Recep Tayyip Erdogan" in ents


def test_an_article_opens_another_name_after_and():
    ents = by_text("The news came from Gary Ross and The Hollywood Reporter on Monday.")
    assert ents["Gary Ross"].kind == "person"
    assert name_key(ents["The Hollywood Reporter"].text) == "hollywood reporter"


def test_a_line_in_capitals_is_not_one_long_name():
    text = ("POLYGAMIST LEADERS WINSTON BLACKMORE AND JAMES OLER ARRESTED IN CANADA\n\n"
            "Police arrested Winston Blackmore and James Oler, leaders of a polygamist sect.")
    ents = [e.text for e in find_entities(text)]
    assert "WINSTON BLACKMORE" in ents and "JAMES OLER" in ents and "CANADA" in ents
    assert not [e for e in ents if "LEADERS" in e or "ARRESTED" in e]


def test_a_pronoun_after_said_tells_a_company_from_a_person():
    ents = by_text("Shares rose. Later Apple said its phones would cost more.")
    assert ents["Apple"].kind == "organisation"
    ents = by_text("Shares rose. Later Medvedev said he would go.")
    assert ents["Medvedev"].kind == "person"


def test_a_business_head_makes_an_organisation_and_a_port_a_place():
    ents = by_text("The port operator, Alvik Terminals, said work at Port Alvik and Fort Smith would resume.")
    assert ents["Alvik Terminals"].kind == "organisation"
    assert ents["Port Alvik"].kind == "place"
    assert ents["Fort Smith"].kind == "place"


def test_a_dateline_in_capitals_is_a_place():
    ents = by_text("ALVIK, June 2 (WNA) - Dock workers began a strike on Monday.")
    assert ents["ALVIK"].kind == "place"


def test_an_acronym_opening_a_paragraph_without_a_dateline_stays_an_organisation():
    ents = by_text("Opening words here.\n\nNATO, the alliance, said it would meet again.")
    assert ents["NATO"].kind == "organisation"


def test_letters_with_full_stops_are_the_country_they_abbreviate():
    ents = by_text("The U.S. and the U.K. signed, and in the U.S., people cheered.")
    assert ents["U.S"].key == "united states" and ents["U.S"].kind == "place"
    assert ents["U.K"].key == "united kingdom"


def test_initials_of_a_person_are_no_country():
    ents = find_entities("J.R. Smith scored 20 points.")
    assert not [e for e in ents if e.kind == "place"]


def test_a_title_after_a_team_ends_the_teams_name():
    ents = by_text("Philadelphia 76ers Coach Maurice Cheeks was fired, and the Portland Trailblazers Coach said so.")
    assert ents["Philadelphia 76ers"].kind == "organisation"
    assert ents["Maurice Cheeks"].kind == "person"
    assert "Portland Trailblazers" in ents and "Portland Trailblazers Coach" not in ents
    assert "Qasr al-Nour General Hospital" in by_text("Qasr al-Nour General Hospital was hit.")


def test_court_offices_before_names_are_titles_not_names():
    ents = by_text(
        "Assistant District Attorney Mara Quist questioned the witness, and Deputy Public Defender "
        "Leon Hart objected. Albany County District Attorney Ruth Vance watched."
    )
    assert {"Mara Quist", "Leon Hart", "Ruth Vance"} <= set(ents)
    assert not {"Assistant District", "Public", "Albany County District"} & set(ents)
    assert ents["Albany County"].kind != "person"


def test_a_street_named_the_french_way_is_a_place_not_a_person():
    ents = by_text("Robbers entered a boutique on the chic Avenue Montaigne. Rue Saint-Denis was closed.")
    assert ents["Avenue Montaigne"].kind == "place"
    assert ents["Rue Saint-Denis"].kind == "place"


def test_a_name_after_the_new_is_a_model_not_a_person():
    # "a new Mac Mini", "the new Curve will ...": no person is "a new X"
    kinds = {e.text: e.kind for e in find_entities("Apple unveiled a new Mac Mini on Tuesday, priced at $599.")}
    assert kinds["Mac Mini"] != "person"
    text = ("T-Mobile will sell the BlackBerry Curve 8900 next month. The new BlackBerry Curve 8900 features "
            "a camera, and the Curve 8900 supports Wi-Fi.")
    assert all(e.kind != "person" for e in find_entities(text) if "Curve" in e.text)


def test_a_name_after_the_new_that_makes_a_work_stays_a_person():
    # negatives: the director of a new film, and a person's name elsewhere in the sentence
    kinds = {e.text: e.kind for e in find_entities("Nicole Kidman stars in the new Baz Luhrmann film, a period drama.")}
    assert kinds["Baz Luhrmann"] == "person"
    kinds = {e.text: e.kind for e in find_entities("John Smith said the new plan would work.")}
    assert kinds["John Smith"] == "person"
