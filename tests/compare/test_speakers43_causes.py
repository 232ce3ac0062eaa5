"""Speakers (issue 12, session 22): causes seen in several sets. Each with a case it must leave
alone. Every person, place and event invented."""

from __future__ import annotations

import pytest

from .helpers import quote_speakers


# "X said she ..." is evidence of X's sex only when "she" can only be X


def test_said_she_with_him_after_is_not_evidence_of_the_speakers_sex():
    text = ('Brannoc Hardy, 71, said she taught him to read in the back room of the shop. Hardy still lives two '
            'streets away. "Nobody else had the patience," he said.')
    assert quote_speakers(text) == ["Brannoc Hardy"]


def test_said_she_alone_still_tells_the_speakers_sex():
    text = ('Brannoc Hardy, 71, said she was the first to arrive at the flooded hall that night. Hardy still lives two '
            'streets away. "The water came up past the benches," she said.')
    assert quote_speakers(text) == ["Brannoc Hardy"]


def test_said_she_alone_keeps_a_he_from_the_speaker():
    text = ('Brannoc Hardy, 71, said she was the first to arrive at the flooded hall that night. Hardy still lives two '
            'streets away. "The water came up past the benches," he said.')
    assert quote_speakers(text) == [None]


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
    # (the full name in the nominative, by the language's genitive_names endings, or its surname as written later)
    assert (quote_speakers(text)[0] or "").endswith(speaker)


@pytest.mark.parametrize("text, language, speaker", [
    ("По словам директора библиотеки Ольги Нестеровой, «новый зал откроется только весной, когда закончат ремонт крыши».",
     "ru", "Ольга Нестерова"),
    ("Według rzeczniczki urzędu miasta Anny Nowak „remont mostu potrwa co najmniej do końca października”.", "pl",
     "Anna Nowak"),
    ("Według rzeczniczki urzędu miasta Radosławy Nowak „remont mostu potrwa co najmniej do końca października”.", "pl",
     None),
    ("Według rzeczniczki urzędu miasta Anny Nowak „remont mostu potrwa co najmniej do końca października”.", None, None),
])
def test_genitive_role_then_name_never_credits_the_genitive_form(text, language, speaker):
    # no nominative in the article: the one the language's genitive_names endings give when the given name is
    # one of its given names ("Ольги" of "Ольга"), else no one ("Radosławy" is on no list; a text whose language
    # is not known: no form guessed)
    assert quote_speakers(text, language) == [speaker]


# a name right after a locative preposition of the text's language is a place, never a speaker


def test_hyphenated_place_after_v_is_no_speaker_for_a_later_pronoun():
    text = ("Депо закроют на ремонт. Один из водителей, попросивший не называть его имени, рассказал, что о переводе "
            "в Усть-Заречинск им сообщили всего за неделю.\n«Мы узнали обо всем из чата, а не от начальства», — сказал он.")
    speaker = quote_speakers(text)[0]
    assert speaker is None or "Заречинск" not in speaker


def test_place_preposition_of_one_language_leaves_a_name_of_another_alone():
    # Czech "v" is no preposition in an English text: "V Kostelecky" is no place here
    text = 'Brannoc Hardy met V. Kostelecky at the hall. "We waited for an hour," Kostelecky said.'
    assert (quote_speakers(text)[0] or "").endswith("Kostelecky")


def test_name_after_a_preposition_that_is_no_locative_still_speaks():
    text = "Письмо передали Ольге Нестеровой. «Мы ответим на него до пятницы», — сказала Ольга Нестерова."
    assert quote_speakers(text) == ["Ольга Нестерова"]


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


# Romanian and Catalan: their speech words, read in their own texts; the guesser knows both

_CATALAN = ("L'Ajuntament de Vilanova ha anunciat que les obres del pont començaran al març. Segons el regidor "
            "d'Urbanisme, Jordi Puigvert, el projecte costarà uns dos milions d'euros i durarà un any.\n"
            "«És una obra que el barri esperava des de fa molt temps», ha dit Puigvert, que també ha explicat que els "
            "veïns podran consultar els plànols.\nLa presidenta de l'associació de veïns, Montserrat Vilaró, va dir "
            "que «és una bona notícia per a tothom».\n«Ho celebrarem amb una festa», va explicar ella.")
