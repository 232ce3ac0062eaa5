"""Names and only-in entities as a careful reader checks them on real same-event pairs: initials
written close, a surname that is also a title word, a given name before a known place's name, a
surname both articles write, and "Sr." (each with a case the rule must leave alone)."""

from sidebyside.compare.entities import find_entities
from sidebyside.compare.only_in import match_entities

from .helpers import only_in_names


def _names(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text)}


def test_initials_written_close_stay_with_the_surname():
    names = _names("The tape caught chief of staff H.R. Haldeman telling the president to act.")
    assert "H.R. Haldeman" in names
    assert "R. Haldeman" not in names


def test_letters_with_stops_but_no_name_after_them_are_no_person():
    names = _names("The bill passed as H.R. and went on to the Senate.")
    assert not any("H" in n and "R" in n for n in names)


def test_a_title_word_ending_a_given_name_is_a_surname():
    assert _names("He went to work for Sen. James P. Pope, D-Idaho.").get("James P. Pope") == "person"
    assert "Martin Luther King" in _names("The bureau bugged civil rights leader Martin Luther King for years.")


def test_a_title_word_before_a_name_or_before_of_stays_a_title():
    names = _names("NASA Administrator Jim Bridenstine said the launch would go ahead.")
    assert "Jim Bridenstine" in names and not any("Administrator" in n for n in names)
    names = _names("John Smith President of the firm said nothing.")
    assert "John Smith" in names and "John Smith President" not in names


def test_a_given_name_before_a_known_place_name_is_one_name():
    names = _names("He studied law at George Washington University at night.")
    assert names.get("George Washington University") == "organisation"
    assert "George" not in names


def test_a_given_name_before_a_country_is_not_joined_to_it():
    names = _names("The envoy said Ali Syria would not wait.")
    assert "Ali Syria" not in names


def test_a_surname_the_other_article_also_writes_is_not_only_in():
    a = ("W. Mark Felt, the FBI official known as Deep Throat, died on Thursday. Felt was 95. "
         "His son, Mark Felt Jr., said he died at home. Felt had kept the secret for decades.")
    b = ("Mark Felt, who was Deep Throat, has died. Felt, born William Mark Felt, was 95. "
         "Felt told his family in 2002.")
    only_a, only_b = only_in_names(a, b)
    assert "Felt" not in only_a and "Felt" not in only_b


def test_a_surname_the_other_article_does_not_write_is_only_in():
    a = "Senator Mary Lintner spoke on Monday. Lintner said the vote would wait."
    b = "The vote was put off on Monday, officials said."
    only_a, _ = only_in_names(a, b)
    assert any("Lintner" in n for n in only_a)


def test_senior_is_the_same_man_but_junior_is_his_son():
    a = "W. Mark Felt Sr., the bureau's number two, died on Thursday, his family said."
    b = "W. Mark Felt, the bureau's number two, died on Thursday, his family said."
    only_a, only_b = only_in_names(a, b)
    assert not any("Felt" in n for n in only_a | only_b)
    c = "W. Mark Felt died on Thursday. His son Mark Felt Jr. spoke for the family, his lawyer said."
    d = "Mark Felt, the bureau's number two, died on Thursday, his family said."
    only_c, _ = only_in_names(c, d)
    assert any("Jr" in n for n in only_c)


def test_a_generation_mark_alone_is_the_same_man():
    a = "Assistant Attorney General L. Patrick Gray III was named acting director, officials said."
    b = "Nixon chose L. Patrick Gray as acting director, officials said."
    only_a, only_b = only_in_names(a, b)
    assert not any("Gray" in n for n in only_a | only_b)


def test_a_generation_mark_on_a_name_the_finder_cannot_type_is_the_same_man():
    a = "Police said they had located Anthony LaCalamita, 38, on Interstate 75."
    b = "Anthony LaCalamita III, 38, said nothing after officers surrounded him, the sheriff said."
    only_a, only_b = only_in_names(a, b)
    assert not any("LaCalamita" in n for n in only_a | only_b)
    c = "Anthony LaCalamita died in 1990. His son Anthony LaCalamita III, 38, was arrested, police said."
    only_c, _ = only_in_names(c, a)
    assert any("III" in n for n in only_c)  # a family named: the mark tells the son apart


def test_initials_in_capitals_are_the_name_spelled_out_there():
    a = "He spent WWII tracking German spies before the FBI promoted him."
    b = "He spent World War II tracking German spies before the bureau promoted him."
    only_a, only_b = only_in_names(a, b)
    assert "WWII" not in only_a and "World War II" not in only_b
    c = "Burglars broke into the DNC offices in June, police said."
    d = "Burglars broke into the Democratic National Committee offices in June, police said."
    only_c, only_d = only_in_names(c, d)
    assert "DNC" not in only_c and "Democratic National Committee" not in only_d


def test_initials_that_fit_two_names_or_none_stay_apart():
    a = "The DNC met in June, police said."
    b = ("The Democratic National Committee and the Delaware Nature Council met in June. "
         "The Democratic National Committee chair spoke.")
    only_a, _ = only_in_names(a, b)
    assert "DNC" in only_a
    c = "The NRA met in June, police said."
    d = "The National Football League met in June, police said."
    only_c, _ = only_in_names(c, d)
    assert "NRA" in only_c


def test_hyphenated_word_inside_a_name_stays_in_it():
    names = _names("Officials of the Committee for the Re-election of the President were charged.")
    assert any(n.startswith("Committee for the Re-election") for n in names)
    assert "Committee for the Re" not in names and "election" not in names


