"""Wire copy's spacing and one word's spellings: "200, 000" is never a flagged count, "5. 4 per cent" and
"Aoraki-Mt. Cook" end no sentence, "Wi-Fi" / "WiFi" / "wifi" are one word; with the negatives
each rule must leave alone."""

from __future__ import annotations

import pytest

from sidebyside.compare.text import split_sentences
from sidebyside.compare.tokens import match_words

from .test_discrepancy import flags


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "Unemployment rose to 5. 4 per cent in March, the agency said.",
    "A quake of magnitude 4. 6 was recorded near the coast.",
    "The euro fell below $1. 29 for the first time in a year.",
    "A crater about two metres (6. 6 feet) wide was found.",
    "Two climbers died in the Aoraki-Mt. Cook National Park on Sunday.",
    "The ridge in Aoraki/Mt. Cook National Park is closed.",
])
def test_a_spaced_decimal_point_or_a_joined_abbreviation_ends_no_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, first", [
    ("He was born in 1999. 20 people came to the funeral.", "He was born in 1999."),
    ("The match ended 3-2. 12 fans were hurt outside.", "The match ended 3-2."),
    ("The home side scored 5. 4 Americans were among the crowd.", "The home side scored 5."),
    ("Growth was 5.4 per cent. Next year it fell.", "Growth was 5.4 per cent."),
])
def test_a_year_a_score_or_a_capital_after_the_digits_still_ends_the_sentence(text, first):
    assert sentences(text)[0] == first
    assert len(sentences(text)) == 2


def words(text: str) -> list[str]:
    return [w for _, _, w in match_words(text)]


def test_wi_fi_wifi_and_wifi_are_one_word():
    assert words("Wi-Fi, WiFi, wifi and wi-fi") == ["wifi", "wifi", "wifi", "and", "wifi"]
    assert words("send an e-mail or an email") == ["send", "an", "email", "or", "an", "email"]


def test_a_compound_whose_joined_form_is_no_word_keeps_its_parts():
    assert words("a two-day visit by the US-led coalition to al-Bab") == [
        "a", "two", "day", "visit", "by", "the", "us", "led", "coalition", "to", "al", "bab"]
    assert words("a Turkey-Syria deal") == ["a", "turkey", "syria", "deal"]


def test_a_thousands_group_after_a_comma_and_a_space_is_never_flagged():
    # the same count in either format is no flag; a different one is not flagged either, since
    # the split group is unsure (read as one number it was wrong 8 times in 11 on unseen pairs)
    assert flags(
        "Another 20, 000 people marched through the centre of Thessaloniki on Sunday.",
        "On Sunday 20,000 people marched through the centre of Thessaloniki.",
    ) == []
    assert flags(
        "Another 20, 000 people marched through the centre of Thessaloniki on Sunday.",
        "On Sunday 35,000 people marched through the centre of Thessaloniki.",
    ) == []


def test_a_day_of_a_month_before_a_comma_is_no_thousands_group():
    assert flags(
        "On June 5, 200 people marched through the centre of Thessaloniki.",
        "On June 5, 200 people marched through the centre of Thessaloniki in protest.",
    ) == []
    assert flags(
        "On June 5, 200 people marched through the centre of Thessaloniki.",
        "On June 5, 300 people marched through the centre of Thessaloniki in protest.",
    ) == [("number", "200", "300")]
