"""Label contrasts on hand-written article pairs: titles before names and label families."""

from __future__ import annotations

import json

from sidebyside.compare.framing import analyse_framing

from .helpers import article


def contrasts(text_a, text_b):
    return analyse_framing(article(text_a), article(text_b)).label_contrasts


def texts(mentions):
    return [m.text for m in mentions]


def test_title_contrast_for_the_same_person():
    found = contrasts(
        "Venezuelan President Nicolas Maduro spoke on Tuesday. Maduro said talks would go on.",
        "Venezuelan strongman Nicolas Maduro spoke on Tuesday.",
    )
    assert len(found) == 1
    c = found[0]
    assert c.entity == "Nicolas Maduro"
    # every mention of the person on each side, the title with the name
    assert texts(c.a) == ["Venezuelan President Nicolas Maduro", "Maduro"]
    assert texts(c.b) == ["Venezuelan strongman Nicolas Maduro"]
    assert "strongman" in c.category
    assert [(x.label, x.count) for x in c.labels[1]] == [("Venezuelan strongman Nicolas Maduro", 1)]


def test_possessive_without_title_contrasts_with_title():
    found = contrasts(
        "Hungarian Prime Minister Viktor Orbán met officials.",
        "Hungary's Viktor Orban met officials.",
    )
    assert [(texts(c.a), texts(c.b)) for c in found] == [
        (["Hungarian Prime Minister Viktor Orbán"], ["Hungary's Viktor Orban"])
    ]


def test_same_title_in_other_words_is_not_a_contrast():
    assert not contrasts(
        "Russian President Vladimir Putin met the press.",
        "Russia's President Vladimir Putin met the press.",
    )


def test_a_shorter_form_of_the_same_title_is_the_least_telling_difference():
    found = contrasts(
        "Russian President Vladimir Putin met the press. Putin smiled.",
        "Russia's President Vladimir Putin met the press. President Putin smiled.",
    )
    assert [c.category for c in found] == ["short form"]
    assert found[0].telling < 0.5


def test_person_named_by_one_article_only_gives_no_contrast():
    assert not contrasts("Syrian President Bashar al-Assad spoke.", "Syrian leader Hafez Makhlouf spoke.")


def test_label_family_contrast_anchored_to_the_same_place():
    found = contrasts(
        "Residents protested against the Israeli occupation of the Golan Heights.",
        "Residents protested against the presence of Israeli troops in the Golan Heights.",
    )
    assert len(found) == 1
    c = found[0]
    assert c.category == "occupation/presence"
    assert texts(c.a) == ["Israeli occupation of the Golan Heights"]
    assert texts(c.b) == ["presence of Israeli troops in the Golan Heights"]
    assert "Israeli" in c.entity


def test_family_contrast_names_the_place():
    found = contrasts("Leaders discussed the war in Ukraine.", "Leaders discussed the invasion of Ukraine.")
    assert [(texts(c.a), texts(c.b), c.entity) for c in found] == [
        (["war in Ukraine"], ["invasion of Ukraine"], "Ukraine conflict")
    ]


def test_same_family_term_in_both_is_no_contrast():
    assert not contrasts("Leaders discussed the war in Ukraine.", "Talks on the war in Ukraine stalled.")


def test_family_terms_about_different_places_are_not_paired():
    assert not contrasts(
        "The rebels in Idlib shelled a village.",
        "Militants in Mali attacked a convoy.",
    )


def test_presence_needs_a_military_word_nearby():
    assert not contrasts(
        "The occupation of Crimea by Russia continued.",
        "The presence of journalists in Crimea was restricted.",
    )


def test_killed_versus_martyred():
    found = contrasts("Three Palestinians were killed in Jenin.", "Three Palestinians were martyred in Jenin.")
    assert [(texts(c.a), texts(c.b)) for c in found] == [(["killed in Jenin"], ["martyred in Jenin"])]
    assert found[0].category == "killed/martyred/died"


