"""Only-in items that were no names on five pairs read in the app (reader25.md): a word of a
heading in capitals read as an acronym ("WHO IS THE FRONT-RUNNER?"), a Portuguese page's words
at the start of its sentences ("Deixe", "Obrigado", "Estou" after a speaker's label), a stats
table's abbreviations after their numbers ("1 TFL, 2 QH"), and the tail of an address written
without its scheme ("pic.twitter.com/I8NWz4blQC")."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.only_in import _counted_unit, _opens_sentence

from .helpers import article, only_in_names


def only_in(text_a: str, text_b: str, language: str | None = "en") -> tuple[set[str], set[str]]:
    a = dataclasses.replace(article(text_a), language=language)
    b = dataclasses.replace(article(text_b), language=language)
    found = analyse_framing(a, b).only_in
    return {o.entity for o in found[0]}, {o.entity for o in found[1]}


# Invented: a debate preview with questions in capitals as its subheadings.
PREVIEW = ("WHO IS LEADING THE RACE?\n\n"
           "Polling in Ostervale shows Marta Quillan ahead of Tobias Renk.\n\n"
           "WILL QUILLAN HOLD ON?\n\n"
           "Quillan faces the debate on Friday, the day Dorran Vale hosts it.")
RALLY = "Marta Quillan spoke in Ostervale on Friday."


def test_a_word_of_a_heading_in_capitals_is_no_name_of_any_kind():
    left, _ = only_in(PREVIEW, RALLY)
    assert not {"WHO", "QUILLAN"} & left, left  # no health body, no organisation called QUILLAN


def test_names_in_the_prose_and_an_acronym_in_a_sentence_stay():
    left, _ = only_in(PREVIEW + "\n\nOfficials at the WHO warned the town on Friday.", RALLY)
    assert "Tobias Renk" in left, left
    assert "WHO" in left, left  # written in a sentence, the acronym is the health body's


# Invented: a Portuguese blog post written as a dialogue, and a short municipal notice.
DIALOGUE_PT = ("Prof. Ana: Estou aqui com o Tiago Morais.\n\n"
               "Tiago: Obrigado, Ana. Acompanhem aí!\n\n"
               "Deixe seu comentário. Receba nosso boletim com a Lurdinha.\n\n"
               "KlarSoft patrocina o programa.")
NOTICE_PT = "A equipe do bairro Vilarejo registrou o caso."


def test_words_opening_sentences_of_a_portuguese_page_are_no_names():
    left, _ = only_in(DIALOGUE_PT, NOTICE_PT, "pt")
    assert not {"Estou", "Obrigado", "Acompanhem", "Deixe", "Receba"} & left, left


def test_names_mid_sentence_written_as_names_or_under_a_label_stay():
    left, right = only_in(DIALOGUE_PT, NOTICE_PT, "pt")
    assert "Lurdinha" in left, left  # mid-sentence
    assert "KlarSoft" in left, left  # a capital inside: written as only a name is written
    assert "Tiago Morais" in left, left
    assert "Vilarejo" in right, right


def test_in_english_a_rare_word_opening_a_sentence_is_still_read_as_a_name():
    left, _ = only_in("Obrigado sells its coffee in Ostervale.", RALLY, "en")
    assert "Obrigado" in left, left


def test_where_a_sentence_opens():
    text = "Prof. Ana: Estou aqui.\nDeixe isso. Receba! “Olá” disse a Lurdinha"
    for word in ("Estou", "Deixe", "Receba"):
        assert _opens_sentence(text, text.index(word)), word
    assert not _opens_sentence(text, text.index("Lurdinha"))
    assert not _opens_sentence(text, text.index("aqui"))


# Invented: a team's stats table, and a report on the same game.
STATS = ("DL Kell Armond 63 85% 1 tackle. 1 sack, 1 TFL, 2 QH.\n\n"
         "DL Denny Voss 57 77% 2 tackles. 1 TFL, 3 QH.")
GAME = "Kell Armond played on Sunday for the Harbor Owls."


def test_a_tables_abbreviations_after_their_numbers_are_no_names():
    left, _ = only_in(STATS, GAME)
    assert not {"TFL", "QH"} & left, left
    assert "Denny Voss" in left, left


def test_a_body_the_number_qualifies_or_counts_once_stays_a_name():
    left, _ = only_in("Harlow wrote to 12 NATO allies on Sunday. Against it: 35 PDV (of 198).", GAME)
    assert {"NATO", "PDV"} <= left, left
    text = "He had 2 QH. They sent 12 NATO allies."
    assert _counted_unit(text, text.index("QH"), text.index("QH") + 2)
    assert not _counted_unit(text, text.index("NATO"), text.index("NATO") + 4)


TWEET = ("Tarn Velick has been solid this season among 127 qualifying players pic.twitter.com/I8NWz4blQC\n\n"
         "— Owl Stats (@OwlStats) November 16, 2019\n\n"
         "Our guide is at goo.gl/FDS4xU for Wennick Hall readers.")


def test_an_address_without_its_scheme_is_no_name():
    left, _ = only_in_names(TWEET, "Tarn Velick played on Monday.")
    assert not {"I8NWz4blQC", "FDS4xU"} & left, left
    assert "Wennick Hall" in left, left  # the name after the address, in prose, stays


# Invented: an analysis that names voters by an ethnic label of the US.
def test_an_ethnic_label_with_american_names_neither_place():
    left, _ = only_in_names("The fight for African American voters is raging. Mexican-American families "
                            "and Asian Americans voted early.", "The council met on Monday.")
    assert not {"Africa", "United States", "Americans", "Mexico", "Asia"} & left, left


def test_the_demonym_or_the_country_alone_is_still_read():
    left, _ = only_in_names("American troops left Kabul. African leaders met in Addis Ababa. "
                            "He is the most popular Democrat in America.", "The council met on Monday.")
    # "African leaders" alone names no Africa since entities30 (an adjective makes no place)
    assert {"America", "Kabul"} <= left and "Africa" not in left, left