def test_a_letter_before_a_hyphen_is_not_joined_to_a_name():
    names = _names("Vendors sold Bettie Page T-shirts outside.")
    assert "Bettie Page" in names


def test_a_head_noun_types_a_name():
    assert _names("Days before Pearl Harbor, he left for the capital.").get("Pearl Harbor") == "place"
    assert _names("He was a cub reporter at the Montgomery County Sentinel, a weekly.").get(
        "Montgomery County Sentinel") == "organisation"


def test_a_dash_written_as_a_hyphen_after_a_name_ends_it():
    names = _names("Most are members of the Democratic Party of Turkmenistan-a political force built in 1991.")
    assert "Democratic Party of Turkmenistan" in names
    assert not any(n.endswith("-a") for n in names)


def test_a_participle_after_a_hyphen_is_not_part_of_the_name():
    names = _names("The Washington Post's Pulitzer Prize-winning coverage began in June.")
    assert "Pulitzer Prize" in names and "Pulitzer Prize-winning" not in names


def _loaded(text: str) -> list[str]:
    from sidebyside.compare import article_quotes
    from sidebyside.compare.loaded import find_loaded_terms
    return [text[h.start:h.end].lower() for h in find_loaded_terms(text, quotes=article_quotes(text))]


def test_historical_and_legal_compounds_are_plain():
    assert "nazi" not in _loaded("He joined the bureau in 1942 and worked as a Nazi hunter during the war.")
    assert "corruption" not in _loaded("Officials tried to block the bureau's corruption investigation, and he was furious.")


def test_the_same_words_judging_are_still_loaded():
    assert "nazi" in _loaded("The mayor called the reckless councillor a Nazi at the meeting on Monday.")
    assert "corruption" in _loaded("The corruption of this shameless government disgusts the whole nation.")


def _labels_of(text_a: str, text_b: str, name: str) -> set[str]:
    from sidebyside.compare.framing import analyse_framing

    from .helpers import article
    f = analyse_framing(article(text_a), article(text_b))
    return {m.text for c in f.label_contrasts if name in c.entity or any(name in m.text for m in c.a + c.b)
            for m in c.a + c.b}


def test_an_associate_director_is_not_the_director_named_below():
    a = ("Felt, the associate director of the bureau, died on Thursday at 95. "
         "In 1972 Nixon passed him over and named interim FBI director L. Patrick Gray to lead the bureau. "
         "Gray later resigned.")
    b = "Nixon chose L. Patrick Gray to lead the bureau in 1972. Gray later resigned, officials said."
    assert "the associate director" not in _labels_of(a, b, "Gray")


def test_a_director_introduced_first_is_the_director_named_below():
    a = ("The director of the bureau resigned on Thursday. "
         "In a statement, FBI director L. Patrick Gray said he had destroyed no files. "
         "Gray later left Washington.")
    b = "L. Patrick Gray resigned on Thursday, officials said. Gray later left Washington."
    # (the label is the whole description, its "of" phrase too)
    assert "The director of the bureau" in _labels_of(a, b, "Gray")


def _contrast_labels(text_a: str, text_b: str) -> list[set[str]]:
    from sidebyside.compare.framing import analyse_framing

    from .helpers import article
    f = analyse_framing(article(text_a), article(text_b))
    return [{m.text for m in c.a + c.b} for c in f.label_contrasts]


def test_a_seat_of_government_is_not_the_country_as_a_place():
    a = "The White House said the agency must stop the inquiry, aides recalled on Friday."
    b = "It was one of the United States' great political mysteries, aides recalled on Friday."
    assert not any({"White House", "United States"} <= labels for labels in _contrast_labels(a, b))


def test_a_seat_of_government_is_the_country_acting():
    a = "The Kremlin said on Monday it would answer the sanctions within days."
    b = "Russia said on Monday it would answer the sanctions within days."
    assert any({"Kremlin", "Russia"} <= labels or {"The Kremlin", "Russia"} <= labels
               for labels in _contrast_labels(a, b))


def test_possessed_or_indefinite_descriptions_join_only_by_the_same_noun():
    a = "Nixon and his aides denied it for months, the records show."
    b = "He told the jury that presidents and their officers had a right to search homes."
    assert not any({"his aides", "their officers"} <= labels for labels in _contrast_labels(a, b))


def test_the_newspaper_of_an_article_that_names_one_is_its_own():
    a = ("He met Woodward when Woodward was a reporter at the Montgomery County Sentinel, a suburban "
         "Maryland newspaper, in 1970.")
    b = ("Felt fed The Washington Post for months. He kept the newspaper on the trail of the "
         "burglars, Woodward said.")
    assert not any("the newspaper" in labels and "Montgomery County Sentinel" in labels
                   for labels in _contrast_labels(a, b))


def test_a_given_name_after_an_initial_counts_as_a_given_name():
    a = "Mark Feldstein, a professor, said on Thursday that the source had died."
    b = "W. Mark Felt died on Thursday. His grandson said that Mark was a patriot."
    match = match_entities(find_entities(a), find_entities(b), texts=(a, b))
    assert match.key_maps[1].get("mark") != "mark feldstein"
    c = "Mark Feldstein, a professor, said on Thursday that the source had died."
    d = "The professor spoke on Thursday. His student said that Mark had read the files."
    match = match_entities(find_entities(c), find_entities(d), texts=(c, d))
    assert match.key_maps[1].get("mark") == "mark feldstein"