def test_a_place_that_is_a_word_of_a_longer_name_is_no_place_of_the_deaths():
    # "murder of Los Angeles County Sheriff's Deputy Jerry Ortiz": the deputy was murdered, not the
    # county; the contrast keeps to the two words (a real court story read this as "deaths in Los
    # Angeles County")
    found = contrasts("He was convicted of the 2005 murder of Los Angeles County Sheriff's Deputy Jerry Ortiz.",
                      "He was convicted of the slaying of Los Angeles County Sheriff's Deputy Jerry Ortiz.")
    assert [(texts(c.a), texts(c.b)) for c in found if c.category == "killed/martyred/died"] == [
        (["murder"], ["slaying"])]


def test_apposition_after_the_name():
    found = contrasts(
        "Talks were led by Bashar al-Assad, the Syrian president, in Damascus.",
        "Talks were led by Bashar al-Assad, the Syrian dictator, in Damascus.",
    )
    assert [(texts(c.a), texts(c.b)) for c in found] == [
        (["Bashar al-Assad", "the Syrian president"], ["Bashar al-Assad", "the Syrian dictator"])
    ]
    assert found[0].category == "leader/president/dictator/strongman"
    assert found[0].kind == "person"


def test_an_apposition_keeps_its_of_phrase():
    found = contrasts(
        "Talks were led by Bashar al-Assad, the president of Syria.",
        "Talks were led by Bashar al-Assad, the leader of a wartime state.",
    )
    assert [(texts(c.a), texts(c.b)) for c in found] == [
        (["Bashar al-Assad", "the president of Syria"], ["Bashar al-Assad", "the leader of a wartime state"])
    ]


def test_an_open_apposition_is_not_a_label():
    assert not contrasts(
        "Talks were led by Bashar al-Assad, the president said.",
        "Talks were led by Bashar al-Assad, officials said.",
    )


def test_user_label_family(tmp_path, monkeypatch):
    (tmp_path / "terms").mkdir()
    family = {"id": "strike/walkout", "entity": "{place} labour dispute", "terms": ["strike", "walkout", "industrial action"]}
    (tmp_path / "terms" / "labour.json").write_text(json.dumps({"label_families": [family]}))
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    found = contrasts("Dockers began a strike in Rotterdam.", "Dockers began industrial action in Rotterdam.")
    assert [(c.category, texts(c.a), texts(c.b), c.entity) for c in found] == [
        ("strike/walkout", ["strike in Rotterdam"], ["industrial action in Rotterdam"], "Rotterdam labour dispute")
    ]


def test_contested_place_names():
    found = contrasts(
        "Drones hit Kyiv and Kharkiv overnight. Kyiv said air defences worked.",
        "Drones hit Kiev and Kharkiv overnight, officials in Kiev said.",
    )
    # "Kyiv said" is the government (metonymy, named by A only); the city is Kyiv / Kiev
    assert [(c.entity, c.category, texts(c.a), texts(c.b)) for c in found] == [
        ("Kyiv", "place name", ["Kyiv"], ["Kiev", "Kiev"])
    ]


def test_multi_word_contested_name_with_lower_case_words():
    found = contrasts("Settlements in the West Bank grew.", "Settlements in Judea and Samaria grew.")
    assert [(c.entity, texts(c.a), texts(c.b)) for c in found][0] == ("West Bank", ["West Bank"], ["Judea and Samaria"])


def test_name_compound_before_a_label():
    found = contrasts("The Assad regime in Syria denied it.", "The Syrian government in Syria denied it.")
    assert [(texts(c.a), texts(c.b)) for c in found] == [(["Assad regime"], ["Syrian government"])]


def test_labels_inside_quotations_are_the_speakers_not_the_outlets():
    from sidebyside.compare import article_quotes

    text_a = 'Egyptian President Abdel Fattah el-Sisi spoke. "Egyptian leader Abdel Fattah el-Sisi is wise," a fan said.'
    text_b = "Egyptian leader Abdel Fattah el-Sisi spoke."
    a, b = article(text_a), article(text_b)
    quotes = (article_quotes(a.text), article_quotes(b.text))
    found = analyse_framing(a, b, quotes).label_contrasts
    assert [(texts(c.a), texts(c.b)) for c in found] == [
        (["Egyptian President Abdel Fattah el-Sisi"], ["Egyptian leader Abdel Fattah el-Sisi"])
    ]
    # a label the outlet only quotes gives no contrast
    a2 = article('He spoke. "Egyptian President Abdel Fattah el-Sisi is wise," a fan said.')
    assert not analyse_framing(a2, b, (article_quotes(a2.text), ())).label_contrasts