_ROMANIAN = ("Primăria orașului Vaslui a anunțat că lucrările la podul de peste râu vor începe în martie. Potrivit "
             "viceprimarului Ion Munteanu, proiectul va costa aproximativ două milioane de euro și va dura un an.\n"
             "„Este o lucrare pe care cartierul o așteaptă de mult timp”, a declarat Munteanu, care a mai precizat că "
             "locuitorii pot consulta planurile pe site-ul primăriei.\nPreședinta asociației de locatari, Maria "
             "Ionescu, a spus că „este o veste bună pentru toată lumea”.\n„Vom sărbători cu o petrecere”, a explicat ea.")
_SPANISH = ("El Ayuntamiento de Villanueva ha anunciado que las obras del puente empezarán en marzo. Según el concejal "
            "de Urbanismo, Jorge Puig, el proyecto costará unos dos millones de euros y durará un año. «Es una obra "
            "que el barrio esperaba desde hace mucho tiempo», ha dicho Puig, que también ha explicado que los vecinos "
            "podrán consultar los planos en su web.")
_PORTUGUESE = ("A Câmara de Vila Nova anunciou que as obras da ponte começam em março. Segundo o vereador do "
               "Urbanismo, Jorge Pires, o projeto vai custar cerca de dois milhões de euros e durar um ano. «É uma obra "
               "que o bairro esperava há muito tempo», disse Pires, que também explicou que os moradores podem "
               "consultar os planos no site.")


def test_the_guesser_knows_catalan_and_romanian_and_still_spanish_and_portuguese():
    from sidebyside.extract.language import guess_language

    assert guess_language(_CATALAN) == "ca"
    assert guess_language(_ROMANIAN) == "ro"
    assert guess_language(_SPANISH) == "es"
    assert guess_language(_PORTUGUESE) == "pt"


def test_catalan_speech_verbs_credit_their_speakers():
    assert quote_speakers(_CATALAN) == ["Jordi Puigvert", "Montserrat Vilaró", "Montserrat Vilaró"]


def test_romanian_speech_verbs_credit_their_speakers():
    assert quote_speakers(_ROMANIAN) == ["Ion Munteanu", "Maria Ionescu", "Maria Ionescu"]


def test_romanian_pronoun_el_is_no_pronoun_in_spanish_dash_speech():
    text = ("El puerto de Valdemora permanecerá cerrado hasta el jueves por el temporal.\n\n"
            "—No hay dinero para reparar el dique —dijo el alcalde, Ramiro Ortigosa—. Llevamos años pidiendo ayuda.")
    assert quote_speakers(text)[0] is not None


def test_catalan_amb_is_no_ambassador_and_an_elided_noun_of_a_place_no_name():
    text = ("«És una obra imprescindible», ha explicat la consellera de Territori, Montserrat Vilaró, en roda de premsa.\n"
            "Segons la consellera, el Govern ha negociat amb Adif que les obres es facin en tres mesos. «No ens agrada "
            "tallar una línia», ha afegit.\nL'alcaldessa de Torrefonda, Núria Pallarès, ha criticat que els ajuntaments "
            "s'hagin assabentat del tall per la premsa. «Ningú ens ha trucat», ha lamentat.")
    assert quote_speakers(text) == ["Montserrat Vilaró", "Montserrat Vilaró", "Núria Pallarès"]


def test_a_noun_after_an_unnamed_source_of_that_noun_is_never_the_person_named_before():
    text = ("Uno de los portavoces de la plataforma, Jordi Solsona, considera que el servicio ya era deficiente.\n"
            "«Llevamos años sufriendo retrasos», ha dicho Solsona.\nUna trabajadora de Renfe que trabaja en la estación, "
            "y que ha preferido no decir su nombre, asegura que la plantilla tampoco sabe qué pasará.\n"
            "«Nos han dicho que nos trasladarán a Lleida», ha explicado la trabajadora.")
    speakers = quote_speakers(text)
    assert speakers[0] == "Jordi Solsona"
    assert speakers[1] is None or "trabajadora" in speakers[1].lower()
