"""Given names with their sex from the 1990 US Census (resources/attribution/given_names.tsv): a
pronoun skips a person whose given name is of the other sex, a name of both sexes tells nothing,
and a name that is a common word is no name of either. Invented people and events."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from speaker_lookup import speaker_of

from sidebyside.compare.attribution.vocabulary import _first_names
from sidebyside.name_lists import given_names, wide_given_names
from sidebyside.resources import census_given_names

BUILD = Path(__file__).resolve().parents[2] / "resources" / "attribution" / "build_given_names.py"


def _build_module():
    spec = importlib.util.spec_from_file_location("build_given_names", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_census_names_tell_the_pronoun():
    names = _first_names()
    assert names["howard"] == "he"
    assert {names[n] for n in ("edith", "marlene", "renee", "miriam")} == {"she"}


def test_names_of_both_sexes_and_common_words_tell_no_pronoun():
    names = _first_names()
    for name in ("jordan", "leslie", "kelly", "robin"):
        assert name not in names, name
        assert census_given_names()[name] == "both"
    for word in ("will", "may", "june", "hope", "grant", "faith", "guy", "art"):
        assert word not in names and word not in given_names(), word
    assert census_given_names()["santa"] == "word" and "santa" not in names  # "Santa Rosa", a place
    assert census_given_names()["sasha"] == "rare" and "sasha" not in names  # too rare in 1990 to tell


def test_the_census_list_is_the_one_list_of_given_names_without_sex():
    assert {"howard", "jordan", "santa"} <= wide_given_names()
    assert "will" not in wide_given_names()


def test_build_threshold_and_word_filter():
    build = _build_module()
    male = {"john": 3.0, "hobart": 0.05, "jorry": 0.04, "will": 0.2, "walkman": 0.001}
    female = {"edna": 0.1, "jorry": 0.03, "hobart": 0.001}
    zipf = {"john": 5.4, "will": 6.0, "walkman": 4.0}
    table = build.sexes(male, female, zipf, sex_share=0.95, word_zipf=4.5, word_excess=1.5)
    assert table["hobart"] == "male" and table["edna"] == "female"
    assert table["jorry"] == "both"  # 57 % men: no sex
    assert "will" not in table  # a common word first
    assert table["walkman"] == "word"  # far commoner in text than its share explains
    assert build.sexes(male, female, zipf, sex_share=0.5, word_zipf=4.5, word_excess=1.5)["jorry"] == "male"
    rare = build.sexes(male, female, zipf, sex_share=0.95, word_zipf=4.5, word_excess=1.5, min_per_cent=0.06)
    assert rare["hobart"] == "rare" and rare["edna"] == "female"  # 0.05 % of men: no sex


def test_a_pronoun_skips_a_person_of_the_other_sex():
    met = 'Howard Lime met Edith Marr on Tuesday.\n\n"The wall will hold," she said.\n'
    assert speaker_of(met, "The wall") == "Edith Marr"
    met = 'Edith Marr met Howard Lime on Tuesday.\n\n"The wall will hold," he said.\n'
    assert speaker_of(met, "The wall") == "Howard Lime"
    met = 'Miriam Dace met Jordan Vale on Monday.\n\n"We will sail at dawn," he said.\n'
    assert speaker_of(met, "We will") != "Miriam Dace"


def test_a_name_of_both_sexes_is_never_ruled_out():
    for pronoun in ("he", "she"):
        text = f'Leslie Crane runs the ferry.\n\n"We will sail at dawn," {pronoun} said.\n'
        assert speaker_of(text, "We will") == "Leslie Crane"


def test_will_as_a_name_and_as_a_verb():
    assert speaker_of('"The ferry will run again by spring," Will Brandt said on Monday.\n', "The ferry") == "Will Brandt"
    text = 'Talks between the two towns will continue next week.\n\n"We have time," the mayor, Petra Holm, said.\n'
    assert speaker_of(text, "We have") == "Petra Holm"