def test_words_of_one_variant_do_not_contrast():
    assert not contrasts("Russian forces shelled Kharkiv.", "Russian troops shelled Kharkiv.")


def test_neutral_forces_against_occupation_army():
    found = contrasts("Israeli forces raided Jenin.", "The Israeli occupation army raided Jenin.")
    assert [(c.category, texts(c.a), texts(c.b)) for c in found] == [
        ("occupation/presence", ["Israeli forces"], ["Israeli occupation army"])
    ]


def test_synonymous_titles_are_not_a_contrast():
    assert not contrasts(
        "Israeli Prime Minister Benjamin Netanyahu spoke.", "Israeli premier Benjamin Netanyahu spoke."
    )


def test_labels_paired_through_a_name_elsewhere_in_the_sentence():
    found = contrasts(
        "Hamas militants fired rockets, the army said.",
        "Resistance fighters fired rockets at dawn, a Hamas spokesman said.",
    )
    assert [(c.category, texts(c.a), texts(c.b)) for c in found] == [
        ("militants/fighters/rebels/terrorists/insurgents", ["Hamas militants"], ["Resistance fighters"])
    ]


def test_descriptor_phrase_before_the_name():
    found = contrasts(
        "President Volodymyr Zelensky asked for weapons.",
        "The head of the Kiev regime, Vladimir Zelensky, again asked for weapons.",
    )
    people = [c for c in found if "Zelensky" in c.entity]
    assert [(texts(c.a), texts(c.b)) for c in people] == [
        (["President Volodymyr Zelensky"], ["The head of the Kiev regime", "Vladimir Zelensky"])
    ]


GAZA_A = (
    "Israeli forces killed 12 Palestinians in Gaza on Tuesday, the Gaza health ministry said. The Israel "
    "Defense Forces said its troops targeted Hamas militants who had fired rockets at southern Israel."
)
GAZA_B = (
    "Twelve Palestinians were martyred in Gaza on Tuesday as the Israeli occupation army pressed its "
    "aggression, the Palestinian health ministry said. Resistance fighters responded with rockets, a Hamas "
    "spokesman told Al Mayadeen."
)


def test_realistic_pair_gives_each_contrast_once():
    found = {c.category: (texts(c.a), texts(c.b)) for c in contrasts(GAZA_A, GAZA_B)}
    assert found == {
        "occupation/presence": (["Israeli forces"], ["Israeli occupation army"]),
        "killed/martyred/died": (["killed"], ["martyred in Gaza"]),
        "militants/fighters/rebels/terrorists/insurgents": (["Hamas militants"], ["Resistance fighters"]),
    }


def test_a_label_near_other_names_is_not_paired_with_them():
    # "offensive" sits near Turkey; "campaign in Ukraine" is about Ukraine: no contrast
    assert not contrasts(
        "Turkey has not discarded the option of a ground offensive, officials in Ankara said.",
        "Analysts backed Moscow's military campaign in Ukraine.",
    )


def test_a_unions_president_and_its_leader_are_no_contested_leader_words():
    """reader31: "Union president Gail Moreno" / "Its leader Gail Moreno" were filed under the
    contested "leader / president / dictator / strongman"; the family contests how a country's head
    is named ("Syrian President" / "Syrian leader"), or a charged word for anyone."""
    union = contrasts("Teachers walked out on Monday. Union president Ada Vell said the strike would go on.",
                      "Teachers walked out on Monday. Its leader Ada Vell said the strike would go on.")
    assert union and all(c.category != "leader/president/dictator/strongman" for c in union)
    charged = contrasts("Teachers walked out on Monday. Union president Ada Vell said the strike would go on.",
                        "Teachers walked out on Monday. The union's strongman Ada Vell said the strike would go on.")
    assert any(c.category == "leader/president/dictator/strongman" for c in charged)
    country = contrasts("Talks were led by Syrian President Bashar al-Assad in Damascus.",
                        "Talks were led by Syrian leader Bashar al-Assad in Damascus.")
    assert [c.category for c in country] == ["leader/president/dictator/strongman"]
