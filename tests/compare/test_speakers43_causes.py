"""Speakers (issue 12, session 22): causes seen in several sets. Each with a case it must leave
alone. Every person, place and event invented."""

from __future__ import annotations

import pytest

from sidebyside.compare import article_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(text)]


# "X said she ..." is evidence of X's sex only when "she" can only be X


def test_said_she_with_him_after_is_not_evidence_of_the_speakers_sex():
    text = ('Brannoc Hardy, 71, said she taught him to read in the back room of the shop. Hardy still lives two '
            'streets away. "Nobody else had the patience," he said.')
    assert _speakers(text) == ["Brannoc Hardy"]


def test_said_she_alone_still_tells_the_speakers_sex():
    text = ('Brannoc Hardy, 71, said she was the first to arrive at the flooded hall that night. Hardy still lives two '
            'streets away. "The water came up past the benches," she said.')
    assert _speakers(text) == ["Brannoc Hardy"]


def test_said_she_alone_keeps_a_he_from_the_speaker():
    text = ('Brannoc Hardy, 71, said she was the first to arrive at the flooded hall that night. Hardy still lives two '
            'streets away. "The water came up past the benches," he said.')
    assert _speakers(text) == [None]


# a role in the genitive between "according to" and a name: the name speaks, in the nominative


@pytest.mark.parametrize("text, speaker", [
    ("По словам директора библиотеки Ольги Нестеровой, «новый зал откроется только весной, когда закончат ремонт "
     "крыши». Ольга Нестерова добавила, что книги уже перевезли.", "Ольга Нестерова"),
    ("Według rzeczniczki wojewody podlaskiego Ewy Kamińskiej wojewoda „zna sytuację i rozmawia z dyrekcją”. "
     "„Nie zostawimy miasta bez opieki” – powiedziała Kamińska.", "Kamińska"),
    ("За словами голови профспілки Василя Гончарука, «люди не отримують зарплату вже третій місяць». Гончарук "
     "закликав владу втрутитися.", "Гончарук"),
])
def test_genitive_role_then_name_after_according_credits_the_nominative(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text", [
    "По словам директора библиотеки Ольги Нестеровой, «новый зал откроется только весной, когда закончат ремонт крыши».",
    "Według rzeczniczki urzędu miasta Anny Nowak „remont mostu potrwa co najmniej do końca października”.",
])
def test_genitive_role_then_name_never_credits_the_genitive_form(text):
    assert _speakers(text) == [None]  # (no nominative in the article: no form guessed from endings)


# a name right after a locative preposition of the text's language is a place, never a speaker


def test_hyphenated_place_after_v_is_no_speaker_for_a_later_pronoun():
    text = ("Депо закроют на ремонт. Один из водителей, попросивший не называть его имени, рассказал, что о переводе "
            "в Усть-Заречинск им сообщили всего за неделю.\n«Мы узнали обо всем из чата, а не от начальства», — сказал он.")
    speaker = _speakers(text)[0]
    assert speaker is None or "Заречинск" not in speaker


def test_place_preposition_of_one_language_leaves_a_name_of_another_alone():
    # Czech "v" is no preposition in an English text: "V Kostelecky" is no place here
    text = 'Brannoc Hardy met V. Kostelecky at the hall. "We waited for an hour," Kostelecky said.'
    assert (_speakers(text)[0] or "").endswith("Kostelecky")


def test_name_after_a_preposition_that_is_no_locative_still_speaks():
    text = "Письмо передали Ольге Нестеровой. «Мы ответим на него до пятницы», — сказала Ольга Нестерова."
    assert _speakers(text) == ["Ольга Нестерова"]


# each language's pronouns count only in that language's text


def test_pronouns_of_another_language_are_no_pronouns_in_a_text():
    from sidebyside.compare.attribution.vocabulary import attribution_vocabulary
    from sidebyside.compare.termdata import lexicon

    czech = attribution_vocabulary(lexicon(), "cs").foreign_pronouns
    assert "ze" not in czech  # Czech "že" (that) folds to Dutch "ze" (she)
    assert czech["ona"] == "she"
    assert "ni" not in attribution_vocabulary(lexicon(), "es").foreign_pronouns  # Spanish "ni", Czech "ní"
    assert attribution_vocabulary(lexicon(), "nl").foreign_pronouns["ze"] == "she"
    assert attribution_vocabulary(lexicon(), "pt-BR").foreign_pronouns["ela"] == "she"
